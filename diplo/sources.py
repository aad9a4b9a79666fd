"""Reading inputs: files, folders (recursively, *.txt), standard input, and JSONL streams of documents.

Every input is read and decoded on its own; a failure is yielded as an `InputError` in its place, so one
bad file never costs the others their output. Nothing here prints or exits.

Decoding, in order (`decode`):
1. `--encoding`, when given, is used as is (a leading byte-order mark of that encoding is dropped).
2. A byte-order mark: UTF-8, UTF-16 or UTF-32, little or big endian.
3. Binary data is refused: a known file signature (PNG, JPEG, PDF, ZIP...), any NUL byte, or many
   control bytes.
4. Strict UTF-8 (a file cut inside its last character loses that character only). Real Windows-1256 Arabic is never valid UTF-8 beyond a few bytes (its letters are lead
   bytes without continuation bytes), so valid UTF-8 is taken as UTF-8.
5. Windows-1256, if the result reads as Arabic: mostly Arabic letters, and Arabic letters not glued to
   Latin ones (a Latin-1 «Mädchen» would become «Mلdchen»). UTF-8 that is merely damaged (mostly
   valid multi-byte sequences) is an error, not Windows-1256 mojibake.
6. Windows-1252 (Western text, Latin-1 included), then charset-normalizer's guess; else an error.

Line ends are never translated (files are read as bytes), so CRLF stays CRLF and every offset holds on
the decoded text exactly as it is in the file.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .model import Document

STDIN_NAME = "<stdin>"  # how standard input is named in messages; its documents are named "-"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32-LE"),  # before UTF-16-LE, whose mark it starts with
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32-BE"),
    (b"\xff\xfe", "utf-16-le", "UTF-16-LE"),
    (b"\xfe\xff", "utf-16-be", "UTF-16-BE"),
)
_MAGIC = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "old Office document"), (b"\x7fELF", "executable"), (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"), (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"), (b"\x28\xb5\x2f\xfd", "zstd archive"), (b"SQLite format 3", "SQLite database"),
    (b"RIFF", "RIFF media file"), (b"OggS", "Ogg media file"), (b"ID3", "MP3 audio"),
)
# Signatures that are also short words a text may open with («RIFF», «ID3»): binary only with NUL or control
# bytes close behind
_WORDLIKE_MAGIC = {b"RIFF", b"OggS", b"ID3", b"BZh"}
# Control bytes that text files do not contain; tab, LF, VT, FF, CR and ESC are allowed.
_CONTROL_RE = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SAMPLE = 1 << 20  # bytes (or characters) looked at to judge an encoding; the whole input is decoded
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_FOREIGN_LETTER_RE = re.compile("[^\\W\\d_\x00-\x7f\u0600-\u06ff]")  # non-ASCII letters outside Arabic
_GLUED_RE = re.compile("[A-Za-z][\u0600-\u06ff]|[\u0600-\u06ff][A-Za-z]")
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")


def check_encoding(encoding: str) -> str:
    """The canonical codec name of a user's `--encoding`; LookupError when Python does not know it."""
    return codecs.lookup(encoding).name


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes to text (see the module docstring for the order of the rules), or InputError."""
    if encoding:
        return _decode_forced(data, source, encoding)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {label} after its byte-order mark "
                                         f"(byte {exc.start + len(bom)})") from None
    _refuse_binary(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
        # a UTF-8 file cut inside its last character keeps the rest; UTF-8 only if the rest shows it
        if exc.reason == "unexpected end of data" and max(data[max(0, utf8_error - _SAMPLE):utf8_error],
                                                           default=0) >= 0x80:
            return data[:utf8_error].decode("utf-8")
    sample = data[:_SAMPLE]
    loose = sample.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if len(_NON_ASCII_RE.findall(loose)) - bad > bad:
        raise InputError(source, f"not valid UTF-8 (byte {utf8_error}: 0x{data[utf8_error]:02x}), though most "
                                 "of it is; repair the file, or name its encoding with --encoding")
    text = data.decode("cp1256")  # total: every byte has a character
    if _reads_as_arabic(text[:_SAMPLE]):
        return text
    try:
        return data.decode("cp1252")  # Western text: no statements, but not lost either
    except UnicodeDecodeError:
        pass
    return _decode_guessed(data, source, utf8_error)


def _decode_forced(data: bytes, source: str, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}") from None
    for bom, bom_codec, _ in _BOMS:
        if bom_codec.startswith(codec) and data.startswith(bom):  # utf-8 / utf-16-le ... with their own mark
            data = data[len(bom):]
            break
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid {encoding} (byte {exc.start})") from None


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            head = data[:1024]
            if magic not in _WORDLIKE_MAGIC or b"\x00" in head or _CONTROL_RE.search(head):
                raise InputError(source, f"binary file ({kind}), not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        sample = data[:_SAMPLE]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd >= 3 and even == 0:
            raise InputError(source, "binary file (NUL bytes), not text; if it is UTF-16 without a "
                                     "byte-order mark, use --encoding utf-16-le")
        if even >= 3 and odd == 0:
            raise InputError(source, "binary file (NUL bytes), not text; if it is UTF-16 without a "
                                     "byte-order mark, use --encoding utf-16-be")
        raise InputError(source, f"binary file (NUL byte at {nul}), not text")
    sample = data[:_SAMPLE]
    controls = len(_CONTROL_RE.findall(sample))
    if controls and controls * 100 > len(sample):
        raise InputError(source, "binary file (control bytes), not text")


def _reads_as_arabic(text: str) -> bool:
    """Whether a Windows-1256 decoding is Arabic text rather than some other single-byte encoding."""
    arabic = len(_ARABIC_RE.findall(text))
    if not arabic:
        return False
    foreign = len(_FOREIGN_LETTER_RE.findall(text))
    glued = len(_GLUED_RE.findall(text))
    return foreign * 4 <= arabic and glued * 20 <= arabic


def _decode_guessed(data: bytes, source: str, utf8_error: int) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    if best is not None:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError(source, f"not valid UTF-8 (byte {utf8_error}), Windows-1256 Arabic or Windows-1252, and "
                             "no other encoding fits; name it with --encoding")


def expand_paths(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Each argument as given; a folder becomes its *.txt files, recursively and sorted."""
    for arg in paths:
        if arg == "-":
            yield arg
            continue
        p = Path(arg)
        try:
            if p.is_dir():
                files = sorted(f for f in p.rglob("*.txt") if f.is_file())
                if not files:
                    yield InputError(arg, "folder has no *.txt files")
                yield from (str(f) for f in files)
            elif p.exists():
                yield arg
            else:
                yield InputError(arg, "no such file or directory")
        except OSError as exc:
            yield InputError(arg, f"cannot read ({exc.strerror or exc})")


