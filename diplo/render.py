"""Output: JSONL for pipelines and a rich table for people. The only module that imports rich."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from .model import Statement

_QUOTE_WIDTH = 70


def write_jsonl(statements: Iterable[Statement], out: TextIO) -> int:
    """One JSON object a line, UTF-8, not ASCII-escaped; flushed after each batch."""
    n = 0
    for st in statements:
        out.write(json.dumps(st.to_dict(), ensure_ascii=False) + "\n")
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
