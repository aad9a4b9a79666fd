"""The data files are well formed: the shape diplo/data/README.md describes, and no entry given twice
(a second row with the same id silently shadows or merges with the first)."""
import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "diplo" / "data"


def _rows(name: str) -> tuple[list[str], list[list[str]]]:
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text and "\n\n" not in text
    header, *rows = [line.split("\t") for line in text.splitlines()]
    return header, rows


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.tsv")))
def test_tsv_rows_have_the_header_s_columns(name):
    header, rows = _rows(name)
    assert [i for i, row in enumerate(rows, 2) if len(row) != len(header)] == []


@pytest.mark.parametrize("name, column", [("bodies.tsv", "id"), ("countries.tsv", "code"), ("cues.tsv", "lemma")])
def test_ids_are_unique(name, column):
    header, rows = _rows(name)
    counts = Counter(row[header.index(column)] for row in rows)
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name, field", [("institutions.jsonl", "id"), ("people.jsonl", "name_ar")])
def test_jsonl_entries_are_unique(name, field):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    counts = Counter(json.loads(line)[field] for line in lines)
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.tsv")))
def test_no_row_is_given_twice(name):
    _, rows = _rows(name)
    counts = Counter(map(tuple, rows))
    assert [row for row, n in counts.items() if n > 1] == []


def test_an_arabic_form_names_one_institution():
    counts = Counter(form for line in (DATA / "institutions.jsonl").read_text(encoding="utf-8").splitlines()
                     for form in set(json.loads(line)["ar"]))
    assert [form for form, n in counts.items() if n > 1] == []


def test_a_country_name_or_adjective_is_one_country_s():
    """The first row wins a phrase, so a name given to a second country is silently lost. The one shared
    form is عمان, Oman's name and Amman (Jordan's capital), which the README describes."""
    from diplo.text import norm_key

    header, rows = _rows("countries.tsv")
    codes: dict[str, set[str]] = {}
    for row in rows:
        cells = dict(zip(header, row))
        for column in ("adj_ar", "names_ar", "capitals_ar"):
            for form in filter(None, cells[column].split("|")):
                codes.setdefault(norm_key(form), set()).add(cells["code"])
    assert {k: v for k, v in codes.items() if len(v) > 1} == {norm_key("عمان"): {"OM", "JO"}}
