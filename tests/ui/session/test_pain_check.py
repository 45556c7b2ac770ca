"""The pain check: keyboard-only from the floor, huge numbers, and no rating saved by a stray key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from coach.ui.session.pain_check import PainCheckScreen
from coach.ui.widgets.theme import DARK, LIGHT, THEMES, ThemeName, palette_for

from ..layout import clipped_texts

DIGITS = [Qt.Key(Qt.Key.Key_0.value + d) for d in range(10)]


class Clock:
    """A monotonic clock the test moves by hand (for "1" then "0" within a second)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_screen(qtbot, clock: Clock, size=(1280, 720), theme=LIGHT) -> PainCheckScreen:
    screen = PainCheckScreen(clock=clock)
    qtbot.addWidget(screen)
    screen.setPalette(palette_for(theme))
    screen.setAutoFillBackground(True)
    screen.set_theme(theme)
    screen.resize(*size)
    with qtbot.waitActive(screen):  # the shortcuts work only in the active window, as on a desktop
        screen.show()
        screen.activateWindow()
    screen.ask("before", "Cat stretch")
    return screen


@pytest.fixture
def screen(qtbot, clock) -> PainCheckScreen:
    return make_screen(qtbot, clock)


@pytest.fixture
def answers(screen) -> list[tuple]:
    """Every signal the screen sends, in order."""
    got: list[tuple] = []
    screen.rated.connect(lambda moment, score: got.append(("rated", moment, score)))
    screen.skipped.connect(lambda moment: got.append(("skipped", moment)))
    return got


def test_the_question_and_the_hint_say_what_to_do(screen):
    assert screen.title_label.text() == "Before you start: how is your back right now?"
    assert screen.routine_label.text() == "Cat stretch"
    assert "Enter to save" in screen.hint_label.text() and "S to skip" in screen.hint_label.text()
    screen.ask("after", "Lower back")
    assert screen.title_label.text() == "How is your back now, after the session?"
    assert screen.save_button.text() == "Save (Enter)" and screen.skip_button.text() == "Skip (S)"
    with pytest.raises(ValueError, match="moment"):
        screen.ask("during", "Lower back")


def test_starts_unset_and_enter_does_nothing_until_a_value_is_chosen(qtbot, screen, answers):
    assert screen.value() is None and screen.number_label.text() == "–"
    assert screen.word_label.text() == "Choose 0 to 10"
    assert not screen.save_button.isEnabled() and not screen.slider.chosen
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(screen, key)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert answers == [], "the Enter that started the session must not record a rating"
    qtbot.keyClick(screen, Qt.Key.Key_0)
    assert screen.value() == 0 and screen.save_button.isEnabled() and screen.slider.chosen
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert answers == [("rated", "before", 0)]


def test_s_skips_an_unset_scale(qtbot, screen, answers):
    qtbot.keyClick(screen, Qt.Key.Key_S)
    assert answers == [("skipped", "before")]


def test_the_after_check_starts_unset_with_the_score_before_beside_it(qtbot, screen, answers):
    assert not screen.before_label.isVisible(), "no score before the session is shown before it"
    screen.ask("after", "Cat stretch", 4)
    assert screen.value() is None and screen.number_label.text() == "–"
    assert screen.before_label.isVisible() and screen.before_label.text() == "Before: 4"
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert answers == [], "the score before is not a choice"
    screen.ask("after", "Cat stretch")
    assert not screen.before_label.isVisible(), "skipped before: nothing to show"


def test_a_new_ask_clears_the_last_choice(qtbot, screen):
    qtbot.keyClick(screen, Qt.Key.Key_6)
    screen.ask("after", "Cat stretch", 6)
    assert screen.value() is None and not screen.save_button.isEnabled()


def test_clicking_the_scale_chooses_even_its_first_value(qtbot, screen, answers):
    slider = screen.slider
    y = slider.handle_rect().center().y()
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(round(slider.tick_x(0)), y))
    assert screen.value() == 0 and slider.chosen
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(round(slider.tick_x(7)), y))
    assert screen.value() == 7, "a click on a number chooses it"
    assert answers == [], "clicking chooses, it does not save"


@pytest.mark.parametrize("digit", range(10))
def test_a_digit_sets_the_value(qtbot, screen, digit):
    qtbot.keyClick(screen, DIGITS[digit])
    assert screen.value() == digit
    assert screen.number_label.text() == str(digit)


