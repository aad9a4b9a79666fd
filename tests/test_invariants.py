"""Invariants that hold for every output: offsets into the original text, and import hygiene."""
from __future__ import annotations

import subprocess
import sys

import pytest

from diplo.model import Document

from .conftest import GOLDEN, SAMPLES, SHARED_EVAL

ARTICLES = sorted(SAMPLES.glob("*.txt")) + sorted(GOLDEN.glob("*.txt")) + sorted((SHARED_EVAL / "dev").glob("*.txt"))


def spans(record: dict) -> list[dict]:
    return [record[k] for k in ("cue", "speaker", "role", "quote", "according_to") if record.get(k)]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_span_is_a_slice_of_the_text(pipeline, path):
    text = path.read_bytes().decode("utf-8")
    for st in pipeline.extract(Document(str(path), text)):
        for span in spans(st.to_dict()):
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"]


def test_jsonl_lines_are_the_json_encoding_of_to_dict(pipeline):
    """render's hand-written line is json.dumps(to_dict()) byte for byte: every article's statements, and
    made-up ones with absent parts, escapes (quotes, backslash, control characters) and odd numbers."""
    import json

    from diplo.model import Cue, Institution, Quote, Role, Span, Speaker, Statement
    from diplo.render import _line, jsonl_lines

    assert _line is not None  # the model's fields are those the line was written for
    sts = [st for path in ARTICLES for st in pipeline.extract(Document(str(path), path.read_text(encoding="utf-8")))]
    cue = Cue('قال "\\', "قال", "verb", 0, 3)
    odd = "«\"\\\n\t\u0000\u001f\u2028\U0001F600 \u200f»"  # \u200f: RIGHT-TO-LEFT MARK
    sts += [Statement("d\\\"", 0, cue, None, None, None, None, None),
            Statement(odd, 7, cue, Speaker(odd, odd, "person", 1, 2, "name"), Role(odd, 3, 4),
                      Institution(odd, odd, "", "EG"), Quote(odd, "direct", 5, 6), Span(8, 9, odd), 3, 0.123456),
            Statement("d", 1, cue, None, None, None, None, None, 0, 1.0),
            Statement("d", 2, cue, None, None, None, None, None, None, 0.1 + 0.2)]
    assert len(sts) > 400
    for st in sts:
        assert list(jsonl_lines([st])) == [json.dumps(st.to_dict(), ensure_ascii=False) + "\n"]


def test_a_word_read_alone_is_read_as_in_its_place(pipeline):
    """names.name_like_word without the parser (the memo kept per word) answers as with it, or not at
    all: for every token of the articles, and for words whose neighbours decide (آل، لـ + ة، بما)."""
    from diplo.names import _UNSET, name_like_word
    from diplo.speakers import MentionParser
    from diplo.text import tokenize

    texts = [path.read_text(encoding="utf-8") for path in ARTICLES]
    texts += ["عبدالله بن زايد آل نهيان", "آل .", "المجلس الوطني لحماية الوطن", "لحماية ،", "بما أن", "بان كي مون"]
    alone = 0
    for text in texts:
        toks = tokenize(text)
        parser = MentionParser(toks, pipeline.gaz, pipeline.cues, pipeline.fw)
        for i, t in enumerate(toks):
            word = name_like_word(t.text, t.key, pipeline.fw, pipeline.cues)
            in_place = name_like_word(t.text, t.key, pipeline.fw, pipeline.cues, parser, i)
            assert word is _UNSET or word == in_place, (t.text, i)
            alone += word is not _UNSET
    assert alone > 1000


def test_statements_are_in_text_order_with_sequential_ids(pipeline):
    text = (SAMPLES / "arab48_biden_putin.txt").read_text(encoding="utf-8")
    sts = pipeline.extract(Document("a", text))
    assert [s.id for s in sts] == list(range(len(sts)))
    assert [s.cue.start for s in sts] == sorted(s.cue.start for s in sts)
    for s in sts:
        assert s.parent is None or s.parent < s.id


def test_import_cli_loads_no_heavy_module():
    code = ("import sys, diplo.cli; heavy = [m for m in ('torch', 'stanza', 'camel_tools.morphology') "
            "if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_package_docstring_example_runs():
    import doctest

    import diplo

    result = doctest.testmod(diplo)
    assert result.attempted > 0 and result.failed == 0
