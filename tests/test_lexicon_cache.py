"""The pickled lexicon cache: a hit gives the same lexicon, and a cache that cannot be used is ignored."""
from __future__ import annotations

import os
import pickle

from diplo.cues import CueLexicon
from diplo.lexicon import cached_build, data_path


def _build():
    return CueLexicon((data_path("cues.tsv"),))


def test_second_load_is_unpickled_and_equal(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    paths = (data_path("cues.tsv"),)
    first = cached_build("cues", CueLexicon, paths, _build)
    files = list((tmp_path / "diplo").glob("cues-*.pickle"))
    assert len(files) == 1 and not list((tmp_path / "diplo").glob("*.tmp"))
    second = cached_build("cues", CueLexicon, paths, lambda: pytest_fail())
    assert second.forms == first.forms and second.lemmas == first.lemmas


def pytest_fail():
    raise AssertionError("built again although the cache holds it")


def test_user_lexicon_changes_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    extra = tmp_path / "cues.tsv"
    extra.write_text("lemma\tkind\tforms\nزقزق\tverb\tpast:زقزق\n", encoding="utf-8")
    paths = (data_path("cues.tsv"), extra)
    lex = cached_build("cues", CueLexicon, paths, lambda: CueLexicon(paths))
    assert "زقزق" in lex.forms
    extra.write_text("lemma\tkind\tforms\nبقبق\tverb\tpast:بقبق\n", encoding="utf-8")
    lex = cached_build("cues", CueLexicon, paths, lambda: CueLexicon(paths))
    assert "بقبق" in lex.forms and "زقزق" not in lex.forms


def test_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    paths = (data_path("cues.tsv"),)
    cached_build("cues", CueLexicon, paths, _build)
    (file,) = (tmp_path / "diplo").glob("cues-*.pickle")
    file.write_bytes(b"not a pickle")
    assert cached_build("cues", CueLexicon, paths, _build).forms
    file.write_bytes(pickle.dumps({"a": 1}))  # a readable pickle of the wrong type
    assert isinstance(cached_build("cues", CueLexicon, paths, _build), CueLexicon)


def test_unwritable_cache_dir_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")  # the cache home is a file: mkdir fails, even as root
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert cached_build("cues", CueLexicon, (data_path("cues.tsv"),), _build).forms


def test_old_cache_entries_are_pruned(tmp_path):
    from diplo import lexicon

    for k in range(lexicon._CACHE_KEEP + 3):
        entry = tmp_path / f"cues-{k:032d}.pickle"
        entry.write_bytes(b"x")
        os.utime(entry, (k, k))
    lexicon._prune(tmp_path / f"cues-{lexicon._CACHE_KEEP + 2:032d}.pickle")
    left = sorted(p.name for p in tmp_path.glob("cues-*.pickle"))
    assert len(left) == lexicon._CACHE_KEEP
    assert left[0] == f"cues-{3:032d}.pickle"
