"""Reporting cues: verbs in the inflections news uses, active participles, "according to" markers.

`cues.tsv` holds one lemma a row. Its `forms` cell lists literal forms and generators:
`past:STEM` (قال -> قالت، قالا، قالوا ...), `pres:STEM` (ؤكد -> يؤكد، تؤكد، نؤكد، يؤكدون ...),
`part:STEM` (مشير -> مشيرا، مشيرة، مشيرين), `part=FORM` for one literal participle (نافيا), and `-FORM` to drop a generated form that collides with a
common word (وصف: -نصف "half"). `content` names the prepositions that open the content
(شدد على، أشار إلى), `requires` a word that must follow for the verb to report speech (عبر عن).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import LexiconError
from .lexicon import cached_build, data_path, read_tsv, split_forms
from .model import Token, fast_init
from .text import KeyMemo, norm_key, where

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
_VERB_PROCLITIC_INITIALS = {p[0] for p in _VERB_PROCLITICS}
_MISS = object()
_MEMO_MAX = 500_000


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    kind: str  # verb | participle | according_to | noun
    gender: str
    number: str
    content: tuple[str, ...]  # keys of prepositions that open the content
    requires: tuple[str, ...]  # keys of words one of which must follow
    present: bool = False  # a form of the present tense (يرحب، ترحب), made from a `pres:` stem


@fast_init
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


def expand(cell: str) -> list[tuple[str, str, str, bool, bool]]:
    """(form, gender, number, is_participle, is_present) for every form a `forms` cell generates."""
    out: list[tuple[str, str, str, bool, bool]] = []
    drop: set[str] = set()
    for item in split_forms(cell):
        if item.startswith("-"):
            drop.add(norm_key(item[1:]))
        elif item.startswith("past:"):
            stem = item[5:]
            out += [(stem + suf, g, n, False, False) for suf, (g, n) in _PAST.items()]
        elif item.startswith("pres:"):
            stem = item[5:]
            out += [(pre + stem + suf, g, n, False, True) for (pre, suf), (g, n) in _PRES.items()]
        elif item.startswith("part="):
            g, n = _literal_features(item[5:])
            out.append((item[5:], "f" if item.endswith(("ة", "ه")) else g, n, True, False))
        elif item.startswith("part:"):
            stem = item[5:]
            out += [(stem + suf, g, n, True, False) for suf, (g, n) in _PART.items()]
        else:
            g, n = _literal_features(item)
            out.append((item, g, n, False, False))
    return [o for o in out if norm_key(o[0]) not in drop]


class CueLexicon:
    def __init__(self, paths: Sequence[Path]) -> None:
        self.forms: dict[str, CueForm] = {}
        literals: set[str] = set()

        def literal(form: str, cell: str) -> bool:
            return form in split_forms(cell) or f"part={form}" in split_forms(cell)

        # lookup() answers, memoized: every token is looked up, by several stages, and news repeats words
        self._memo: dict[tuple[str, str], tuple[CueForm, str] | None] = {}
        self.lemmas: dict[str, CueForm] = {}  # verb lemma key -> its base form, for an analyzer's lemmas
        for path in paths:
            for line, row in read_tsv(path, ("lemma", "kind", "forms")):
                kind = row["kind"]
                if kind not in KINDS:
                    raise LexiconError(path, line, f"kind {kind!r} is not one of {', '.join(KINDS)}")
                if not row["lemma"] or not row["forms"]:
                    raise LexiconError(path, line, "lemma and forms must not be empty")
                content = tuple(norm_key(c) for c in split_forms(row.get("content", "")))
                requires = tuple(norm_key(c) for c in split_forms(row.get("requires", "")))
                written = set(split_forms(row["forms"]))
                for form, gender, number, participle, present in expand(row["forms"]):
                    if not present and not participle and form in written and form[:1] in ("ي", "ت", "ن"):
                        # a present form written out (irregular verbs: «يدين», «تدين»): its other person
                        # is written too, where a past form in ت or ن has none («تمنت», «نفى»)
                        present = ("ت" if form[0] == "ي" else "ي") + form[1:] in written
                    k = kind
                    if kind == "verb" and participle:
                        k = "participle"
                    key = norm_key(form)
                    if " " in key or not key:
                        raise LexiconError(path, line, f"form {form!r} must be one word")
                    entry = CueForm(row["lemma"], k, gender, number, content, requires, present)
                    # a form written out in the file outranks one a generator made for another lemma:
                    # the literal «نقلا» (according to) over the dual of نقل
                    if key not in self.forms or (literal(form, row["forms"]) and key not in literals):
                        self.forms[key] = entry
                    if literal(form, row["forms"]):
                        literals.add(key)
                if kind == "verb":
                    self.lemmas.setdefault(norm_key(row["lemma"]), CueForm(row["lemma"], kind, "", "", content,
                                                                          requires))

    # The two memos below are made on first use (the lexicon is built, or unpickled, without them) and
    # then kept in the instance's __dict__ (cached_property): asked for in the per-token scans, they
    # are read as a plain attribute, where a property would call its getter every time.

    @cached_property
    def may_be_cue(self) -> KeyMemo:
        """Token key -> whether a token with that key may be a cue, whatever its surface: the surface
        only ever turns a hit of lookup() into None, so lookup(key) is None rules out every token."""
        return KeyMemo(self._some_cue)

    def _some_cue(self, key: str) -> bool:
        return self.lookup(key) is not None

    @cached_property
    def verb_keys(self) -> KeyMemo:
        """Token key -> whether its cue form, read without a surface, is a verb: a reporting verb ends
        a subject scan, a participle or noun form (منتقدين) may be the subject. The scans of the
        subject and report rules ask it per token: a dict probe, not a call."""
        return KeyMemo(self._verb_cue)

    def _verb_cue(self, key: str) -> bool:
        found = self.lookup(key)
        return found is not None and found[0].kind == "verb"

    def lookup(self, key: str, surface: str = "") -> tuple[CueForm, str] | None:
        """The cue form of a token key, trying it bare, without proclitics, and without object pronouns.

        `surface`, the token as written, keeps nouns out of the pronoun rule: the key folds ة into ه, so
        إضافة "addition" would read as أضاف+ه "he added it"; and إشادته is a masdar (إ), not أشاد+ت+ه."""
        memo = self._memo
        found = memo.get((key, surface), _MISS)
        if found is _MISS:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            found = memo[key, surface] = self._lookup(key, surface)
        return found

    def _lookup(self, key: str, surface: str) -> tuple[CueForm, str] | None:
        forms = self.forms
        hit = forms.get(key)
        if hit is not None:
            return hit, key
        stems = [key]
        # (a word that opens with none of the proclitics' letters has no other stem: most words)
        for pre in _VERB_PROCLITICS if key[:1] in _VERB_PROCLITIC_INITIALS else ():
            # a stem of two letters behind the future's س is more often a word of its own: سعد (not س + عد);
            # behind و/ف it is the verb: وحث، ورد
            if key.startswith(pre) and len(key) - len(pre) >= (2 if pre[0] in "وف" else 3):
                stem = key[len(pre):]
                hit = forms.get(stem)
                if hit is not None:
                    return hit, stem
                stems.append(stem)
        if surface.endswith("\u0629") or "\u0625" in surface[:3]:  # TEH MARBUTA; ALEF WITH HAMZA BELOW
            return None
        for stem in stems:
            if not stem.endswith(_ENCLITICS):
                continue  # (one test for the five endings first: most stems have none)
            for suf in _ENCLITICS:
                if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                    hit = forms.get(stem[: -len(suf)])
                    if hit is not None and hit.kind == "verb" and hit.number != "du":
                        # (a dual and a pronoun is rarer than the noun it spells: «ذكراه», his memory)
                        return hit, stem[: -len(suf)]
        return None


@lru_cache(maxsize=8)
def load_cues(extra: tuple[Path, ...] = ()) -> CueLexicon:
    paths = (data_path("cues.tsv"), *extra)
    return cached_build("cues", CueLexicon, paths, lambda: CueLexicon(paths))


def find_cues(tokens: Sequence[Token], lexicon: CueLexicon,
              analyze: Callable[[str], list[tuple[str, str, str, str]]] | None = None,
              candidates: Sequence[int] | None = None) -> list[CueHit]:
    """Every token whose form is a reporting cue, with its features; context filters come later.

    `analyze` (camel-tools' analyzer, see backends/morphology.py) reads a word the lexicon does not
    know as (lemma key, pos, gender, number); a verb reading of a cue verb's lemma makes it a cue, so
    «أن يؤكدوا» finds أكد though `pres:ؤكد` does not generate that subjunctive. A word that also reads
    as a proper noun is left alone. `candidates`, if given, are token indices in order, among them every
    token whose key may be a cue (Paragraph.marked); without an analyzer only those are looked up."""
    hits = []
    memo, lookup = lexicon._memo, lexicon.lookup  # lookup()'s memo read here: this is once per token
    if analyze is None:
        # only the tokens whose key may be a cue: among the candidates, or by a scan in C (text.where)
        may_be_cue = lexicon.may_be_cue
        if candidates is None:
            tokens = [tokens[i] for i in where(may_be_cue.__getitem__, [tok.key for tok in tokens])]
        else:
            tokens = [tokens[i] for i in candidates if may_be_cue[tokens[i].key]]
    for tok in tokens:
        found = memo.get((tok.key, tok.text), _MISS)
        if found is _MISS:
            found = lookup(tok.key, tok.text)
        if found is not None:
            hits.append(CueHit(tok.index, found[0], found[1]))
        elif analyze is not None and len(tok.key) > 2 and tok.key.isalpha():
            readings = analyze(tok.text)
            verb = next((r for r in readings if r[1] == "verb" and r[0] in lexicon.lemmas), None)
            if verb is not None and not any(r[1] == "noun_prop" for r in readings):
                form = replace(lexicon.lemmas[verb[0]], gender=verb[2], number=verb[3])
                hits.append(CueHit(tok.index, form, tok.key))
    return hits
