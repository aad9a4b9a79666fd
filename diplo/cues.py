"""Reporting cues: verbs in the inflections news uses, active participles, "according to" markers.

`cues.tsv` holds one lemma a row. Its `forms` cell lists literal forms and generators:
`past:STEM` (قال -> قالت، قالا، قالوا ...), `pres:STEM` (ؤكد -> يؤكد، تؤكد، نؤكد، يؤكدون ...),
`part:STEM` (مشير -> مشيرا، مشيرة، مشيرين), `part=FORM` for one literal participle (نافيا), and `-FORM` to drop a generated form that collides with a
common word (وصف: -نصف "half"). `content` names the prepositions that open the content
(شدد على، أشار إلى), `requires` a word that must follow for the verb to report speech (عبر عن).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import LexiconError
from .lexicon import data_path, read_tsv, split_forms
from .model import Token
from .text import norm_key

KINDS = ("verb", "according_to", "noun")

# Suffix -> (gender, number). Gender is m, f or "" (either); number sg, du, pl.
_PAST = {"": ("m", "sg"), "ت": ("f", "sg"), "ا": ("m", "du"), "تا": ("f", "du"), "وا": ("m", "pl"),
         "ن": ("f", "pl"), "نا": ("", "pl")}
_PRES = {("ي", ""): ("m", "sg"), ("ت", ""): ("f", "sg"), ("ن", ""): ("", "pl"), ("ا", ""): ("", "sg"),
         ("ي", "ون"): ("m", "pl"), ("ي", "ان"): ("m", "du"), ("ت", "ان"): ("f", "du"), ("ي", "ن"): ("f", "pl")}
_PART = {"ا": ("m", "sg"), "ة": ("f", "sg"), "ين": ("", "pl"), "تين": ("f", "du"), "ان": ("m", "du")}
# Object pronouns a verb can carry: ذكرته، أعلنه، وصفتها.
_ENCLITICS = ("هما", "هم", "هن", "ها", "ه")
_VERB_PROCLITICS = ("وس", "فس", "ول", "فل", "و", "ف", "ل", "س")


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    kind: str  # verb | participle | according_to | noun
    gender: str
    number: str
    content: tuple[str, ...]  # keys of prepositions that open the content
    requires: tuple[str, ...]  # keys of words one of which must follow


@dataclass(frozen=True, slots=True)
class CueHit:
    index: int  # token index
    form: CueForm
    key: str  # the key after clitics were removed


def _literal_features(form: str) -> tuple[str, str]:
    if form.endswith("تا"):
        return "f", "du"
    if form.endswith(("وا", "ون")):
        return "m", "pl"
    if form.endswith(("ت", "ة")) or (form.startswith("ت") and len(form) > 3):
        return "f", "sg"
    if form.endswith("ين"):
        return "", "pl"
    return "m", "sg"


def expand(cell: str) -> list[tuple[str, str, str, bool]]:
    """(form, gender, number, is_participle) for every form a `forms` cell generates."""
    out: list[tuple[str, str, str, bool]] = []
    drop: set[str] = set()
    for item in split_forms(cell):
        if item.startswith("-"):
            drop.add(norm_key(item[1:]))
        elif item.startswith("past:"):
            stem = item[5:]
            out += [(stem + suf, g, n, False) for suf, (g, n) in _PAST.items()]
        elif item.startswith("pres:"):
            stem = item[5:]
            out += [(pre + stem + suf, g, n, False) for (pre, suf), (g, n) in _PRES.items()]
        elif item.startswith("part="):
            g, n = _literal_features(item[5:])
            out.append((item[5:], "f" if item.endswith(("ة", "ه")) else g, n, True))
        elif item.startswith("part:"):
            stem = item[5:]
            out += [(stem + suf, g, n, True) for suf, (g, n) in _PART.items()]
        else:
            g, n = _literal_features(item)
            out.append((item, g, n, False))
    return [o for o in out if norm_key(o[0]) not in drop]


class CueLexicon:
    def __init__(self, paths: Sequence[Path]) -> None:
        self.forms: dict[str, CueForm] = {}
        for path in paths:
            for line, row in read_tsv(path, ("lemma", "kind", "forms")):
                kind = row["kind"]
                if kind not in KINDS:
                    raise LexiconError(path, line, f"kind {kind!r} is not one of {', '.join(KINDS)}")
                if not row["lemma"] or not row["forms"]:
                    raise LexiconError(path, line, "lemma and forms must not be empty")
                content = tuple(norm_key(c) for c in split_forms(row.get("content", "")))
                requires = tuple(norm_key(c) for c in split_forms(row.get("requires", "")))
                for form, gender, number, participle in expand(row["forms"]):
                    k = kind
                    if kind == "verb" and participle:
                        k = "participle"
                    key = norm_key(form)
                    if " " in key or not key:
                        raise LexiconError(path, line, f"form {form!r} must be one word")
                    self.forms.setdefault(key, CueForm(row["lemma"], k, gender, number, content, requires))

    def lookup(self, key: str) -> tuple[CueForm, str] | None:
        """The cue form of a token key, trying it bare, without proclitics, and without object pronouns."""
        forms = self.forms
        hit = forms.get(key)
        if hit is not None:
            return hit, key
        stems = [key]
        for pre in _VERB_PROCLITICS:
            if key.startswith(pre) and len(key) - len(pre) >= 2:
                stem = key[len(pre):]
                hit = forms.get(stem)
                if hit is not None:
                    return hit, stem
                stems.append(stem)
        for stem in stems:
            for suf in _ENCLITICS:
                if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                    hit = forms.get(stem[: -len(suf)])
                    if hit is not None and hit.kind == "verb":
                        return hit, stem[: -len(suf)]
        return None


@lru_cache(maxsize=8)
def load_cues(extra: tuple[Path, ...] = ()) -> CueLexicon:
    return CueLexicon((data_path("cues.tsv"), *extra))


def find_cues(tokens: Sequence[Token], lexicon: CueLexicon) -> list[CueHit]:
    """Every token whose form is a reporting cue, with its features; context filters come later."""
    hits = []
    for tok in tokens:
        found = lexicon.lookup(tok.key)
        if found is not None:
            hits.append(CueHit(tok.index, found[0], found[1]))
    return hits
