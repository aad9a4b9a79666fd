"""Reading inputs: encodings, binary files, batches, JSONL streams, robust text and large inputs.

Every failure is one line on stderr naming the input and the reason, and costs only that input.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplo.cli import app
from diplo.errors import InputError
from diplo.model import Document
from diplo.sources import decode, read_documents

# A two-statement article: the Kremlin, then Lavrov with a direct quote.
ARTICLE = ("وقال الكرملين إن الجانبين أبديا استعدادهما لمواصلة الحوار.\n"
           "وأكد وزير الخارجية الروسي سيرغي لافروف أن «موسكو لن تتخلى عن مصالحها».\n")
SHORT = "قال الوزير إن الوفد وصل."


# -- decoding -------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    pytest.param(ARTICLE.encode("utf-8"), ARTICLE, id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE, id="utf-8 with BOM"),
    pytest.param(b"\xff\xfe" + ARTICLE.encode("utf-16-le"), ARTICLE, id="utf-16-le BOM"),
    pytest.param(b"\xfe\xff" + ARTICLE.encode("utf-16-be"), ARTICLE, id="utf-16-be BOM"),
    pytest.param(b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"), ARTICLE, id="utf-32-le BOM"),
    pytest.param(b"\x00\x00\xfe\xff" + ARTICLE.encode("utf-32-be"), ARTICLE, id="utf-32-be BOM"),
    pytest.param(ARTICLE.encode("cp1256"), ARTICLE, id="windows-1256"),
    pytest.param("قال".encode("cp1256"), "قال", id="windows-1256 one word"),
    pytest.param("وأكد لافروف، أن الحوار؟".encode("cp1256"), "وأكد لافروف، أن الحوار؟", id="windows-1256 punctuation"),
    pytest.param("Reuters — وقال الكرملين إن الحوار مستمر.".encode("cp1256"),
                 "Reuters — وقال الكرملين إن الحوار مستمر.", id="windows-1256 with Latin"),
    pytest.param("قال\r\nأكد\r\n".encode("utf-8"), "قال\r\nأكد\r\n", id="CRLF kept"),
    pytest.param("قال\r\nأكد\r\n".encode("cp1256"), "قال\r\nأكد\r\n", id="CRLF kept windows-1256"),
    pytest.param("قال\rأكد\u2028".encode("utf-8"), "قال\rأكد\u2028", id="CR and LINE SEPARATOR kept"),
    pytest.param(b"", "", id="empty"),
    pytest.param(SHORT.encode("utf-8")[:-1] + "ك".encode("utf-8")[:1], SHORT[:-1], id="cut inside last character"),
    pytest.param("Le ministre a déclaré qu'il était prêt.".encode("latin-1"),
                 "Le ministre a déclaré qu'il était prêt.", id="latin-1 French"),
    pytest.param("Das Mädchen sagte, die Größe sei wichtig.".encode("latin-1"),
                 "Das Mädchen sagte, die Größe sei wichtig.", id="latin-1 German not Windows-1256"),
])
def test_decode(data, expected):
    assert decode(data, "f.txt") == expected


@pytest.mark.parametrize("text", [
    # UTF-8 Arabic bytes are all valid Windows-1256 too (as mojibake: «ظˆظ‚ط§ظ„»): UTF-8 must win
    ARTICLE, SHORT, "ا", "،", "قال: «نعم»", "ǡ Ѡ ڡ",
])
def test_utf8_is_never_read_as_windows_1256(text):
    assert decode(text.encode("utf-8"), "f.txt") == text


@pytest.mark.parametrize("data, encoding, expected", [
    pytest.param(ARTICLE.encode("utf-16-le"), "utf-16-le", ARTICLE, id="utf-16 without BOM"),
    pytest.param(b"\xef\xbb\xbf" + SHORT.encode("utf-8"), "utf-8", SHORT, id="utf-8 drops its BOM"),
    pytest.param(b"\xff\xfe" + SHORT.encode("utf-16-le"), "UTF-16", SHORT, id="utf-16 reads its BOM"),
    pytest.param(SHORT.encode("cp1256"), "windows-1256", SHORT, id="windows-1256 alias"),
    pytest.param(SHORT.encode("iso-8859-6"), "iso-8859-6", SHORT, id="iso-8859-6"),
])
def test_decode_forced_encoding(data, encoding, expected):
    assert decode(data, "f.txt", encoding) == expected


UTF16_HINT = "binary file (NUL bytes), not text; if it is UTF-16 without a byte-order mark, use --encoding utf-16-le"
DAMAGED = "not valid UTF-8 (byte 4: 0xff), though most of it is; repair the file, or name its encoding with --encoding"

BAD_INPUTS = [
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(64), "binary file (PNG image), not text", id="png"),
    pytest.param(b"\xff\xd8\xff\xe0" + bytes(64), "binary file (JPEG image), not text", id="jpeg"),
    pytest.param(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document), not text", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00", "binary file (ZIP archive or Office document), not text", id="zip"),
    pytest.param(b"\x1f\x8b\x08\x00", "binary file (gzip archive), not text", id="gzip"),
    pytest.param("قال".encode() + b"\x00" + "أكد".encode(), "binary file (NUL byte at 6), not text", id="NUL"),
    pytest.param(ARTICLE.encode("utf-16-le"), UTF16_HINT, id="utf-16 without BOM"),
    pytest.param(bytes(range(1, 32)) * 8, "binary file (control bytes), not text", id="control bytes"),
    pytest.param(b"\xff\xfe" + b"\x00\xd8\x41\x00", "not valid UTF-16-LE after its byte-order mark (byte 2)",
                 id="bad utf-16"),
    pytest.param("قالت".encode()[:4] + b"\xff" + ("،" + SHORT).encode(), DAMAGED, id="damaged utf-8"),
    pytest.param(bytes(range(0x80, 0x100)) * 4, "not valid UTF-8 (byte 0), Windows-1256 Arabic or Windows-1252, "
                 "and no other encoding fits; name it with --encoding", id="high bytes"),
]


@pytest.mark.parametrize("data, reason", BAD_INPUTS)
def test_decode_refuses(data, reason):
    with pytest.raises(InputError) as exc:
        decode(data, "f.txt")
    assert str(exc.value) == f"f.txt: {reason}"


@pytest.mark.parametrize("data, encoding, reason", [
    (SHORT.encode("cp1256"), "utf-8", "not valid utf-8 (byte 0)"),
    (b"abc", "klingon", "unknown encoding 'klingon'"),
])
def test_decode_forced_encoding_refuses(data, encoding, reason):
    with pytest.raises(InputError) as exc:
        decode(data, "f.txt", encoding)
    assert str(exc.value) == f"f.txt: {reason}"


# -- reading paths and JSONL without the pipeline --------------------------------------------------

def as_list(items):
    return [str(i) if isinstance(i, InputError) else (i.id, i.text) for i in items]


def test_read_documents_folder_missing_and_empty(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "2.txt").write_bytes("ب".encode())
    (tmp_path / "a" / "sub").mkdir()
    (tmp_path / "a" / "sub" / "1.txt").write_bytes("ا".encode("cp1256"))
    (tmp_path / "a" / "skip.html").write_bytes(b"<p>")
    (tmp_path / "empty").mkdir()
    paths = [str(tmp_path / "a"), str(tmp_path / "missing.txt"), str(tmp_path / "empty")]
    assert as_list(read_documents(paths)) == [
        (str(tmp_path / "a" / "2.txt"), "ب"),
        (str(tmp_path / "a" / "sub" / "1.txt"), "ا"),
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{tmp_path / 'empty'}: folder has no *.txt files",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_read_documents_unreadable(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_bytes(b"x")
    p.chmod(0)
    assert as_list(read_documents([str(p)])) == [f"{p}: cannot read (Permission denied)"]


JSONL = b"".join([
    b'{"id": "a", "text": "\xd9\x82\xd8\xa7\xd9\x84"}\n',  # 1 قال
    b"\n",  # 2 blank: skipped silently
    b'{"id": "b", "text": \n',  # 3 truncated
    b'{"id": 7, "body": "x"}\n',  # 4 no text field
    b'["text"]\n',  # 5 not an object
    b'{"id": "c", "text": "\xff"}\n',  # 6 not UTF-8
    b'{"text": "x\xe2\x80\xa8y"}\r\n',  # 7 raw U+2028 inside a string, CRLF, no id
    b'{"id": "d", "text": 1}\n',  # 8 text not a string
    b"[" * 100_000 + b"\n",  # 9 deeper than Python's stack
    b'{"id": 5, "text": "\xd8\xa3\xd9\x83\xd8\xaf"}',  # 10 no final newline; أكد
])


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "BOM"])
def test_read_documents_jsonl(tmp_path, bom):
    p = tmp_path / "docs.jsonl"
    p.write_bytes(bom + JSONL)
    assert as_list(read_documents([str(p)], input_format="jsonl")) == [
        ("a", "قال"),
        f"{p}:3: invalid JSON (Expecting value at column 21); line skipped",
        f"{p}:4: no string field 'text'; line skipped",
        f"{p}:5: not a JSON object; line skipped",
        f"{p}:6: not valid utf-8 (byte 21); line skipped",
        (f"{p}:7", "x\u2028y"),
        f"{p}:8: no string field 'text'; line skipped",
        f"{p}:9: invalid JSON (RecursionError); line skipped",
        ("5", "أكد"),
    ]


def test_read_documents_jsonl_utf16_and_fields(tmp_path):
    p = tmp_path / "docs.jsonl"
    lines = ['{"n": 1, "body": "قال"}', '{"n": 2, "body": "أكد"}', "{oops}"]
    p.write_bytes("\n".join(lines).encode("utf-16"))
    assert as_list(read_documents([str(p)], input_format="jsonl", text_field="body", id_field="n")) == [
        ("1", "قال"), ("2", "أكد"),
        f"{p}:3: invalid JSON (Expecting property name enclosed in double quotes at column 2); line skipped",
    ]


def test_read_documents_jsonl_binary_is_refused_whole(tmp_path):
    p = tmp_path / "img.jsonl"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    assert as_list(read_documents([str(p)], input_format="jsonl")) == [f"{p}: binary file (PNG image), not text"]


def test_read_documents_stdin():
    docs = read_documents(["-"], stdin=io.BytesIO(SHORT.encode("cp1256")))
    assert as_list(docs) == [("-", SHORT)]
    docs = read_documents(["-"], stdin=io.BytesIO(b"\x00\x01"))
    assert as_list(docs) == ["<stdin>: binary file (NUL byte at 0), not text"]
