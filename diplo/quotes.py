"""Content spans: direct quotes, indirect أن/إن clauses, and mixed ones.

Quotation marks are paired per paragraph: «» and “” by direction, straight " and ' by alternation.
An unpaired opening mark runs to the end of its paragraph, so a runaway quote never swallows the
document and never raises.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from .model import Quote, Token, fast_init
from .text import norm_key

if TYPE_CHECKING:
    from .cues import CueHit, CueLexicon
    from .pipeline import Paragraph
    from .speakers import MentionParser

_OPEN_CLOSE = {"«": "»", "“": "”", "‹": "›", "„": "“"}
_CLOSERS = {"»", "”", "›"}
_STRAIGHT = {'"', "＂"}
QUOTE_CHARS = set(_OPEN_CLOSE) | _CLOSERS | _STRAIGHT | {"'"}
_MARKS = set(_OPEN_CLOSE) | _CLOSERS | _STRAIGHT  # the marks quote_regions pairs
_MISS = object()

SENTENCE_END = {".", "!", "?", "؟", ";", "؛", "…"}
COMMAS = {"،", ",", "-", "–", "—"}
_CONTENT_MAX_TOKENS = 160
_CLAUSE_MARKS = SENTENCE_END | COMMAS
# prepositions that open a circumstance of the speech act (في مؤتمر صحفي، خلال لقائه، عبر تويتر)
_CIRCUMSTANTIAL = {"في", "خلال", "عبر", "امام", "لدي", "عقب", "اثناء", "بعد", "قبل", "ضمن"}


@fast_init
@dataclass(frozen=True, slots=True)
class QuoteRegion:
    open: int  # token index of the opening mark
    close: int  # token index of the closing mark, or len(tokens) when unbalanced


def quote_regions(tokens: Sequence[Token], candidates: Sequence[int] | None = None) -> list[QuoteRegion]:
    """Paired quotation marks of a paragraph, outermost first, in order. `candidates`, if given, are
    token indices in order, among them every token whose key is a quotation mark's (Paragraph.marked):
    only those are tested."""
    regions: list[QuoteRegion] = []
    stack: list[tuple[str, int]] = []
    n = len(tokens)
    # the marks are few: find them first, in one pass that does nothing else
    for k in [k for k in (range(n) if candidates is None else candidates) if tokens[k].text in _MARKS]:
        tok = tokens[k]
        t = tok.text
        if t in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[t], tok.index))
        elif t in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == t:
                    regions.append(QuoteRegion(stack[depth][1], tok.index))
                    del stack[depth:]
                    break
        elif t in _STRAIGHT:
            # a mark glued to the word before it and not to the word after it closes a quote: web
            # copy often closes «... with " («الوصول السريع ودون عقبات" للمساعدات)
            closes = k > 0 and tokens[k - 1].end == tok.start and (k + 1 == n or tokens[k + 1].start > tok.end)
            if stack and stack[-1][0] == t:
                regions.append(QuoteRegion(stack.pop()[1], tok.index))
            elif stack and closes and stack[-1][0] in _CLOSERS:
                regions.append(QuoteRegion(stack.pop()[1], tok.index))
            else:
                stack.append((t, tok.index))
    # An unclosed straight quote is as likely to be a stray mark as an opener: it covers nothing.
    regions += [QuoteRegion(i, n) for close, i in stack if close not in _STRAIGHT]
    regions.sort(key=lambda r: (r.open, -r.close))
    return regions


def inside_map(regions: Sequence[QuoteRegion], n: int) -> list[int]:
    """For each token, the index of the innermost region it lies strictly inside, or -1."""
    where = [-1] * n
    for k, r in enumerate(regions):
        # (outer regions come first: an inner one writes over them; one slice, not a store per token)
        end = r.close if r.close < n else n
        if end > r.open + 1:
            where[r.open + 1:end] = [k] * (end - r.open - 1)
    return where


class ContentReader:
    """Where the content of a cue starts and ends, given the lexicons: past the subject and the
    circumstances of the speech act to a quote, an أن/إن clause or the cue's preposition, and on to
    where the attribution ends (a following «according to», a participle, فيما/في حين, the sentence)."""

    def __init__(self, cues: CueLexicon, function_words: dict[str, set[str]]) -> None:
        self.cues = cues
        self.fw = function_words

    def skip_adjuncts(self, p: Paragraph, j: int) -> int:
        """Past adverbs, time words and commas that stand between a verb and its subject:
        «وأعلنت، الثلاثاء، الرئاسة» / «أكد أيضا» / «من جانبه، أكد»."""
        n = len(p.tokens)
        while j < n:
            classes = self.fw.get(p.parser.keys[j], ())
            if p.tokens[j].text in COMMAS or "time" in classes or "adverb" in classes or \
                    p.parser.keys[j] in ("به", "بها") and j + 1 < n:  # «حسب ما أفاد به بيان للرئاسة»
                j += 1
            elif p.parser.keys[j] in _TIME_HEADS and j + 1 < n and p.parser.keys[j + 1].startswith("ال"):
                j += 2  # «أفاد مطلع الأسبوع», «أعلن منتصف الشهر»
            elif p.parser.keys[j].startswith("ل") and (outlet := p.parser.gaz.named_forms.match(p.parser.keys, j)) \
                    and outlet[2] and j + outlet[0] < n:
                j += outlet[0]  # «أعلنت للسومرية نيوز وزارة النفط»: the outlet spoken to
            elif p.tokens[j].text in ("ل", "لـ") and j + 1 < n and p.tokens[j + 1].text in QUOTE_CHARS:
                # «كشفت لـ«عكاظ» مصادر مطلعة»: the outlet the source spoke to
                close = next((k for k in range(j + 2, min(n, j + 8)) if p.tokens[k].text in QUOTE_CHARS), None)
                if close is None:
                    break
                j = close + 1
            else:
                break
        return j

    def opens_content(self, h: CueHit, p: Paragraph, j: int) -> bool:
        key = p.parser.keys[j]
        t = p.tokens[j].text
        classes = self.fw.get(key, ())
        if t in QUOTE_CHARS or t in (":", "."):
            return True
        if "complementizer" in classes or "preposition" in classes:
            return True
        for c in h.form.content:  # (a loop, not any() over a generator: this is asked at every verb)
            if key == c or len(c) == 1 and key.startswith(c) and len(key) > 3 and not _named_as_written(p.parser, j):
                return True
        return False

    def find_content(self, text: str, h: CueHit, p: Paragraph, j: int, regions) -> Quote | None:
        """The content after the cue and its subject: a quote, an أن/إن clause, a prepositional
        complement (شدد على ...، دعا إلى ...), or the object up to the end of the clause."""
        toks, parser, keys = p.tokens, p.parser, p.parser.keys
        n = len(toks)
        start = None
        char_skip = 0
        glued = False
        j = self.skip_adjuncts(p, j)  # «اقترح بايدن، اليوم الثلاثاء، ...»
        k = j
        fallback = j
        window = n if n < j + 20 else j + 20
        # the cue's one-letter particles (بـ after طالب), and the keys that may be cues: asked per token
        singles = tuple(c for c in h.form.content if len(c) == 1)
        may_be_cue = self.cues.may_be_cue
        while k < window:
            t, key = toks[k].text, keys[k]
            cls = self.fw.get(key, ())
            if t in SENTENCE_END:
                break
            if (key in _CIRCUMSTANTIAL or k > 0 and toks[k - 1].text in COMMAS and (
                    k > j and (found := self.cues.lookup(key, t)) is not None and found[0].kind == "according_to"
                    or k + 1 < n and "formula" in self.fw.get(f"{key} {keys[k + 1]}", ()))) and k + 1 < n:
                # (and «، طالبا عدم ذكر اسمه،»: a formula between commas)
                # «، في تغريدة على تويتر، ضرورة ...»: a circumstance between commas holds no content
                close = next((x for x in range(k + 1, min(n, k + 16)) if toks[x].text in COMMAS
                              or toks[x].text in QUOTE_CHARS or toks[x].text == ":" or keys[x] in h.form.content
                              or "complementizer" in self.fw.get(keys[x], ()) or toks[x].text in SENTENCE_END), None)
                if close is not None and toks[close].text in SENTENCE_END:
                    close = None  # «أكد الوزير في مؤتمر صحفي. وقال ... إن»: not into the next sentence
                if close is not None and (k == j or toks[k - 1].text in COMMAS):
                    k = close
                    if toks[close].text in COMMAS:
                        fallback = close + 1
                    continue
            if t in QUOTE_CHARS and k > 0 and toks[k - 1].text in ("ل", "لـ") and k + 1 < n:
                # «... لـ«الشرق الأوسط» أن ...»: the outlet spoken to, not the words
                close = next((x for x in range(k + 1, min(n, k + 8)) if toks[x].text in QUOTE_CHARS), None)
                if close is not None:
                    k = close + 1
                    continue
            if t in QUOTE_CHARS and k + 1 < n:
                # «على قناتها في "تلغرام" أن ...»: a quoted name before the clause is not the content
                close = next((x for x in range(k + 1, min(n, k + 5)) if toks[x].text in QUOTE_CHARS), None)
                after = close + 2 if close is not None and close + 2 < n and toks[close + 1].text in COMMAS \
                    else (close + 1 if close is not None else n)
                if close is not None and after < n and (toks[after].text == ":" or "complementizer" in
                                                        self.fw.get(keys[after], ())):
                    k = after  # (and «عبر صفحتها على «فيسبوك»، أن ...»)
                    continue
            if t in QUOTE_CHARS:
                start = k
                break
            if t == ":":
                start = k + 1
                break
            if "complementizer" in cls:
                start = k + 1
                break
            if key in h.form.content:
                start = k + 1
                # «مشيرا إلى أن ...»: the clause after أن is the content
                if start < n and "complementizer" in self.fw.get(keys[start], ()):
                    start += 1
                break
            if singles and key.startswith(singles) and len(key) > 3 \
                    and not parser.gaz.country_name.match(keys, k, clitics=False):  # «في بيروت»: no بـ
                start, glued = k, True  # the particle is glued to the word, which stays whole: «بوقف القصف»
                break
            if k > j and may_be_cue[key]:
                break
            k += 1
        if start is not None and (start > j + 1 or glued and start > j) and h.form.kind == "verb" \
                and "object_first" in self.fw.get(norm_key(h.form.lemma), ()) \
                and toks[start - 1].text not in QUOTE_CHARS and toks[start - 1].text != ":" \
                and not any(parser.is_punct(x) for x in range(j, start - 1)) \
                and not ((obj := parser.parse(j, start)) is not None and obj.role_span is not None
                         and obj.name_span is None and parser.name_like(j - 1)):
            # «اتهم كير مشار بالتخطيط للانقلاب»، «دعت ميركل الحكومة التركية إلى عدم التخلي»: after a
            # verb, the one accused or urged is part of what was said (after a participle, «داعيا موسكو
            # إلى خفض التوترات», the press and the gold keep only what they are urged to; and in «طالب
            # مسعود البارزاني رئيس إقليم كردستان العراق بوقف القصف» the role after a name is the speaker's)
            start = j
        if start is None:
            start = fallback
        while start < n and toks[start].text in COMMAS:
            start += 1
        if start + 1 < n and "complementizer" in self.fw.get(keys[start], ()):
            start += 1  # a clause met past the window: «... للشؤون السياسية، خلال مؤتمر صحفي، إن ...»
        if start >= n:
            return None
        if toks[start].text in QUOTE_CHARS:
            for r in regions:
                if r.open == start:
                    end = r.close
                    trailing = end + 1 < n and not parser.is_punct(end + 1) and toks[end + 1].text not in QUOTE_CHARS
                    if r.close < n and not trailing and end > start + 1:
                        return make_quote(text, toks, start + 1, end, "direct", marked=p.marked)
                    break
        end = self.clause_end(h, p, start, regions)
        if end <= start:
            return None
        q = make_quote(text, toks, start, end, None, char_skip, p.marked)
        return q

    def clause_end(self, h: CueHit, p: Paragraph, start: int, regions=None) -> int:
        """Where the content that starts at `start` ends: the sentence end; «وذلك» (a comment of the
        writer's); after a comma, a boundary word (فيما، في حين), a hypothetical, or a reporting verb or
        participle (، أجاب كيري / ، مشيرا); an «according to» marker after a comma; a circumstantial
        participle (معتبرا) anywhere."""
        toks, keys = p.tokens, p.parser.keys
        if regions is None:
            regions = quote_regions(toks)
        n = len(toks)
        closes = {r.open: r.close for r in regions}
        memo, may_be_cue = self.cues._memo, self.cues.may_be_cue
        k = start
        limit = n if n < start + _CONTENT_MAX_TOKENS else start + _CONTENT_MAX_TOKENS
        # every test below is of a token that may end a clause or open a quote: the others are passed
        for x in _scan(p.parser, start, limit):
            if x < k:
                continue  # inside a quote passed over
            k = x
            t, key = toks[k].text, keys[k]
            if k in closes and closes[k] < n:
                k = closes[k] + 1
                continue
            if t in _CLAUSE_MARKS:  # one set probe for the punctuation tests
                if t in SENTENCE_END:
                    return k
                if t in COMMAS and k + 1 < n:
                    nk = keys[k + 1]
                    cls = self.fw.get(nk, set()) | self.fw.get(f"{nk} {keys[k + 2]}" if k + 2 < n else "", set())
                    nxt = self.cues.lookup(nk, toks[k + 1].text)
                    if "boundary" in cls and nk not in ("الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "حتي", "او") \
                            or "hypothetical" in cls or nxt is not None and nxt[0].kind != "noun":
                        return k
            elif k > start and key == "وذلك":
                return k
            # a word whose key is no cue needs no lookup (one probe of the key)
            if k > start and may_be_cue[key]:
                found = memo.get((key, t), _MISS)  # lookup()'s memo first
                if found is _MISS:
                    found = self.cues.lookup(key, t)
                if found is not None and (found[0].kind == "according_to" and keys[k - 1] in ("،", ",") or
                                          found[0].kind == "participle" and found[0].gender == "m"
                                          and found[0].number == "sg"
                                          and "auxiliary" not in self.fw.get(keys[k - 1], ())):  # «كان متوقعا»
                    return k
        return k if k > limit else limit  # (past the limit when a quote that opened before it ends after it)


def make_quote(text: str, toks: Sequence[Token], a: int, b: int, kind: str | None = None,
                char_skip: int = 0, marked: Sequence[int] | None = None) -> Quote | None:
    """The content over tokens [a, b), trimmed of outer punctuation, as an offset-true span.
    `marked`, if given, are token indices in order, among them every quotation mark's
    (Paragraph.marked): only those are tested for one."""
    while a < b and (toks[a].text in COMMAS or toks[a].text in SENTENCE_END):
        a += 1
    while b > a and (toks[b - 1].text in COMMAS or toks[b - 1].text in SENTENCE_END or toks[b - 1].text == ":"):
        b -= 1
    # the marks inside, found once for the tests below (a content runs to 160 tokens)
    within = range(a, b) if marked is None else islice(marked, bisect_left(marked, a), bisect_left(marked, b))
    marks = [k for k in within if toks[k].text in QUOTE_CHARS]
    # a lone mark at either edge belongs to a quote that opened or closes outside the content:
    # «بايدن "شدد على دعم ... أراضيها"»: the content of شدد ends before the mark
    if b > a and len(marks) % 2:
        if toks[b - 1].text in QUOTE_CHARS:
            b -= 1
        elif toks[a].text in QUOTE_CHARS:
            a += 1
            char_skip = 0
    if b <= a:
        return None
    start, end = toks[a].start + char_skip, toks[b - 1].end
    # quotation marks that open or close the whole content are not part of it
    if kind is None:
        marks = [k for k in marks if a <= k < b]
        if toks[a].text in QUOTE_CHARS and toks[b - 1].text in QUOTE_CHARS and not any(
                a < k < b - 1 for k in marks):
            start, end, kind = toks[a].end, toks[b - 1].start, "direct"
        else:
            kind = "mixed" if marks else "indirect"
    if end <= start:
        return None
    return Quote(text[start:end], kind, start, end)


def clause_limit(parser: MentionParser, j: int, n: int) -> int:
    """Where a subject noun phrase must end: before a complementizer, a quote, a colon or a sentence end."""
    tokens, keys, fw = parser.tokens, parser.keys, parser.fw
    k = j
    # every test below is of a token that may end a phrase: the others are passed
    for x in _scan(parser, j, n):
        if x < k:
            continue  # inside a quoted name passed over
        k = x
        t = tokens[k].text
        if t in _PHRASE_STOPS:  # one set probe for the punctuation tests
            if t in QUOTE_CHARS and _names_an_organisation(parser, k, n):
                # «حركة «حماس» إن ...»: the quoted name belongs to the noun phrase
                k = next(x for x in range(k + 1, min(n, k + 7)) if tokens[x].text in QUOTE_CHARS) + 1
                continue
            return k
        if "complementizer" in fw.get(keys[k], ()):
            if t == "فان" and j < k and k + 1 < n and parser.name_like(k - 1) and parser.name_like(k + 1) \
                    and not keys[k + 1].startswith("ال"):
                continue  # «ماريا فان كيرخوف»: a particle of a European name, not فإن without its hamza
            return k
    return k if k > n else n


def _scan(parser: MentionParser, j: int, end: int) -> Iterable[int]:
    """The token indices in [j, end) that a scan for the end of a phrase or a clause must test: the
    parser's `stops`, when the statement pass has found them (a few in a sentence), else all of them."""
    stops = parser.stops
    if stops is None:
        return range(j, end)
    return islice(stops, bisect_left(stops, j), bisect_left(stops, end))


_PHRASE_STOPS = QUOTE_CHARS | {":", ".", "؟", "?", "!"}
# the characters at which clause_limit or clause_end stop, or that open a quote they pass over
STOP_CHARS = _PHRASE_STOPS | _CLAUSE_MARKS
# words that open a time phrase with the next: «مطلع الأسبوع», «أواخر العام» (normalized). Not function
# words: «مصدر مطلع» is an informed source
_TIME_HEADS = {"مطلع", "منتصف", "اواخر", "اوايل", "مستهل"}


def _names_an_organisation(parser: MentionParser, k: int, n: int) -> bool:
    """Does the quote opening at k name the organisation whose noun ends just before it, or a known
    organisation and nothing else («الناطق الرسمي باسم «اليونيفيل» أندريا تيننتي»)?"""
    if k + 1 < n and (named := parser.gaz.named_forms.match(parser.keys, k + 1)) and k + 1 + named[0] < n \
            and parser.tokens[k + 1 + named[0]].text in QUOTE_CHARS:
        return True
    heads = (r for back in (1, 2) if k - back >= 0 and (r := parser.roles_at(k - back)) and r[0] == back)
    if not any(r[1].kind == "organisation" for r in heads):
        return False
    return any(parser.tokens[x].text in QUOTE_CHARS for x in range(k + 2, min(n, k + 7)))


def sentence_start(parser: MentionParser, i: int) -> int:
    k = i
    while k > 0 and parser.tokens[k - 1].text not in SENTENCE_END:
        k -= 1
    return k


def _named_as_written(parser, j: int) -> bool:
    """Does token j open a known name as it stands, its first letter no particle: «رحبت بعثة الأمم
    المتحدة» (the mission, not بـ + عثة)?"""
    g, keys = parser.gaz, parser.keys
    for index in (g.named_forms, g.body_forms):
        if keys[j] not in index.no_phrase and (found := index.match(keys, j)) and found[2] == 0:
            return True
    return False
