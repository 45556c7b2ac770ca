"""Generated phrases per language: every rule exists in every language, none is left in English."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from coach.domain.compiler import compile_timeline
from coach.domain.languages import LANGUAGES
from coach.domain.phrasebook import PHRASE_FIELDS, SHEET_FIELDS, Phrasebook, Plural, fill, phrasebook
from coach.domain.routine import Level
from coach.domain.routine_loader import load_catalogue
from coach.domain.timeline import SegmentKind
from coach.resources import builtin_routines_dir
from tests.domain.routines import timeline

OTHERS = [code for code in LANGUAGES if code != "en"]
# English words the generated phrases use; none may turn up in another language's phrases
# ("Minute" is German too, "once" is Spanish for 11: they are left out).
ENGLISH_WORDS = re.compile(r"\b(round|rounds|rep|reps|rest|seconds?|minutes|left|right|switch|sides?|exercises?|"
                           r"last|one|well|done|about|each|hold|between|twice|day|stop|pain|worse)\b", re.I)


def _texts(book: Phrasebook) -> dict[str, str]:
    """Every phrase of a book, rendered with sample values."""
    values = dict(title="T", title_in_sentence="T", summary="S", safety="Z", exercises=5, length="L", count=3,
                  number=2, name="N", purpose="P", duration="D", dose="X", sides="Y", first="F", second="G",
                  reps="R", rounds="Q", cue="C", level="V", picked="K", low=1, high=2, unit="U", amount="A", side="I")
    texts = {}
    for name in PHRASE_FIELDS:
        value = getattr(book, name)
        if isinstance(value, str):
            texts[name] = value.format(**values)
        elif isinstance(value, Plural):
            texts[name] = value.of(1) + " / " + value.of(7)
    for name in SHEET_FIELDS:
        value = getattr(book.sheet, name)
        texts[f"sheet.{name}"] = (value.of(1) + " / " + value.of(7)) if isinstance(value, Plural) \
            else value.format(**values)
    texts["sides"] = " ".join(book.sides[side] for side in ("left", "right"))
    texts["numbers"] = " ".join(book.number_words(n) for n in (1, 7, 15, 21, 100))
    texts["duration"] = book.duration(90) + " / " + book.duration(60)
    return texts


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_language_has_a_phrasebook_with_every_rule(code):
    book = phrasebook(code)
    assert book.code == code
    for field in fields(Phrasebook):
        assert getattr(book, field.name) is not None, field.name
    assert set(book.sides) == {"left", "right"}
    assert all(text.strip() for text in _texts(book).values())


@pytest.mark.parametrize("code", OTHERS)
def test_no_phrase_is_left_in_english(code):
    english, translated = _texts(phrasebook("en")), _texts(phrasebook(code))
    for name, text in translated.items():
        if not re.search(r"[^\W\d_]{2,}", text):  # only placeholders and punctuation ("{title}. {summary}")
            continue
        assert text != english[name], f"{code}: {name} is the English"
        assert not ENGLISH_WORDS.search(text), f"{code}: {name} has English words: {text}"


def test_numbers_are_words_where_the_voice_says_them():
    assert phrasebook("en").number_words(21) == "twenty-one"
    assert phrasebook("de").number_words(21) == "einundzwanzig"
    assert phrasebook("de").number_words(7) == "sieben"
    assert phrasebook("es").number_words(31) == "treinta y uno"
    assert phrasebook("es").number_words(16) == "dieciséis"
    assert phrasebook("th").number_words(21) == "ยี่สิบเอ็ด"
    assert phrasebook("th").number_words(11) == "สิบเอ็ด"
    assert phrasebook("th").number_words(35) == "สามสิบห้า"


def test_plurals_follow_each_language():
    assert phrasebook("de").duration(60) == "eine Minute"
    assert phrasebook("de").duration(90) == "eine Minute 30 Sekunden"
    assert phrasebook("es").duration(1) == "un segundo"
    assert phrasebook("es").duration(120) == "2 minutos"
    assert phrasebook("th").duration(60) == "1 นาที"


def test_thai_phrases_have_no_spaces_inside_a_phrase():
    book = phrasebook("th")
    for text in (book.safety, book.switch_sides, book.last_one, book.rest_caption):
        assert " " not in text


def test_a_side_can_choose_its_word():
    assert fill("{side:linke|rechte} Knie", {}, {"side": "left"}) == "linke Knie"
    assert fill("{side:linke|rechte} Knie", {}, {"side": "right"}) == "rechte Knie"
    assert fill("nach {side} {{x}}", {"side": "links"}) == "nach links {x}"


def test_an_unknown_language_falls_back_to_english():
    assert phrasebook("xx") is phrasebook("en")


@pytest.mark.parametrize("code", OTHERS)
def test_a_session_in_another_language_speaks_it_with_the_same_timings(code):
    english = timeline("lower-back")
    catalogue = load_catalogue(builtin_routines_dir(), None, code)
    assert not catalogue.problems
    translated = compile_timeline(catalogue.routines["lower-back"], Level.STANDARD, language=code)
    assert len(translated) == len(english)
    for ours, theirs in zip(translated.segments, english.segments, strict=True):
        assert ours.kind is theirs.kind and ours.side == theirs.side and ours.rep == theirs.rep
        if ours.kind in (SegmentKind.MOVE, SegmentKind.HOLD, SegmentKind.REST):
            assert ours.seconds == theirs.seconds  # only spoken set-up may take longer in a longer language
            assert [cue.at for cue in ours.cues] == [cue.at for cue in theirs.cues]
        if ours.say:
            assert ours.say != theirs.say or ours.say.isdigit(), ours.say
            assert not ENGLISH_WORDS.search(ours.say), ours.say
        assert "{" not in ours.say + ours.caption


def test_english_is_the_default_and_unchanged():
    tl = timeline("lower-back")
    says = [segment.say for segment in tl.segments]
    assert "Round 2 of 3. 15 reps." in says
    assert "Rest for 1 minute. Round 2 of 3 is next." in says
    assert any(say.startswith("Last one. ") for say in says)
    assert says[-1] == "Well done. You have finished the lower-back routine."
