"""--jobs: the same output in the same order as one process, errors in their place; light imports."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplo import parallel
from diplo.errors import InputError
from diplo.model import Document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
DIPLO = [sys.executable, "-m", "diplo"]


class SlowFirst:
    """A stand-in pipeline whose early documents finish last, so that order must be restored."""

    def extract(self, doc: Document) -> list[str]:
        n = int(doc.id)
        time.sleep(0.05 if n % 8 < 2 else 0)
        return [f"{doc.id}:{doc.text}"]

    def iter_statements(self, doc: Document):
        yield from self.extract(doc)


def _items(n: int, bad: set[int] = frozenset()) -> list:
    return [InputError(str(i), "unreadable") if i in bad else Document(str(i), f"text {i}") for i in range(n)]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_order_and_errors_kept(jobs: int) -> None:
    items = _items(40, bad={0, 7, 8, 39})
    got = [(item, list(sts)) for item, sts in parallel.extract_all(SlowFirst(), items, jobs)]
    assert [item for item, _ in got] == items
    for item, statements in got:
        want = [] if isinstance(item, InputError) else [f"{item.id}:{item.text}"]
        assert statements == want


def test_one_document_runs_without_a_pool(monkeypatch) -> None:
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for one document")

    monkeypatch.setattr(parallel, "_in_pool", no_pool)
    items = [InputError("a", "missing"), Document("1", "x"), InputError("b", "missing")]
    assert [list(s) for _, s in parallel.extract_all(SlowFirst(), items, jobs=4)] == [[], ["1:x"], []]


def test_stops_early_without_computing_the_rest() -> None:
    stream = parallel.extract_all(SlowFirst(), _items(400), jobs=2)
    first = next(stream)
    stream.close()  # `| head`: the generator is closed; the pool must shut down, not hang
    assert first[0].id == "0"


# -- the command line, in subprocesses as a user runs it ----------------------------------------------

def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(DIPLO + args, input=stdin, capture_output=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> list[str]:
    """Sample articles copied a few times, with an unreadable file and a missing one in the middle."""
    if not SAMPLES:
        pytest.skip("no samples/*.txt")
    folder = tmp_path_factory.mktemp("batch")
    paths = []
    for n in range(3):
        for p in SAMPLES:
            dest = folder / f"{n}_{p.name}"
            shutil.copy(p, dest)
            paths.append(str(dest))
    bad = folder / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    middle = len(paths) // 2
    paths[middle:middle] = [str(bad), str(folder / "missing.txt")]
    return paths


def test_jobs_2_same_as_jobs_1(batch: list[str]) -> None:
    one = _run(["extract", "--format", "jsonl", "--jobs", "1", *batch])
    two = _run(["extract", "--format", "jsonl", "--jobs", "2", *batch])
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    folder = Path(batch[0]).parent
    assert two.stderr == one.stderr
    errors = two.stderr.decode().splitlines()
    assert [line.split(": ")[:2] for line in errors] == [["diplo", str(folder / "scan.txt")],
                                                          ["diplo", str(folder / "missing.txt")]]
    docs = [json.loads(line)["doc"] for line in two.stdout.decode().splitlines()]
    assert docs, "the samples should yield statements"
    order = {p: i for i, p in enumerate(batch)}
    assert [order[d] for d in docs] == sorted(order[d] for d in docs)


def test_jobs_2_on_a_jsonl_stream_from_stdin() -> None:
    lines = [json.dumps({"id": f"{n}-{p.stem}", "text": p.read_text(encoding="utf-8")}, ensure_ascii=False)
             for n in range(2) for p in SAMPLES]
    lines.insert(2, "{not json")
    data = ("\n".join(lines) + "\n").encode()
    one = _run(["extract", "-", "--input", "jsonl", "--format", "jsonl", "--jobs", "1"], stdin=data)
    two = _run(["extract", "-", "--input", "jsonl", "--format", "jsonl", "--jobs", "2"], stdin=data)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout and two.stdout
    assert two.stderr == one.stderr
    assert two.stderr.decode().count("\n") == 1 and ":3: " in two.stderr.decode()


def test_import_cli_stays_light() -> None:
    code = ("import sys, diplo.cli; "
            "print(' '.join(m for m in sys.modules if m.split('.')[0] in "
            "('torch', 'stanza', 'camel_tools', 'rich', 'transformers')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    loaded = out.stdout.split()
    assert not [m for m in loaded if m.split(".")[0] in ("torch", "stanza", "transformers")]
    assert "camel_tools.morphology" not in loaded
    assert loaded == [], f"import diplo.cli loads {loaded}; import them inside the function that needs them"


# -- speed shortcuts give the same results ---------------------------------------------------------------

_ALPHABET = ("قال الرئيس «بايدن»: إنّ وزارةَ الخارجيّة، لم تُعلّق! 2023م #وسم @حساب ـ ؟؛"
             "abc,.;:'\"()[]{}-–—…/\\|*#0123456789 \u00a0\t\n\u200d\u200c\ufe0f\u20e3"
             "😀👍🏽🇪🇬🏳️‍🌈©®™$€£%‰°±×÷ℹ")


def _titles_whole(text: str, pieces: list[str]) -> list[str]:
    """camel-tools' tokens with each whitespace-delimited «د.» or «أ.د.» put back whole."""
    out, words = [], iter(text.split())
    for word in words:
        if word in ("د.", "أ.د.", "أ.د"):
            out.append(word)
        else:
            out += [p for p in _split_one(word)]
    return out if "".join(out) == "".join(pieces) else pieces


