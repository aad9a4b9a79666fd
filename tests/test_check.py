"""diplo check: snapshots of sample articles, statement-level drift, --update, exit codes.

Expected extraction output is never written by hand here: the CLI tests take a snapshot of a tmp_path copy
of a sample article with `--update`, edit the copy, and check what the report says about the edit.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplo.check import compare, load_snapshot, snapshot_path
from diplo.cli import app
from diplo.model import Document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ARTICLE = SAMPLES / "arab48_biden_putin.txt"


# -- compare(): records built by hand (the comparison, not the extractor) ------------------------------

TEXT = "وقال الكرملين إن الجانبين أبديا استعدادهما. وأضاف بيسكوف أن القمة ممكنة."


def rec(cue: str, id: int = 0, speaker: str | None = "الكرملين", inst: str | None = "Kremlin",
        quote: tuple[int, int] | None = None, kind: str = "indirect", parent: int | None = None,
        confidence: float = 0.7, shift: int = 0) -> dict:
    s = TEXT.index(cue) + shift
    sp = TEXT.index(speaker) + shift if speaker and speaker in TEXT else 0
    return {
        "doc": "a.txt", "id": id,
        "cue": {"text": cue, "lemma": cue, "kind": "verb", "start": s, "end": s + len(cue)},
        "speaker": None if speaker is None else {"text": speaker, "name": speaker, "kind": "institution",
                                                 "start": sp, "end": sp + len(speaker), "resolved_by": "mention"},
        "role": None,
        "institution": None if inst is None else {"id": inst.lower(), "name_en": inst, "name_ar": "", "country": ""},
        "quote": None if quote is None else {"text": TEXT[quote[0]:quote[1]], "kind": kind,
                                             "start": quote[0] + shift, "end": quote[1] + shift},
        "according_to": None, "parent": parent, "confidence": confidence,
    }


BASE = [rec("قال", 0, quote=(17, 43)), rec("أضاف", 1, speaker="بيسكوف", quote=(60, 71))]


def fields(diff) -> list[str]:
    return [c.field for c in diff.changes]


@pytest.mark.parametrize("actual, expected", [
    (BASE, []),
    ([BASE[0], {**BASE[1], "confidence": 0.74}], []),  # within the tolerance
    ([BASE[0], {**BASE[1], "doc": "elsewhere/a.txt"}], []),
    ([BASE[0], {**BASE[1], "confidence": 0.8}], [("changed", "أضاف", ["confidence"])]),
    ([BASE[0]], [("lost", "أضاف", [])]),
    ([BASE[0], BASE[1], rec("إن", 2)], [("gained", "إن", [])]),
    ([BASE[0], rec("أضاف", 1, speaker="الكرملين", quote=(60, 71))],
     [("changed", "أضاف", ["speaker.text", "speaker.name", "speaker.span"])]),
    ([BASE[0], rec("أضاف", 1, speaker="بيسكوف", inst="White House", quote=(60, 71))],
     [("changed", "أضاف", ["institution"])]),
    ([BASE[0], rec("أضاف", 1, speaker="بيسكوف", inst=None, quote=(60, 71))],
     [("changed", "أضاف", ["institution"])]),
    ([BASE[0], rec("أضاف", 1, speaker="بيسكوف", quote=(60, 66))], [("changed", "أضاف", ["quote.text", "quote.span"])]),
    ([BASE[0], rec("أضاف", 1, speaker="بيسكوف", quote=(60, 71), kind="direct")],
     [("changed", "أضاف", ["quote.kind"])]),
    ([BASE[0], {**BASE[1], "parent": 0}], [("changed", "أضاف", ["parent"])]),
])
def test_compare(actual, expected):
    got = [(d.status, d.cue, fields(d)) for d in compare(BASE, actual, TEXT)]
    assert got == expected


def test_compare_edit_before_statements_moves_them():
    """Three characters inserted before both statements: nothing changed but their place."""
    text = "نص " + TEXT
    moved = [rec("قال", 0, quote=(17, 43), shift=3), rec("أضاف", 1, speaker="بيسكوف", quote=(60, 71), shift=3)]
    diffs = compare(BASE, moved, text)
    assert [(d.status, d.shift, d.changes) for d in diffs] == [("moved", 3, ()), ("moved", 3, ())]


def test_compare_ids_renumbered_by_a_gain_are_not_drift():
    gained = [rec("قال", 0, quote=(17, 43)), rec("إن", 1), {**BASE[1], "id": 2}]
    assert [(d.status, d.cue) for d in compare(BASE, gained, TEXT)] == [("gained", "إن")]


def test_compare_context_shows_the_cue():
    (d,) = compare(BASE, [BASE[0]], TEXT)
    assert d.context.startswith("line 1: …") and "و[أضاف] بيسكوف" in d.context


# -- the command, on copies of a real sample ---------------------------------------------------------------

def run(*args: str):
    return CliRunner().invoke(app, ["check", *args])


@pytest.fixture()
def sample(tmp_path):
    """A copy of a sample article with a fresh snapshot (the current extractor's output)."""
    art = tmp_path / ARTICLE.name
    shutil.copyfile(ARTICLE, art)
    result = run("--update", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("1 article, 0 updated, 1 created\n")
    return art


def statements(path: Path) -> list[dict]:
    return load_snapshot(snapshot_path(path))


def edit(path: Path, start: int, end: int, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:start] + new + text[end:], encoding="utf-8")


def test_clean_pass(sample, tmp_path):
    result = run(str(tmp_path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "1 article, 0 drifted\n", "")


def test_snapshot_is_sorted_and_in_field_order(sample):
    recs = statements(sample)
    assert recs, "the sample article should yield statements"
    assert [(r["cue"]["start"], r["cue"]["end"]) for r in recs] == sorted((r["cue"]["start"], r["cue"]["end"])
                                                                          for r in recs)
    assert list(recs[0]) == ["doc", "id", "cue", "speaker", "role", "institution", "quote", "according_to",
                             "parent", "confidence"]
    assert {r["doc"] for r in recs} == {sample.name}


def test_removed_cue_is_lost(sample, tmp_path):
    target = statements(sample)[0]["cue"]
    # the cue word replaced by a non-word of the same length: offsets elsewhere do not move
    edit(sample, target["start"], target["end"], "x" * (target["end"] - target["start"]))
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert f"  lost     {target['text']} @{target['start']}-{target['end']}" in result.stdout
    assert result.stdout.startswith(f"{sample}: ")
    assert result.stdout.endswith("1 article, 1 drifted\n")


def _first(recs: list[dict], pred) -> dict:
    found = [r for r in recs if pred(r)]
    if not found:
        pytest.skip("the current extraction has no statement of this shape in the sample")
    return found[0]


def test_changed_speaker(sample, tmp_path):
    """Another person's name written where a person speaker is named: that statement's speaker changes."""
    recs = statements(sample)
    target = _first(recs, lambda r: r["speaker"] and r["speaker"]["kind"] == "person"
                    and r["speaker"]["resolved_by"] == "mention")
    other = _first(recs, lambda r: r["speaker"] and r["speaker"]["kind"] == "person"
                   and r["speaker"]["name"] != target["speaker"]["name"])
    edit(sample, target["speaker"]["start"], target["speaker"]["end"], other["speaker"]["text"])
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert f"  changed  {target['cue']['text']} @" in result.stdout
    assert f"speaker.name: {target['speaker']['name']!r} → " in result.stdout
    assert result.stdout.endswith("1 article, 1 drifted\n")


def test_changed_institution(sample, tmp_path):
    """An institution speaker (الكرملين) replaced by another (البيت الأبيض): the institution changes."""
    recs = statements(sample)
    swap = {"Kremlin": "البيت الأبيض", "White House": "الكرملين"}
    target = _first(recs, lambda r: r["speaker"] and r["speaker"]["kind"] == "institution"
                    and r["speaker"]["resolved_by"] == "mention" and r["institution"]
                    and r["institution"]["name_en"] in swap)
    edit(sample, target["speaker"]["start"], target["speaker"]["end"], swap[target["institution"]["name_en"]])
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert f"institution: {target['institution']['name_en']!r} → " in result.stdout
    assert result.stdout.endswith("1 article, 1 drifted\n")


def test_missing_snapshot(tmp_path):
    art = tmp_path / ARTICLE.name
    shutil.copyfile(ARTICLE, art)
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{art}: no snapshot {snapshot_path(art)} (")
    assert result.stdout.endswith("; run diplo check --update\n1 article, 0 drifted, 1 without snapshot\n")
    assert not snapshot_path(art).exists()


def test_update_round_trip(sample, tmp_path):
    snap = snapshot_path(sample)
    before = snap.read_text(encoding="utf-8")
    first = json.loads(before.splitlines()[0])
    edit(sample, first["cue"]["start"], first["cue"]["end"], "x" * (first["cue"]["end"] - first["cue"]["start"]))
    result = run("--update", str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{sample}: updated {snap}: ")
    assert result.stdout.endswith("1 article, 1 updated, 0 created\n")
    assert snap.read_text(encoding="utf-8") != before
    assert run(str(tmp_path)).exit_code == 0
    result = run("--update", str(tmp_path))  # nothing to do: the snapshot is left alone
    assert (result.exit_code, result.stdout) == (0, "1 article, 0 updated, 0 created\n")


def test_jsonl_report(sample, tmp_path):
    target = statements(sample)[0]["cue"]
    edit(sample, target["start"], target["end"], "x" * (target["end"] - target["start"]))
    result = run("--format", "jsonl", str(tmp_path))
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[-1] == {"type": "summary", "articles": 1, "drifted": 1, "missing": 0, "created": 0,
                           "updated": 0, "errors": 0}
    lost = [r for r in records if r.get("status") == "lost"]
    assert lost[0]["cue"] == {"text": target["text"], "start": target["start"], "end": target["end"]}
    assert lost[0]["before"]["cue"] == target and lost[0]["after"] is None


@pytest.mark.parametrize("args, code, stderr", [
    (["no/such/dir"], 1, "diplo: no/such/dir: no such file or directory\n"),
    (["--tolerance", "-1"], 2, None),
    (["--format", "xml"], 2, None),
])
def test_exit_codes(tmp_path, args, code, stderr):
    args = [a.format(empty=tmp_path) for a in args]
    result = run(*args)
    assert result.exit_code == code
    if stderr is not None:
        assert result.stderr == stderr.format(empty=tmp_path)


def test_empty_folder_fails(tmp_path):
    """A CI job pointed at a folder without articles must not pass."""
    result = run(str(tmp_path))
    assert (result.exit_code, result.stdout) == (1, "0 articles, 0 drifted, 1 error\n")
    assert result.stderr.startswith(f"diplo: {tmp_path}: ") and result.stderr.count("\n") == 1


def test_corrupt_snapshot(sample, tmp_path):
    snapshot_path(sample).write_text("{not json\n", encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (f"diplo: {snapshot_path(sample)}:1: invalid JSON (Expecting property name enclosed "
                             "in double quotes); rerun with --update\n")
    assert result.stdout == "1 article, 0 drifted, 1 error\n"


def test_samples_have_snapshots():
    """Every committed sample article has its snapshot (the CI check itself is `make test`: diplo check)."""
    missing = [p.name for p in sorted(SAMPLES.glob("*.txt")) if not snapshot_path(p).exists()]
    assert missing == []


def test_extract_ignores_snapshots(tmp_path):
    from diplo.sources import read_documents

    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "a.expected.jsonl").write_text("{}\n", encoding="utf-8")
    assert [d.id for d in read_documents([str(tmp_path)]) if isinstance(d, Document)] == [str(tmp_path / "a.txt")]
