"""Regression checks: re-extract sample articles and compare them with their expected snapshots.

Each article `NAME.txt` has a snapshot `NAME.expected.jsonl` beside it: the `Statement.to_dict()` records
of its statements, sorted by cue offset, with `doc` set to the article's file name. (`diplo extract DIR`
reads *.txt only, so snapshots are never taken for articles.)

What may vary without being drift: `confidence` within a tolerance, and the `doc` path. Everything else
is compared. `id` is the statement's ordinal: it is compared only when no statement was gained or lost
(otherwise every later id shifts), and `parent` is compared through the parent's cue, not its id.

Statements are matched by cue span (and cue text). When the article itself was edited, the statements
after the edit move by the same number of characters: those are then paired, in order, by cue text (see
`_pair`), so a one-word edit reports the one statement it changed and "N statements moved by +k", not a
wall of gained and lost.
"""
from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Document, Statement

SUFFIX = ".expected.jsonl"
TOLERANCE = 0.05
_PARTS = ("cue", "speaker", "role", "institution", "quote", "according_to")
_CONTEXT = 40  # characters of article text on each side of a cue


@dataclass(frozen=True)
class FieldChange:
    """One field of a matched statement that differs: `quote.span`, `speaker.name`, `institution`, ..."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class StatementDiff:
    """A statement gained, lost, changed or only moved (its offsets shifted by an edit of the article)."""

    status: str  # gained | lost | changed | moved
    cue: str
    start: int  # cue span: in the current extraction, or in the snapshot for a lost statement
    end: int
    context: str
    shift: int = 0
    changes: tuple[FieldChange, ...] = ()
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


@dataclass(frozen=True)
class ArticleResult:
    """One article: ok | drifted | missing (no snapshot) | created | updated | error."""

    article: str
    snapshot: str
    status: str
    statements: int = 0
    diffs: tuple[StatementDiff, ...] = ()
    error: str | None = None

    def count(self, status: str) -> int:
        return sum(d.status == status for d in self.diffs)


@dataclass
class CheckSummary:
    articles: int = 0
    drifted: int = 0
    missing: int = 0
    created: int = 0
    updated: int = 0
    errors: int = 0
    results: list[ArticleResult] = field(default_factory=list)

    def add(self, r: ArticleResult) -> None:
        """An input that could not be read (no snapshot path) is an error, not an article."""
        self.results.append(r)
        self.articles += bool(r.snapshot)
        if r.status == "error":
            self.errors += 1
        elif r.status in ("drifted", "missing", "created", "updated"):
            setattr(self, r.status, getattr(self, r.status) + 1)

    @property
    def failed(self) -> bool:
        return bool(self.drifted or self.missing or self.errors)


def snapshot_path(article: str | Path) -> Path:
    p = Path(article)
    return p.with_name(p.stem + SUFFIX)


def snapshot_records(statements: Iterable[Statement], doc: str) -> list[dict[str, Any]]:
    """The records of a snapshot: to_dict() in its field order, `doc` set to `doc`, sorted by cue offset."""
    records = []
    for st in statements:
        rec = st.to_dict()
        rec["doc"] = doc
        records.append(rec)
    records.sort(key=lambda r: (r["cue"]["start"], r["cue"]["end"], r["id"]))
    return records


def dumps(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def load_snapshot(path: Path) -> list[dict[str, Any]]:
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"invalid JSON ({exc.msg}); rerun with --update") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("cue"), dict):
            raise InputError(f"{path}:{n}", "not a statement record; rerun with --update")
        records.append(rec)
    return records


# -- comparing ------------------------------------------------------------------------------------

def _span(rec: dict[str, Any] | None) -> tuple[int, int] | None:
    return None if rec is None else (rec["start"], rec["end"])


def _cue_span(rec: dict[str, Any]) -> tuple[int, int]:
    return rec["cue"]["start"], rec["cue"]["end"]


def _pair(expected: list[dict], actual: list[dict], text: str) -> list[tuple[int | None, int | None]]:
    """Index pairs (expected, actual): by identical cue (span and text); then, after the last identical
    cue only, the rest in order by cue text, as statements moved by an edit of the article.

    An edit moves every statement after it, so moved statements are never followed by one that stayed in
    place; and a cue whose word is still at its old offset did not move (the extractor dropped it there,
    a statement elsewhere is another one). Anything else is lost or gained."""
    pairs: list[tuple[int | None, int | None]] = []
    by_span: dict[tuple[int, int, str], list[int]] = {}
    for j, rec in enumerate(actual):
        by_span.setdefault((*_cue_span(rec), rec["cue"]["text"]), []).append(j)
    left_e: list[int] = []
    used: set[int] = set()
    for i, rec in enumerate(expected):
        js = by_span.get((*_cue_span(rec), rec["cue"]["text"]))
        if js:
            j = js.pop(0)
            used.add(j)
            pairs.append((i, j))
        else:
            left_e.append(i)
    left_a = [j for j in range(len(actual)) if j not in used]
    last_e = max((expected[i]["cue"]["start"] for i, _ in pairs), default=-1)
    last_a = max((actual[j]["cue"]["start"] for _, j in pairs), default=-1)
    tail_e = [i for i in left_e if expected[i]["cue"]["start"] > last_e
              and text[expected[i]["cue"]["start"]:expected[i]["cue"]["end"]] != expected[i]["cue"]["text"]]
    tail_a = [j for j in left_a if actual[j]["cue"]["start"] > last_a]
    key = lambda rec: (rec["cue"]["text"], rec["cue"]["end"] - rec["cue"]["start"])  # noqa: E731
    sm = difflib.SequenceMatcher(None, [key(expected[i]) for i in tail_e], [key(actual[j]) for j in tail_a],
                                 autojunk=False)
    paired_e, paired_a = set(), set()
    for a, b, size in sm.get_matching_blocks():
        for k in range(size):
            pairs.append((tail_e[a + k], tail_a[b + k]))
            paired_e.add(tail_e[a + k])
            paired_a.add(tail_a[b + k])
    pairs += [(i, None) for i in left_e if i not in paired_e]
    pairs += [(None, j) for j in left_a if j not in paired_a]
    return pairs


def _compare_part(name: str, old: dict | None, new: dict | None, shift: int) -> list[FieldChange]:
    """A span that moved with its cue (the article was edited before it) is not a change."""
    if old is None or new is None:
        return [] if old is new else [FieldChange(name, old, new)]
    if name == "institution" and old.get("id") != new.get("id"):  # another institution: one line, not four
        return [FieldChange(name, old, new)]
    changes = []
    for k in list(old) + [k for k in new if k not in old]:
        if k == "start":
            o, n = _span(old), _span(new)
            if n != o and (name == "cue" or n != (o[0] + shift, o[1] + shift)):
                changes.append(FieldChange(f"{name}.span", list(o), list(n)))
        elif k != "end" and old.get(k) != new.get(k):
            changes.append(FieldChange(f"{name}.{k}", old.get(k), new.get(k)))
    return changes


def _context(text: str, start: int, end: int) -> str:
    """The cue in [brackets] with some text on each side, on one line (line `n:` of the article)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    a, b = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    snippet = " ".join((text[a:start] + "[" + text[start:end] + "]" + text[end:b]).split())
    line = text.count("\n", 0, start) + 1
    return f"line {line}: " + ("…" if a > 0 else "") + snippet + ("…" if b < len(text) else "")