def read_documents(paths: Sequence[str], encoding: str | None = None, input_format: str = "text",
                   text_field: str = "text", id_field: str = "id",
                   stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Documents in input order; an input (or JSONL line) that cannot be read is yielded as an InputError.

    Text inputs are read whole, one document each; JSONL inputs are streamed line by line, so a JSONL
    stream holds one line in memory at a time.
    """
    for item in expand_paths(paths or ["-"]):
        if isinstance(item, InputError):
            yield item
            continue
        name = STDIN_NAME if item == "-" else item
        try:
            if input_format == "jsonl":
                try:
                    if item == "-":
                        yield from _jsonl_documents(stdin or sys.stdin.buffer, name, encoding, text_field,
                                                    id_field)
                    else:
                        with open(item, "rb") as f:
                            yield from _jsonl_documents(f, name, encoding, text_field, id_field)
                except InputError as exc:
                    yield exc
                continue
            if item == "-":
                data = (stdin or sys.stdin.buffer).read()
            else:
                data = Path(item).read_bytes()
        except OSError as exc:
            yield InputError(name, f"cannot read ({exc.strerror or exc})")
            continue
        try:
            text = decode(data, name, encoding)
        except InputError as exc:
            yield exc
            continue
        del data
        yield Document(item, text)


def _jsonl_documents(stream: BinaryIO, source: str, encoding: str | None, text_field: str,
                     id_field: str) -> Iterator[Document | InputError]:
    """One document a line. Lines are split on LF only: JSON strings may hold U+2028 and friends raw.

    A binary input is refused whole; a line that does not decode or parse is reported and skipped.
    """
    try:
        codec = codecs.lookup(encoding).name if encoding else "utf-8"
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}") from None
    head = stream.readline()  # not read(n): on a pipe that would wait for n bytes, not for one document
    bom_codec = next((c for bom, c, _ in _BOMS if head.startswith(bom)), None)
    if codec.startswith(("utf-16", "utf-32")) or (bom_codec or "utf-8") != "utf-8":
        # not ASCII-compatible: bytes cannot be split on b"\n", so decode the whole stream first
        text = decode(head + stream.read(), source, encoding)
        yield from _jsonl_lines(enumerate(text.split("\n"), 1), source, text_field, id_field)
        return
    if bom_codec == "utf-8":
        head = head[3:]
    elif not encoding:
        _refuse_binary(head, source)
    yield from _jsonl_lines(_decoded_lines(_chain(head, stream), codec), source, text_field, id_field)


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _decoded_lines(lines: Iterable[bytes], codec: str) -> Iterator[tuple[int, str | UnicodeDecodeError]]:
    for n, raw in enumerate(lines, 1):
        try:
            yield n, raw.decode(codec)
        except UnicodeDecodeError as exc:
            yield n, exc


def _jsonl_lines(lines: Iterable[tuple[int, str | UnicodeDecodeError]], source: str, text_field: str,
                 id_field: str) -> Iterator[Document | InputError]:
    doc_source = "-" if source == STDIN_NAME else source
    for n, line in lines:
        where = f"{source}:{n}"
        if isinstance(line, UnicodeDecodeError):
            yield InputError(where, f"not valid {line.encoding} (byte {line.start}); line skipped")
            continue
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON ({exc.msg}, column {exc.colno}); line skipped")
            continue
        except (ValueError, RecursionError) as exc:  # a 5000-digit number, nesting deeper than Python's stack
            yield InputError(where, f"invalid JSON ({type(exc).__name__}); line skipped")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "not a JSON object; line skipped")
            continue
        if not isinstance(obj.get(text_field), str):
            yield InputError(where, f"no string field {text_field!r}; line skipped")
            continue
        doc_id = obj.get(id_field)
        yield Document(str(doc_id) if doc_id is not None else f"{doc_source}:{n}", obj[text_field])
