"""Output: JSONL for pipelines and a rich table for people. The only module that imports rich."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from .model import Statement

_QUOTE_WIDTH = 70


def _record_encoder():
    """JSONEncoder(ensure_ascii=False).encode, with its C encoder built once.

    encode() builds a C encoder (and a Python closure) at every call: more than half the cost of a
    record of a few hundred characters (19 us against 8.6 us). Records are trees of dicts and plain
    values, so the check for circular references (its `markers`) is left out; the text is the same."""
    from json import encoder

    plain = json.JSONEncoder(ensure_ascii=False)
    if encoder.c_make_encoder is None:  # a Python without the C accelerator
        return plain.encode
    make = encoder.c_make_encoder(None, plain.default, encoder.encode_basestring, None, plain.key_separator,
                                  plain.item_separator, False, False, True)
    join = "".join
    return lambda record: join(make(record, 0))


_encode = _record_encoder()


def _statement_line():
    """A function from a Statement to its JSONL line: `_encode(st.to_dict()) + "\n"`, byte for byte, at
    a third of the cost, or None.

    The record's shape is fixed (to_dict), so the line is one f-string: the keys and punctuation are
    literal, each string value goes through the encoder's own string escaper (json's C
    encode_basestring), ints and floats print as json prints them (their repr), and no dict is built
    for the encoder to walk. None, and to_dict() with the JSON encoder are used, if a part's fields are
    not those it was written for; tests/test_invariants.py holds the two to the same text."""
    from json import encoder

    from .model import Cue, Institution, Quote, Role, Speaker, Span

    expected = {Cue: ("text", "lemma", "kind", "start", "end"),
                Speaker: ("text", "name", "kind", "start", "end", "resolved_by"),
                Role: ("text", "start", "end"), Institution: ("id", "name_en", "name_ar", "country"),
                Quote: ("text", "kind", "start", "end"), Span: ("start", "end", "text")}
    if any(cls.__slots__ != fields for cls, fields in expected.items()) or Statement.__slots__ != (
            "doc", "id", "cue", "speaker", "role", "institution", "quote", "according_to", "parent",
            "confidence"):
        return None
    enc = encoder.encode_basestring  # ensure_ascii=False's escaper: quotes, backslash, control characters

    def line(st: Statement) -> str:
        c, sp, r, inst, q, acc = st.cue, st.speaker, st.role, st.institution, st.quote, st.according_to
        speaker = "null" if sp is None else (
            f'{{"text": {enc(sp.text)}, "name": {enc(sp.name)}, "kind": {enc(sp.kind)}, "start": {sp.start}, '
            f'"end": {sp.end}, "resolved_by": {enc(sp.resolved_by)}}}')
        role = "null" if r is None else f'{{"text": {enc(r.text)}, "start": {r.start}, "end": {r.end}}}'
        institution = "null" if inst is None else (
            f'{{"id": {enc(inst.id)}, "name_en": {enc(inst.name_en)}, "name_ar": {enc(inst.name_ar)}, '
            f'"country": {enc(inst.country)}}}')
        quote = "null" if q is None else (
            f'{{"text": {enc(q.text)}, "kind": {enc(q.kind)}, "start": {q.start}, "end": {q.end}}}')
        according = "null" if acc is None else (
            f'{{"text": {enc(acc.text)}, "start": {acc.start}, "end": {acc.end}}}')
        parent = "null" if st.parent is None else st.parent
        return (f'{{"doc": {enc(st.doc)}, "id": {st.id}, "cue": {{"text": {enc(c.text)}, "lemma": {enc(c.lemma)}, '
                f'"kind": {enc(c.kind)}, "start": {c.start}, "end": {c.end}}}, "speaker": {speaker}, '
                f'"role": {role}, "institution": {institution}, "quote": {quote}, "according_to": {according}, '
                f'"parent": {parent}, "confidence": {round(st.confidence, 3)!r}}}\n')

    return line


_line = _statement_line()


def jsonl_lines(statements: Iterable[Statement]) -> Iterator[str]:
    """One JSON object a line, UTF-8, not ASCII-escaped, each with its newline."""
    if _line is not None:
        yield from map(_line, statements)
        return
    for st in statements:
        yield _encode(st.to_dict()) + "\n"


def write_jsonl(statements: Iterable[Statement], out: TextIO) -> int:
    """The statements as JSONL, flushed after the batch; returns how many were written."""
    n = 0
    for line in jsonl_lines(statements):
        out.write(line)
        n += 1
    out.flush()
    return n


def shorten(text: str, width: int = _QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class TableWriter:
    """Collects rows and prints one table at the end (the only stage that holds all results)."""

    def __init__(self, out: TextIO, show_doc: bool) -> None:
        self.out = out
        self.show_doc = show_doc
        self.rows: list[Statement] = []

    def add(self, statements: Iterable[Statement]) -> None:
        self.rows.extend(statements)

    def close(self) -> None:
        from rich.console import Console
        from rich.table import Table

        console = Console(file=self.out, soft_wrap=False)
        table = Table(show_lines=False, header_style="bold")
        if self.show_doc:
            table.add_column("doc", overflow="fold")
        for col in ("speaker", "institution", "cue", "kind", "quote"):
            table.add_column(col, overflow="fold")
        for st in self.rows:
            row = [
                st.speaker.name if st.speaker else "—",
                st.institution.name_en if st.institution else "—",
                st.cue.text,
                st.quote.kind if st.quote else st.cue.kind,
                shorten(st.quote.text) if st.quote else "",
            ]
            if self.show_doc:
                row.insert(0, st.doc)
            table.add_row(*row)
        console.print(table)
        console.print(f"{len(self.rows)} statement(s)", style="dim")


# -- diplo check ---------------------------------------------------------------------------------------

def _value(v: object) -> str:
    if v is None:
        return "none"
    if isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v):
        return f"{v[0]}-{v[1]}"
    if isinstance(v, dict):
        return repr(v.get("name") or v.get("name_en") or v.get("text") or v.get("id"))
    return repr(v)


def _who(rec: dict | None) -> str:
    if not rec:
        return ""
    spk = (rec.get("speaker") or {}).get("name") or "—"
    inst = (rec.get("institution") or {}).get("name_en") or "—"
    quote = rec.get("quote")
    kind = quote["kind"] if quote else rec["cue"]["kind"]
    return f"speaker {spk!r}, institution {inst!r}, {kind}"


def check_summary_line(summary, update: bool = False) -> str:
    """`N articles, M drifted`, then what else happened, only when it did."""
    parts = [f"{summary.articles} article{'s' if summary.articles != 1 else ''}"]
    if update:
        parts += [f"{summary.updated} updated", f"{summary.created} created"]
    else:
        parts.append(f"{summary.drifted} drifted")
        if summary.missing:
            parts.append(f"{summary.missing} without snapshot")
    if summary.errors:
        parts.append(f"{summary.errors} error{'s' if summary.errors != 1 else ''}")
    return ", ".join(parts)


def write_check_article(result, out: TextIO) -> None:
    """The statement-level diff of one article (nothing for an article that matches)."""
    if result.status == "missing":
        out.write(f"{result.article}: no snapshot {result.snapshot} "
                  f"({result.statements} statements); run diplo check --update\n")
    elif result.status == "created":
        out.write(f"{result.article}: created {result.snapshot} ({result.statements} statements)\n")
    elif result.status in ("drifted", "updated"):
        counts = [f"{result.count(s)} {s}" for s in ("gained", "lost", "changed", "moved") if result.count(s)]
        verb = f"updated {result.snapshot}: " if result.status == "updated" else ""
        out.write(f"{result.article}: {verb}{', '.join(counts)}\n")
        moved = [d for d in result.diffs if d.status == "moved"]
        for d in result.diffs:
            if d.status == "moved":
                continue
            out.write(f"  {d.status:<8} {d.cue} @{d.start}-{d.end}")
            if d.status == "lost":
                out.write(f" (snapshot offsets): {_who(d.before)}\n")
            elif d.status == "gained":
                out.write(f": {_who(d.after)}\n")
            else:
                out.write("\n")
                for c in d.changes:
                    out.write(f"           {c.field}: {_value(c.before)} → {_value(c.after)}\n")
            out.write(f"           {d.context}\n")
        if moved:
            shifts = sorted({d.shift for d in moved})
            by = ", ".join(f"{s:+d}" for s in shifts)
            out.write(f"  moved    {len(moved)} statement{'s' if len(moved) != 1 else ''} from offset "
                      f"{moved[0].start - moved[0].shift} on, otherwise unchanged, by {by} characters "
                      "(the article text was edited)\n")
    out.flush()


def check_records(result) -> list[dict]:
    """The JSONL report of one article: one record per statement that drifted (or a missing snapshot)."""
    if result.status in ("ok", "error"):
        return []
    if result.status in ("missing", "created"):
        return [{"type": result.status, "article": result.article, "snapshot": result.snapshot,
                 "statements": result.statements}]
    return [{"type": "statement", "article": result.article, "status": d.status,
             "cue": {"text": d.cue, "start": d.start, "end": d.end}, "shift": d.shift, "context": d.context,
             "changes": [{"field": c.field, "before": c.before, "after": c.after} for c in d.changes],
             "before": d.before, "after": d.after, "updated": result.status == "updated"}
            for d in result.diffs]


def write_check_jsonl(result, out: TextIO) -> None:
    for rec in check_records(result):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.flush()


def check_summary_record(summary) -> dict:
    return {"type": "summary", "articles": summary.articles, "drifted": summary.drifted,
            "missing": summary.missing, "created": summary.created, "updated": summary.updated,
            "errors": summary.errors}


# -- diplo eval ----------------------------------------------------------------------------------------

def write_eval_report(result: dict, out: TextIO, details: bool = False) -> None:
    """The scores as eval/score.py prints them (same lines, same rounding), details first."""
    if details:
        for d, anchor in result["missed"]:
            out.write(f"MISSED  {d}: {anchor}\n")
        for d, cue, pos in result["extra"]:
            out.write(f"EXTRA   {d}@{pos}: {cue}\n")
        for d, cue, gs, ps, gi, pi in result["wrong"]:
            out.write(f"WRONG   {d}: cue {cue}: speaker {ps!r} (gold {gs!r}), institution {pi!r} (gold {gi})\n")
    det, st = result["detection"], result["strict"]
    out.write(f"docs {result['docs']}  gold {result['gold']}  predicted {result['predicted']}\n")
    out.write(f"detection  P {det['p']:.3f}  R {det['r']:.3f}  F1 {det['f1']:.3f}\n")
    out.write(f"speaker acc {result['speaker_acc']:.3f}  institution acc {result['institution_acc']:.3f}  "
              f"quote token F1 {result['quote_token_f1']:.3f}\n")
    out.write(f"strict     P {st['p']:.3f}  R {st['r']:.3f}  F1 {st['f1']:.3f}\n")
    out.flush()
