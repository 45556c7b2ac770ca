"""Which language a person gets: their setting, else the desktop's locale, else English."""

from __future__ import annotations

import pytest

from coach.domain.languages import LANGUAGES, chosen_language, desktop_language, language_of


@pytest.mark.parametrize(("tag", "code"), [
    ("de_AT.UTF-8", "de"), ("es-MX", "es"), ("th_TH.UTF-8", "th"), ("en_GB.UTF-8", "en"),
    ("de_DE@euro", "de"), ("DE", "de"), ("fr_FR.UTF-8", None), ("C", None), ("", None),
])
def test_a_locale_tag_names_a_supported_language_or_none(tag, code):
    assert language_of(tag) == code


def test_language_lists_preferences_in_order_and_skips_unsupported_ones():
    assert desktop_language({"LANGUAGE": "fr:es:de", "LANG": "de_DE.UTF-8"}) == "es"


def test_the_first_set_locale_variable_decides_as_in_gettext():
    assert desktop_language({"LC_ALL": "th_TH.UTF-8", "LANG": "de_DE.UTF-8"}) == "th"
    assert desktop_language({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}) == "en"
    assert desktop_language({"LANG": "C.UTF-8"}) == "en"
    assert desktop_language({}) == "en"


def test_the_persons_choice_wins_over_the_desktop():
    assert chosen_language("es", {"LANG": "de_DE.UTF-8"}) == "es"
    assert chosen_language("", {"LANG": "de_DE.UTF-8"}) == "de"
    assert chosen_language("xx", {"LANG": "th_TH.UTF-8"}) == "th"


def test_every_language_has_its_own_name():
    assert set(LANGUAGES) == {"en", "de", "es", "th"}
    assert all(name.strip() for name in LANGUAGES.values())
