"""Reading inputs: files, folders (recursively, *.txt), standard input, and JSONL streams of documents.

Every input is read and decoded on its own; a failure is yielded as an `InputError` in its place, so one
bad file never costs the others their output.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .model import Document

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b")


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes to text: a forced encoding, else a BOM, else UTF-8, else Windows-1256 Arabic.

    Line ends are kept as they are (CRLF stays CRLF) so offsets hold on the decoded text.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid {encoding} (byte {exc.start})") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec.replace("-sig", ""), errors="strict")
            return text
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise InputError(source, "binary file (not text); skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise InputError(source, f"not valid UTF-8 (byte {utf8_error}) nor Windows-1256; "
                                 "use --encoding to name the encoding") from None
    return text


def expand_paths(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Each argument as given; a folder becomes its *.txt files, recursively and sorted."""
    for arg in paths:
        if arg == "-":
            yield arg
            continue
        p = Path(arg)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*.txt") if f.is_file())
            yield from (str(f) for f in files)
        elif p.exists():
            yield arg
        else:
            yield InputError(arg, "no such file or directory")


def read_documents(paths: Sequence[str], encoding: str | None = None, input_format: str = "text",
                   text_field: str = "text", id_field: str = "id",
                   stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Documents in input order; an input that cannot be read is yielded as an InputError."""
    for item in expand_paths(paths or ["-"]):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read()
            else:
                data = Path(item).read_bytes()
        except OSError as exc:
            yield InputError(item, exc.strerror or str(exc))
            continue
        try:
            text = decode(data, item, encoding)
        except InputError as exc:
            yield exc
            continue
        if input_format == "jsonl":
            yield from _jsonl_documents(text, item, text_field, id_field)
        else:
            yield Document(item, text)


def _jsonl_documents(text: str, source: str, text_field: str, id_field: str) -> Iterator[Document | InputError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON ({exc.msg}); line skipped")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get(text_field), str):
            yield InputError(where, f"no string field {text_field!r}; line skipped")
            continue
        doc_id = obj.get(id_field)
        yield Document(str(doc_id) if doc_id is not None else where, obj[text_field])
