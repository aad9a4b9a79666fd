"""Property tests: no input text makes the pipeline raise, and every span it reports is a slice of the text.

Also: decoding round-trips UTF-8 and Windows-1256 Arabic. Kept fast: ~200 examples each, no deadline
(the first example pays for loading the lexicons and camel-tools).
"""
from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplo.model import Document
from diplo.sources import decode

PIECES = [
    "قال", "وقال", "قالت", "أكد", "وأكد", "أن", "إن", "أنّ", "وأضاف", "مشيرا", "داعيا", "وفق", "بحسب", "نقلا عن",
    "الوزير", "وزير الخارجية", "الكرملين", "لافروف", "سيرغي لافروف", "المتحدث باسم", "البيت الأبيض", "الرئيس",
    "المصدر نفسه", "الوزارة", "مصادر", "لا", "لم", "موسكو", "واشنطن", "السعودي", "الحوار",
    "«", "»", '"', "“", "”", "'", "‹", "›", "„", ":", "،", ",", ".", "؟", "!", "؛", "-", "—", "(", ")",
    " ", " ", " ", "\n", "\r\n", "\r", "\t", "\u00a0",
    "\u064e", "\u0651", "\u0652", "\u0640", "\u200c", "\u200d", "\u200f", "\u202b", "\u2067", "\ufeff",  # marks
    "وَقَالَ", "الكِرْمْلِينُ", "وقـــال", "لاف\u200cروف", "Reuters", "123", "٢٠٢٤",
]
arabic_heavy = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60).map("".join)
anything = st.text(max_size=300)
# A runaway of quote characters and cue words, long enough to reach the paragraph and content limits.
repeated = st.tuples(st.sampled_from(PIECES), st.integers(1, 400), st.sampled_from(["", " ", "\n", "،"])
                     ).map(lambda t: (t[0] + t[2]) * t[1])


@lru_cache(maxsize=1)
def pipeline():
    from diplo.pipeline import Pipeline

    return Pipeline()


def assert_offsets_hold(text: str) -> None:
    for statement in pipeline().extract(Document("p", text)):
        record = statement.to_dict()
        for key in ("cue", "speaker", "role", "quote", "according_to"):
            span = record[key]
            if span is None:
                continue
            assert 0 <= span["start"] <= span["end"] <= len(text), (key, span)
            assert text[span["start"]:span["end"]] == span["text"], (key, span)


FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(arabic_heavy, anything, repeated,
                 st.lists(st.one_of(arabic_heavy, repeated), max_size=4).map("\n".join)))
def test_pipeline_never_raises_and_offsets_hold(text):
    assert_offsets_hold(text)


# Text that a text file can hold: no C0 controls but tab and line ends, no leading BOM character.
file_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(
    chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f"), max_size=200).filter(
    lambda s: not s.startswith("\ufeff"))
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى"


@FAST
@given(file_text)
def test_utf8_round_trips(text):
    assert decode(text.encode("utf-8"), "p") == text


@FAST
@given(st.lists(st.one_of(st.sampled_from(PIECES[:31] + ["،", "؟", "«", "»", " ", "\n", "\r\n", ".", ":", "123"]),
                          st.text(ARABIC_LETTERS, min_size=2, max_size=8)), min_size=1, max_size=30).map(" ".join))
def test_windows_1256_arabic_round_trips(text):
    assert decode(text.encode("cp1256"), "p") == text