def test_the_number_pad_works_too(qtbot, screen, answers):
    qtbot.keyClick(screen, Qt.Key.Key_5, Qt.KeyboardModifier.KeypadModifier)
    assert screen.value() == 5
    qtbot.keyClick(screen, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert answers == [("rated", "before", 5)]


def test_one_then_zero_within_a_second_makes_ten(qtbot, screen, clock):
    qtbot.keyClick(screen, Qt.Key.Key_1)
    clock.now += 0.6
    qtbot.keyClick(screen, Qt.Key.Key_0)
    assert screen.value() == 10
    assert screen.number_label.text() == "10"


def test_one_then_zero_after_a_pause_is_zero(qtbot, screen, clock):
    qtbot.keyClick(screen, Qt.Key.Key_1)
    clock.now += 1.5
    qtbot.keyClick(screen, Qt.Key.Key_0)
    assert screen.value() == 0


def test_ten_then_zero_again_is_zero(qtbot, screen, clock):
    for key in (Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_0):
        qtbot.keyClick(screen, key)
        clock.now += 0.2
    assert screen.value() == 0, "the 1 was used up by the 10"


def test_arrows_move_by_one_and_stop_at_the_ends(qtbot, screen):
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert screen.value() == 0, "from an unset scale an arrow chooses 0"
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert screen.value() == 0
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert screen.value() == 2
    qtbot.keyClick(screen, Qt.Key.Key_9)
    for _ in range(3):
        qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert screen.value() == 10
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert screen.value() == 9


def test_nothing_is_sent_until_enter_then_one_rating(qtbot, screen, answers):
    for key in (Qt.Key.Key_7, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_3):
        qtbot.keyClick(screen, key)
    assert answers == [], "choosing a value must not record it"
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert answers == [("rated", "before", 3)]
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # a held or repeated Enter
    qtbot.keyClick(screen, Qt.Key.Key_S)
    assert answers == [("rated", "before", 3)]


def test_the_keypad_enter_and_the_save_button_save_too(qtbot, screen, answers):
    screen.ask("after", "Cat stretch", 4)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    qtbot.keyClick(screen, Qt.Key.Key_Enter)
    screen.ask("after", "Cat stretch", 4)
    qtbot.keyClick(screen, Qt.Key.Key_6)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert answers == [("rated", "after", 2), ("rated", "after", 6)]


@pytest.mark.parametrize("key", [Qt.Key.Key_S, Qt.Key.Key_Escape])
def test_s_and_escape_skip(qtbot, screen, answers, key):
    screen.ask("after", "Cat stretch")
    qtbot.keyClick(screen, Qt.Key.Key_5)
    qtbot.keyClick(screen, key)
    assert answers == [("skipped", "after")]
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert answers == [("skipped", "after")], "a skipped check records nothing afterwards"


def test_the_skip_button_skips(qtbot, screen, answers):
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    assert answers == [("skipped", "before")]


@pytest.mark.parametrize(("score", "word"), [
    (0, "no pain"), (1, "mild"), (3, "mild"), (4, "moderate"), (6, "moderate"),
    (7, "severe"), (9, "severe"), (10, "worst imaginable"),
])
def test_the_word_under_the_number_follows_the_value(screen, score, word):
    screen.set_value(score)
    assert screen.word_label.text() == word


def test_the_word_changes_as_keys_move_the_value(qtbot, screen):
    seen = []
    for key in (Qt.Key.Key_0, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_8):
        qtbot.keyClick(screen, key)
        seen.append(screen.word_label.text())
    assert seen == ["no pain", "mild", "moderate", "severe"]


def test_buttons_and_slider_do_not_take_the_keyboard(screen):
    for widget in (screen.save_button, screen.skip_button, screen.slider):
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_at_1280_by_720_the_number_and_the_handle_are_huge(screen):
    assert screen.number_label.font().pixelSize() >= 120
    handle = screen.slider.handle_rect()
    assert handle.height() >= 40
    assert abs(handle.width() - handle.height()) <= 1, "a round handle, not an oval"
    assert screen.slider.height() >= handle.height(), "the handle is not cut off"
    assert screen.word_label.font().pixelSize() >= 0.04 * 720
    assert screen.hint_label.font().pixelSize() >= 0.03 * 720


@pytest.mark.parametrize("size", [(1280, 720), (800, 600), (1920, 1080), (720, 900)],
                         ids=lambda s: f"{s[0]}x{s[1]}")
def test_everything_fits(qtbot, clock, size):
    screen = make_screen(qtbot, clock, size=size)
    screen.ask("after", "Cat stretch", 10)
    assert clipped_texts(screen) == []
    screen.set_value(10)
    assert clipped_texts(screen) == []
    height = min(size[1], size[0] * 0.75)
    assert screen.number_label.font().pixelSize() >= 0.24 * height


def pixel(screen: PainCheckScreen, widget, x: int, y: int) -> str:
    image = screen.grab().toImage()
    point = widget.mapTo(screen, widget.rect().topLeft())
    return QColor(image.pixel(point.x() + x, point.y() + y)).name()


@pytest.mark.parametrize("name", list(ThemeName))
def test_light_and_dark_colours_are_used(qtbot, clock, name):
    theme = THEMES[name]
    screen = make_screen(qtbot, clock, theme=theme)
    handle = screen.slider.handle_rect()
    assert pixel(screen, screen.slider, handle.center().x(), handle.center().y()) == theme.surface, \
        "unset: no handle stands out"
    assert pixel(screen, screen.save_button, 12, screen.save_button.height() // 2) == theme.surface, \
        "unset: Save is not the bright button yet"
    screen.set_value(4)
    assert pixel(screen, screen, 2, 2) == theme.background
    save = screen.save_button
    assert pixel(screen, save, 12, save.height() // 2) == theme.accent
    skip = screen.skip_button
    assert pixel(screen, skip, 12, skip.height() // 2) == theme.surface
    handle = screen.slider.handle_rect()
    assert pixel(screen, screen.slider, handle.center().x(), handle.center().y()) == theme.accent
    assert theme.text in screen.number_label.styleSheet()


def test_a_theme_change_restyles_everything(qtbot, clock):
    screen = make_screen(qtbot, clock, theme=LIGHT)
    screen.setPalette(palette_for(DARK))
    screen.set_theme(DARK)
    screen.set_value(3)
    save = screen.save_button
    assert pixel(screen, save, 12, save.height() // 2) == DARK.accent
    assert LIGHT.accent not in screen.slider.styleSheet()
    assert DARK.accent in screen.slider.styleSheet()
