"""The stanza backend: a dependency parse and NER over diplo's own tokens, where the rules are weakest.

The rules find a verb's subject by position (verb-subject «قال وزير الخارجية ...», subject-verb «لكن
الرئيس شدد»); a parse finds it by function. For a cue verb the backend offers

- the speaker: the subtree of the verb's `nsubj`, «أكد [وزير الخارجية الروسي سيرغي لافروف] أن ...»;
- the content: the subtree of its clausal complement (`ccomp`, `xcomp`), «قال [إن الجانبين ...]»;
- names the gazetteer does not know: a PER/ORG entity over the subject is taken as a name.

Everything below `StanzaBackend` is a pure function over a stanza `Document` whose tokens are diplo's
tokens in order (one sentence list per diplo sentence, `tokenize_pretokenized`), so it is tested on
Documents read from CoNLL-U without any model. The rules remain the fallback for whatever the parse
does not give.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import BackendUnavailable
from ..model import Token
from ..speakers import Mention, MentionParser

_SENTENCE_END = {".", "!", "?", "؟", "…"}
_SUBJECT = {"nsubj", "nsubj:pass", "csubj"}
_COMPLEMENT = {"ccomp", "xcomp"}


@dataclass(frozen=True, slots=True)
class Parse:
    """The parse of one paragraph, by diplo token index. A token split into several words (clitics)
    is represented by its word whose head lies outside the token."""

    heads: tuple[int, ...]  # token index of the head, -1 for a root
    deprels: tuple[str, ...]
    upos: tuple[str, ...]
    ner: tuple[str, ...]  # BIOES/BIO tag, "O" outside entities


def sentences_of(tokens: Sequence[Token]) -> list[list[str]]:
    """diplo tokens as stanza's pretokenized input: one list of words per sentence."""
    out: list[list[str]] = []
    cur: list[str] = []
    for t in tokens:
        cur.append(t.text)
        if t.text in _SENTENCE_END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def parse_of(doc, n_tokens: int) -> Parse | None:
    """The token-level parse of a stanza Document, or None if its tokens are not diplo's `n_tokens`."""
    heads: list[int] = []
    deprels: list[str] = []
    upos: list[str] = []
    ner: list[str] = []
    base = 0
    for sent in doc.sentences:
        word_token: dict[int, int] = {}
        for k, tok in enumerate(sent.tokens):
            for w in tok.words:
                word_token[w.id] = base + k
        for k, tok in enumerate(sent.tokens):
            me = base + k
            main = next((w for w in tok.words if word_token.get(w.head) != me), tok.words[0])
            heads.append(word_token.get(main.head, -1) if main.head else -1)
            deprels.append(main.deprel or "")
            upos.append(main.upos or "")
            ner.append(tok.ner or "O")
        base += len(sent.tokens)
    if base != n_tokens:
        return None
    return Parse(tuple(heads), tuple(deprels), tuple(upos), tuple(ner))


def subtree_span(parse: Parse, i: int) -> tuple[int, int]:
    """[start, end) of the tokens i dominates, without punctuation at its edges."""
    members = {i}
    grew = True
    while grew:
        grew = False
        for t, h in enumerate(parse.heads):
            if h in members and t not in members:
                members.add(t)
                grew = True
    a, b = min(members), max(members) + 1
    while a < b - 1 and parse.upos[a] == "PUNCT":
        a += 1
    while b > a + 1 and parse.upos[b - 1] == "PUNCT":
        b -= 1
    return a, b


def _child(parse: Parse, i: int, rels: set[str]) -> int | None:
    for t, h in enumerate(parse.heads):
        if h == i and parse.deprels[t] in rels:
            return t
    return None


def subject_span(parse: Parse, i: int) -> tuple[int, int] | None:
    """The nominal subject of the verb at token i, as a token span: «قال [المتحدث باسم الكرملين
    دميتري بيسكوف] إن ...» and «لكن [الرئيس الأميركي] شدد». A cue verb conjoined to an earlier one
    («قال وأضاف») shares that verb's subject."""
    s = _child(parse, i, _SUBJECT)
    if s is None and parse.deprels[i] == "conj" and parse.heads[i] >= 0:
        s = _child(parse, parse.heads[i], _SUBJECT)
    return None if s is None else subtree_span(parse, s)