def _split_one(word: str) -> list[str]:
    from camel_tools.tokenizers.word import simple_word_tokenize
    return simple_word_tokenize(word)


def _numbers_joined(text: str, pieces: list[str]) -> list[str]:
    """camel-tools' tokens with each number it cut at a point, comma or colon put back, found by
    position in the text: digits, then a separator right after them, then digits right after that."""
    spans, at = [], 0
    for piece in pieces:
        at = text.index(piece, at)
        spans.append((at, at + len(piece)))
        at += len(piece)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if (out and text[s:e] in (".", ",", ":", "\u066b", "\u066c") and text[out[-1][1] - 1].isdigit()
                and out[-1][1] == s and i + 1 < len(spans) and spans[i + 1][0] == e
                and text[e].isdigit()):
            out[-1] = (out[-1][0], spans[i + 1][1])
            i += 2
            continue
        out.append((s, e))
        i += 1
    return [text[s:e] for s, e in out]


def test_numbers_are_one_token() -> None:
    from diplo.text import tokenize

    text = "بلغت 55.39 بالمئة و1,200 صوت و١٢٫٥ مليون عند 10:30. قال: 5. .5 د. أحمد"
    assert [t.text for t in tokenize(text)] == [
        "بلغت", "55.39", "بالمئة", "و1,200", "صوت", "و١٢٫٥", "مليون", "عند", "10:30", ".",
        "قال", ":", "5", ".", ".", "5", "د.", "أحمد"]


def _same_as_camel(text: str) -> None:
    from camel_tools.tokenizers.word import simple_word_tokenize

    from diplo.text import tokenize

    tokens = tokenize(text)
    assert [t.text for t in tokens] == _numbers_joined(text, _titles_whole(text, simple_word_tokenize(text)))
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_letters_never_split_but_one() -> None:
    """The tokenizer takes a word of letters (str.isalpha) whole: no letter may match the split class
    but the one text._ALPHA_SYMBOL names."""
    import regex

    from diplo import text as diplo_text

    letters = "".join(c for c in map(chr, range(0x110000)) if c.isalpha())
    found = regex.findall(diplo_text.MAY_SPLIT, letters)
    assert found == [diplo_text._ALPHA_SYMBOL]


def test_no_letter_is_a_digit() -> None:
    """names.py skips its digit test for a key of letters only (str.isalpha): no character may be both."""
    assert not [c for c in map(chr, range(0x110000)) if c.isalpha() and c.isdigit()]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_tokens_are_camel_tools_tokens_on_samples(path: Path) -> None:
    _same_as_camel(path.read_text(encoding="utf-8"))


def test_tokens_are_camel_tools_tokens_on_any_text() -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.settings(max_examples=400, deadline=None)
    @hypothesis.given(st.text(alphabet=st.sampled_from(_ALPHABET) | st.characters(), max_size=60))
    def check(text: str) -> None:
        _same_as_camel(text)

    check()