def compare(expected: Sequence[dict[str, Any]], actual: Sequence[dict[str, Any]], text: str,
            tolerance: float = TOLERANCE) -> list[StatementDiff]:
    """Statement-level differences between a snapshot and a fresh extraction of `text`, by cue offset."""
    expected, actual = list(expected), list(actual)
    pairs = _pair(expected, actual, text)
    new_of_old = {i: j for i, j in pairs if i is not None and j is not None}
    eid = {rec["id"]: i for i, rec in enumerate(expected)}
    aid = {rec["id"]: j for j, rec in enumerate(actual)}
    complete = all(i is not None and j is not None for i, j in pairs)

    def cue_label(rec: dict | None) -> str | None:
        return None if rec is None else f"{rec['cue']['text']}@{rec['cue']['start']}"

    diffs: list[StatementDiff] = []
    shift = 0  # of the nearest preceding matched statement, to place a lost one in the current text
    for i, j in sorted(pairs, key=lambda p: _cue_span(actual[p[1]] if p[1] is not None else expected[p[0]])):
        if j is None:
            old = expected[i]
            s, e = _cue_span(old)
            diffs.append(StatementDiff("lost", old["cue"]["text"], s, e, _context(text, s + shift, e + shift),
                                       before=old))
            continue
        new = actual[j]
        s, e = _cue_span(new)
        if i is None:
            diffs.append(StatementDiff("gained", new["cue"]["text"], s, e, _context(text, s, e), after=new))
            continue
        old = expected[i]
        shift = s - old["cue"]["start"]
        changes: list[FieldChange] = []
        for part in _PARTS:
            changes += _compare_part(part, old.get(part), new.get(part), shift)
        old_parent = expected[eid[old["parent"]]] if old.get("parent") in eid else None
        new_parent = actual[aid[new["parent"]]] if new.get("parent") in aid else None
        same_parent = (old_parent is None and new_parent is None) or (
            old_parent is not None and new_parent is not None
            and new_of_old.get(eid[old["parent"]]) == aid[new["parent"]])
        if not same_parent or (old.get("parent") is None) != (new.get("parent") is None):
            changes.append(FieldChange("parent", cue_label(old_parent), cue_label(new_parent)))
        if complete and old.get("id") != new.get("id"):
            changes.append(FieldChange("id", old.get("id"), new.get("id")))
        if abs(float(old.get("confidence") or 0) - float(new.get("confidence") or 0)) > tolerance + 1e-9:
            changes.append(FieldChange("confidence", old.get("confidence"), new.get("confidence")))
        if any(c.field != "cue.span" for c in changes):
            status = "changed"
        elif changes:
            status = "moved"
            changes = []
        else:
            continue
        diffs.append(StatementDiff(status, new["cue"]["text"], s, e, _context(text, s, e), shift,
                                   tuple(changes), old, new))
    return diffs


