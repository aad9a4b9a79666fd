"""Golden files: tests/golden/NAME.txt with its expected statements in NAME.jsonl.

Run `pytest tests/test_golden.py --update-golden` to rewrite the .jsonl files, then review the diff.
"""
from __future__ import annotations

import json

import pytest

from diplo.model import Document

from .conftest import GOLDEN

CASES = sorted(GOLDEN.glob("*.txt"))


def summarize(st) -> dict:
    d = st.to_dict()
    return {
        "cue": d["cue"]["text"],
        "speaker": d["speaker"]["name"] if d["speaker"] else None,
        "institution": d["institution"]["name_en"] if d["institution"] else None,
        "quote_kind": d["quote"]["kind"] if d["quote"] else None,
        "quote": d["quote"]["text"] if d["quote"] else None,
        "parent": d["parent"],
    }


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_golden(pipeline, path, request):
    text = path.read_text(encoding="utf-8")
    got = [summarize(st) for st in pipeline.extract(Document(path.name, text))]
    expected_path = path.with_suffix(".jsonl")
    if request.config.getoption("--update-golden") or not expected_path.exists():
        expected_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in got), encoding="utf-8")
        if not request.config.getoption("--update-golden"):
            pytest.fail(f"{expected_path.name} was missing and has been written; review it and run again")
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines() if line]
    assert got == expected
