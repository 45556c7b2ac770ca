"""Thai (ไทย). No spaces inside a phrase, one space between phrases (where English has a full stop)."""

from __future__ import annotations

import unicodedata

from coach.domain.phrasebook import Phrasebook, Plural, SheetPhrases

_DIGITS = "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split()


def number_words(n: int) -> str:
    """0-100 as Thai words ("เจ็ด", "ยี่สิบเอ็ด"); larger numbers as digits."""
    if 0 <= n < 10:
        return _DIGITS[n]
    if 10 <= n < 100:
        tens, ones = divmod(n, 10)
        ten_words = {1: "สิบ", 2: "ยี่สิบ"}.get(tens, _DIGITS[tens] + "สิบ")
        return ten_words + ("" if not ones else "เอ็ด" if ones == 1 else _DIGITS[ones])
    if n == 100:
        return "หนึ่งร้อย"
    return str(n)


def syllables(text: str) -> int:
    """Roughly how many syllables a Thai text has: its letters that are not vowel signs or tone marks.

    Thai has no spaces between words, so words cannot be counted; a Thai
    syllable is on average a bit under two such letters.
    """
    letters = sum(1 for char in text if unicodedata.category(char) == "Lo")
    digits = sum(1 for char in text if char.isdigit())
    return round(letters / 1.8) + digits + sum(1 for char in text if "a" <= char.lower() <= "z") // 4


PHRASES = Phrasebook(
    code="th",
    safety="หยุดทันทีถ้าท่าไหนทำให้ปวดมากขึ้น",
    opening="{title} {summary} {safety}",
    summary_many="{exercises} ท่า {length}",
    summary_one="{length}",
    about_minutes=Plural("ประมาณ {count} นาที", "ประมาณ {count} นาที"),
    exercise_of="ท่าที่ {number} จาก {count} {name} {purpose}",
    round_of="รอบที่ {number} จาก {count}",
    switch_sides="สลับข้าง",
    reps=Plural("ทำ {count} ครั้ง", "ทำ {count} ครั้ง"),
    rest="พัก {duration} ต่อไปรอบที่ {number} จาก {count}",
    rest_caption="พัก",
    time_left="เหลืออีก {duration}",
    last_one="สุดท้าย",
    counted="{count} {cue}",
    done="เก่งมาก คุณทำ{title_in_sentence}ครบแล้ว",
    done_caption="เก่งมาก!",
    minutes=Plural("{count} นาที", "{count} นาที"),
    seconds=Plural("{count} วินาที", "{count} วินาที"),
    sides={"left": "ซ้าย", "right": "ขวา"},
    number_words=number_words,
    # Counted in syllables (see syllables()); espeak-ng's Thai voice says about 3.4 a second (measured).
    words_per_second=3.0,
    word_count=syllables,
    title_in_sentence=str,
    sheet=SheetPhrases(
        once="หนึ่งครั้ง", reps=Plural("{count} ครั้ง", "{count} ครั้ง"), rounds=Plural("{count} รอบ", "{count} รอบ"),
        each_side="ข้างละ {dose} ({sides})", side_order="{first} แล้ว{second}",
        reps_times_rounds="{reps} × {rounds}", in_range="{picked} (ช่วง {low}–{high}{unit})",
        hold="ค้าง {amount}", rest="พัก {amount} ระหว่างรอบ",
        once_a_day="วันละครั้ง", twice_a_day="วันละสองครั้ง", times_a_day="วันละ {count} ครั้ง",
        each_rep="แต่ละครั้ง: ", each_rep_sided="แต่ละครั้ง แสดงข้าง{side}: ", seconds_unit="\u00a0วินาที"),
    plan_heading="{title} ({level}): {count} ช่วง, {length}",
    plan_round="รอบ {number}/{count}",
    plan_rep="ครั้ง {number}/{count}",
)