def content_span(parse: Parse, i: int) -> tuple[int, int] | None:
    """The clausal complement of the verb at token i, with its complementizer: «قال [إن ...]»."""
    c = _child(parse, i, _COMPLEMENT)
    return None if c is None else subtree_span(parse, c)


def entities(parse: Parse) -> list[tuple[int, int, str]]:
    """(start, end, type) of the NER entities, from BIOES or BIO tags."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for t, tag in enumerate((*parse.ner, "O")):
        pos, _, typ = tag.partition("-")
        if start >= 0 and (pos in ("O", "B", "S") or typ != kind):
            out.append((start, t, kind))
            start = -1
        if pos in ("B", "S") or (pos in ("I", "E") and start < 0):
            start, kind = t, typ
        if pos in ("E", "S") and start >= 0:
            out.append((start, t + 1, kind))
            start = -1
    return out


def entity_mention(parse: Parse, start: int, end: int) -> Mention | None:
    """A PER or ORG entity that opens the span [start, end), as a name the gazetteer does not know."""
    for a, b, kind in entities(parse):
        if a == start and b <= end and kind in ("PER", "PERS", "PERSON", "ORG", "ORGANIZATION"):
            if kind.startswith("PER"):
                return Mention(a, b, "person", (a, b), None, None, "", "", "")
            return Mention(a, b, "institution", None, None, None, "", "", "")
    return None


def better_subject(parse: Parse, parser: MentionParser, i: int, rule: Mention | None) -> Mention | None:
    """The parse's subject of the cue verb at i when it differs from the rule's guess `rule`, read with
    the rules' own MentionParser (so roles, institutions and known people resolve as usual), else an
    NER name; None when the parse agrees, gives no subject, or its subject reads as nothing.

    «أكد [الوزير] الذي التقى نظيره الفرنسي كاترين كولونا أن ...»: by position the rules may stop at the
    nearest name, the parse's nsubj is the minister."""
    span = subject_span(parse, i)
    if span is None:
        return None
    a, b = span
    if rule is not None and rule.start == a:
        return None
    m = parser.parse(a, b)
    if m is None:
        m = entity_mention(parse, a, b)
    if m is None or (rule is not None and (m.start, m.end) == (rule.start, rule.end)):
        return None
    return m


class StanzaBackend:
    """A loaded stanza pipeline; parses each paragraph once (the last paragraph is cached)."""

    name = "stanza"

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self._last: tuple[Sequence[Token], Parse | None] | None = None

    def parse(self, tokens: Sequence[Token]) -> Parse | None:
        if self._last is not None and self._last[0] is tokens:
            return self._last[1]
        parse = parse_of(self.nlp(sentences_of(tokens)), len(tokens)) if tokens else None
        self._last = (tokens, parse)
        return parse

    def subject(self, parser: MentionParser, i: int, rule: Mention | None) -> Mention | None:
        parse = self.parse(parser.tokens)
        return None if parse is None else better_subject(parse, parser, i, rule)

    def content(self, tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
        parse = self.parse(tokens)
        return None if parse is None else content_span(parse, i)


@lru_cache(maxsize=2)
def _load(model_dir: Path) -> StanzaBackend:
    from . import stanza_problem

    problem = stanza_problem(model_dir)
    if problem is not None:
        raise BackendUnavailable(problem)
    import stanza

    processors = "tokenize,pos,lemma,depparse" + (",ner" if (model_dir / "ar" / "ner").is_dir() else "")
    try:
        nlp = stanza.Pipeline("ar", dir=str(model_dir), processors=processors, tokenize_pretokenized=True,
                              download_method=None, logging_level="WARN")
    except FileNotFoundError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BackendUnavailable(f"stanza Arabic models in {model_dir} are incomplete ({first}); on a machine "
                                 f"with internet run: python -c \"import stanza; stanza.download('ar', "
                                 f"model_dir='{model_dir}')\"") from exc
    return StanzaBackend(nlp)


def load_stanza_backend(stanza_dir: str | Path | None = None) -> StanzaBackend:
    """The stanza backend, built once per process and model folder."""
    from . import stanza_model_dir

    return _load(stanza_model_dir(stanza_dir))
