"""Reading the language-knowledge data files, validating each row, and indexing phrases.

Built-in files live in `diplo/data/`; a user's file with the same name (`--lexicon FILE`) adds rows.
Every Arabic entry is indexed by `norm_key`, the same function that keys tokens.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

from .errors import LexiconError
from .text import norm_key

T = TypeVar("T")

# Proclitics that can stand before the first word of a phrase: و/ف (and), ب/ل/ك (prepositions), and
# their stacks. لل is ل + the article's ال with its alef dropped: للأمم المتحدة -> الأمم المتحدة.
PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_PROCLITIC_INITIALS = {p[0] for p in PROCLITICS + ("ولل", "فلل", "لل")}


def proclitic_variants(key: str) -> tuple[tuple[str, int], ...]:
    """The key itself, then the key with each proclitic stack removed, with the stripped length."""
    found = _VARIANTS.get(key)
    if found is None:
        if len(_VARIANTS) > _VARIANTS_MAX:
            _VARIANTS.clear()
        found = _VARIANTS[key] = tuple(_proclitic_variants(key))
    return found


# Every token of every paragraph asks for its variants, several times: memoized per key.
_VARIANTS: dict[str, tuple[tuple[str, int], ...]] = {}
_VARIANTS_MAX = 500_000


def _proclitic_variants(key: str) -> Iterator[tuple[str, int]]:
    yield key, 0
    if key[:1] not in _PROCLITIC_INITIALS:
        return  # (a word that opens with none of the proclitics' letters has no other variant: most words)
    for pre in ("ولل", "فلل", "لل"):
        if key.startswith(pre) and len(key) > len(pre) + 1:
            yield "ال" + key[len(pre):], len(pre)
            # ل + a definite noun that starts with ل keeps two lams: «للجنة» is ل + اللجنة
            yield "ال" + key[len(pre) - 1:], len(pre) - 1
    for pre in PROCLITICS:
        if key.startswith(pre) and len(key) > len(pre) + 1:
            yield key[len(pre):], len(pre)


def data_path(name: str) -> Path:
    return Path(str(resources.files("diplo") / "data" / name))


# The modules whose code builds the cached objects: an edit to any of them must not load a stale build.
_BUILDERS = ("lexicon.py", "cues.py", "institutions.py", "speakers.py", "text.py", "model.py")


def cached_build(kind: str, cls: type, paths: Sequence[Path], build: Callable[[], T]) -> T:
    """build(), or the object a previous process built from the same files, unpickled.

    Parsing and indexing the lexicons is most of diplo's start-up; unpickling the built objects costs a
    fifth of it. The cache lives in `$XDG_CACHE_HOME/diplo` (else `~/.cache/diplo`), one file per
    `kind`, keyed by the bytes of the data files (built-in and `--lexicon` ones), the code that builds
    them, and the diplo and Python versions. It is an optimisation only: a cache that cannot be read or
    written (read-only home, corrupt file) is ignored and the lexicons are built, so errors in the
    data are still reported by the build. `DIPLO_NO_CACHE=1` turns it off."""
    if os.environ.get("DIPLO_NO_CACHE"):
        return build()
    try:
        file = _cache_dir() / f"{kind}-{_cache_key(kind, paths)}.pickle"
    except Exception:  # an unreadable file: the build reports it
        return build()
    try:
        with file.open("rb") as handle:
            obj = pickle.load(handle)
        if type(obj) is cls:
            return obj
    except Exception:  # absent, truncated, or written by other code: build it again
        pass
    obj = build()
    _write_cache(file, obj)
    return obj


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "diplo"


def _cache_key(kind: str, paths: Sequence[Path]) -> str:
    from . import __version__

    h = hashlib.sha256(f"{kind}\0{__version__}\0{sys.version}\0".encode())
    here = Path(__file__).parent
    for name in _BUILDERS:
        h.update((here / name).read_bytes())
    for path in paths:
        data = Path(path).read_bytes()
        h.update(f"\0{Path(path).name}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()[:32]


_CACHE_KEEP = 8  # entries kept per kind: a few --lexicon combinations, not every past edit of the data


def _prune(file: Path) -> None:
    """Remove the oldest entries of the same kind beyond the newest few."""
    kind = file.name.split("-", 1)[0]
    entries = sorted(file.parent.glob(f"{kind}-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in entries[_CACHE_KEEP:]:
        old.unlink(missing_ok=True)


def _write_cache(file: Path, obj: object) -> None:
    """Written whole or not at all: a temporary file renamed over the name, as concurrent workers
    (`--jobs`) may write the same entry at once."""
    import tempfile

    tmp = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=file.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(obj, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, file)
        tmp = None
        _prune(file)
    except Exception:  # read-only or full disk: run without a cache
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def read_tsv(path: Path, columns: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header row, as (line number, row); a malformed row raises."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise LexiconError(path, 0, f"cannot read: {exc.strerror}") from None
    with handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            raise LexiconError(path, 1, "empty file; expected a header row")
        header = [h.strip() for h in header]
        missing = [c for c in columns if c not in header]
        if missing:
            raise LexiconError(path, 1, f"header lacks column(s) {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if not row or not "".join(row).strip():
                continue
            if len(row) > len(header):
                raise LexiconError(path, line, f"{len(row)} fields, header has {len(header)}")
            row = row + [""] * (len(header) - len(row))
            yield line, {h: v.strip() for h, v in zip(header, row)}


def read_jsonl(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(path, 0, f"cannot read: {exc.strerror}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(path, n, f"invalid JSON: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise LexiconError(path, n, "expected a JSON object")
        absent = [k for k in required if not obj.get(k)]
        if absent:
            raise LexiconError(path, n, f"missing {', '.join(absent)}")
        yield n, obj


def split_forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


@dataclass
class PhraseIndex(Generic[T]):
    """Multi-word phrases keyed by their first token's key; lookups take the longest match.

    Under each first key, the phrases are grouped by length, longest first, each group a dict from the
    rest of the phrase to its value: a lookup costs one dict probe per distinct length, however many
    phrases share a first word (roles: رئيس ...).
    """

    _first: dict[str, list[tuple[int, dict[tuple[str, ...], T]]]] = field(default_factory=dict)
    # token key -> its probes (see _probes), with and without proclitics: most keys have none
    _heads: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)
    _bare: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)
    # Token keys met that open no phrase of this index, with or without proclitics. A hot caller
    # tests `key not in index.no_phrase` before calling match(): the call alone costs more than a
    # thousand machine instructions, and three tokens in four are in this set. A key not met yet is
    # not in it, so the test never skips a match.
    no_phrase: set[str] = field(default_factory=set, repr=False, compare=False)

    def add(self, phrase: str, value: T) -> None:
        keys = tuple(norm_key(phrase).split())
        if not keys:
            return
        groups = self._first.setdefault(keys[0], [])
        self._heads.clear()
        self._bare.clear()
        self.no_phrase.clear()
        n = len(keys)
        for length, rests in groups:
            if length == n:
                rests.setdefault(keys[1:], value)  # the first entry of a phrase wins: built-in data first
                return
        groups.append((n, {keys[1:]: value}))
        groups.sort(key=lambda g: -g[0])

    def __contains__(self, key: object) -> bool:
        return key in self._first

    def _probes(self, key: str, clitics: bool) -> tuple:
        """What match() tries for a token key: each proclitic variant of the key (or the key alone),
        then its groups longest first, as (length, rests, proclitic length, hit); () when there are none.

        Only the groups that can match are tried, picked by the word after the first: most multi-word
        groups fail on it, and a key such as رئيس heads dozens. So the probes are a pair: the answer for
        a second word that opens no longer phrase (only the one-word groups can match then, and the
        first of them does; None if there is none), and for each second word that does, the groups, in
        the same order, that are one word long or hold a phrase with that second word.

        A group tried for a known second word needs no lookup when it is one or two words long: the
        phrase is there, and `hit` is match()'s answer for it, made once. Only longer groups look up
        the rest of the phrase (hit None)."""
        memo = self._heads if clitics else self._bare
        if len(memo) > _VARIANTS_MAX:
            memo.clear()
            self.no_phrase.clear()
        first = self._first
        variants = proclitic_variants(key) if clitics else ((key, 0),)
        groups = [(n, rests, clitic) for v, clitic in variants if v in first for n, rests in first[v]]
        if not groups:
            if clitics or not any(v in first for v, _ in proclitic_variants(key)):
                self.no_phrase.add(key)
            memo[key] = ()
            return ()
        by_second: dict[str, list] = {rest[0]: [] for n, rests, _ in groups if n > 1 for rest in rests}
        for n, rests, clitic in groups:
            for w in by_second if n == 1 else {rest[0] for rest in rests}:
                # (a one-word group holds the one rest (); a two-word group under w holds (w,))
                hit = (n, rests[()], clitic) if n == 1 else (n, rests[(w,)], clitic) if n == 2 else None
                by_second[w].append((n, rests, clitic, hit))
        one_word = next(((n, rests[()], clitic) for n, rests, clitic in groups if n == 1), None)
        probes = memo[key] = (one_word, {w: tuple(found) for w, found in by_second.items()})
        return probes

    def match(self, keys: Sequence[str], i: int, clitics: bool = True) -> tuple[int, T, int] | None:
        """Longest phrase starting at keys[i]: (number of tokens, value, proclitic length)."""
        key = keys[i]
        probes = (self._heads if clitics else self._bare).get(key)
        if probes is None:
            probes = self._probes(key, clitics)
        if not probes:  # most tokens head no phrase of a given index
            return None
        one_word, by_second = probes
        groups = by_second.get(keys[i + 1]) if i + 1 < len(keys) else None
        if groups is None:
            return one_word
        for n, rests, clitic, hit in groups:
            if hit is not None:
                return hit
            value = rests.get(tuple(keys[i + 1:i + n]), _ABSENT)
            if value is not _ABSENT:
                return n, value, clitic
        return None


_ABSENT = object()