# -- running -----------------------------------------------------------------------------------------

def check(pipeline: Any, paths: Sequence[str], update: bool = False,
          tolerance: float = TOLERANCE) -> Iterator[ArticleResult]:
    """One result per article (*.txt in the folders, recursively), in order; with `update`, snapshots
    that are missing or drifted are (re)written."""
    from .sources import read_documents

    for item in read_documents(paths):
        if isinstance(item, InputError):
            yield ArticleResult(item.source, "", "error", error=str(item))
            continue
        yield check_document(pipeline, item, update, tolerance)


def check_document(pipeline: Any, doc: Document, update: bool = False,
                   tolerance: float = TOLERANCE) -> ArticleResult:
    snap = snapshot_path(doc.id)
    actual = snapshot_records(pipeline.extract(doc), Path(doc.id).name)
    if not snap.exists():
        if update:
            snap.write_text(dumps(actual), encoding="utf-8")
            return ArticleResult(doc.id, str(snap), "created", len(actual))
        return ArticleResult(doc.id, str(snap), "missing", len(actual))
    try:
        expected = load_snapshot(snap)
    except InputError as exc:
        if not update:
            return ArticleResult(doc.id, str(snap), "error", len(actual), error=str(exc))
        expected = []
    except OSError as exc:
        return ArticleResult(doc.id, str(snap), "error", len(actual), error=f"{snap}: {exc.strerror or exc}")
    diffs = tuple(compare(expected, actual, doc.text, tolerance))
    if not diffs:
        return ArticleResult(doc.id, str(snap), "ok", len(actual))
    if update:
        snap.write_text(dumps(actual), encoding="utf-8")
        return ArticleResult(doc.id, str(snap), "updated", len(actual), diffs)
    return ArticleResult(doc.id, str(snap), "drifted", len(actual), diffs)
