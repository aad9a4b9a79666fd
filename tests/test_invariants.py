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
