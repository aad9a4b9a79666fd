"""The extraction pipeline: it holds the loaded lexicons and orders the stages.

Per document: paragraphs -> tokens -> a pass that learns who is who (role + name appositions) ->
cues -> for each cue its speaker, content and institution -> statements, in text order.

`Pipeline` mixes in the rules that live in their own modules: `learning.WhoIsWho` (the who-is-who
pass and the article's country), `filters.ReportFilters` (when a cue word reports) and
`subjects.SubjectRules` (where a reporting verb's subject stands).
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .cues import CueHit, CueLexicon, find_cues, load_cues
from .errors import DiploError
from .institutions import Gazetteer, load_gazetteer
from .lexicon import proclitic_variants
from .filters import ReportFilters
from .learning import WhoIsWho, _entities_country
from .model import Cue, Document, Institution, Role, Span, Speaker, Statement, replace
from .quotes import (COMMAS, QUOTE_CHARS, STOP_CHARS, ContentReader, clause_limit, inside_map, make_quote,
                     quote_regions, sentence_start)
from .coref import (DocState, Resolved, anaphor, antecedent, body_country, clean_name, fullest, latest_first,
                    nested_in, note_body_country, role_key, speaker_gender)
from .names import name_like_word
from .speakers import _BODIES_OF_STATES, Mention, MentionParser, load_function_words
from .subjects import Paragraph, SubjectRules
from .text import KeyMemo, norm_key, paragraphs, preload_tokenizer, tokenize, where

_HEADLINE_MAX_TOKENS = 15
_SECTION_CHARS = 500_000  # a long document is processed in sections of whole paragraphs
_TERMINAL = set(".!?؟:»\"”'…)")


class Pipeline(SubjectRules, WhoIsWho, ReportFilters):
    """Loaded resources and the stages. Build once, then call `extract` or `stream` many times."""

    def __init__(self, lexicons: Sequence[str | Path] = (), backend: str = "rules",
                 home_country: str = "", stanza_dir: str | Path | None = None,
                 morphology_db: str | Path | None = None) -> None:
        extra = tuple(Path(p) for p in lexicons)
        for p in extra:
            if not p.is_file():
                raise DiploError(f"{p}: lexicon file not found")
        self.cues: CueLexicon = load_cues(tuple(p for p in extra if p.name == "cues.tsv"))
        self.gaz: Gazetteer = load_gazetteer(extra)
        self.fw = load_function_words(extra)
        self.content = ContentReader(self.cues, self.fw)
        self._opens_name = KeyMemo(self._may_open_name)  # token key -> may open a person/role mention
        self._marked = KeyMemo(self._marked_key)  # token key -> some scan looks for it (Paragraph.marked)
        self._quote_mark_keys = {norm_key(c) for c in QUOTE_CHARS}
        self._stop = KeyMemo(self._stop_key)  # token key -> a phrase or clause may end there (parser.stops)
        self._stop_keys = {norm_key(c) for c in STOP_CHARS} | {"وذلك"}
        # (text, key) -> whether a token of that word may be part of a name, where the word alone says
        # (MentionParser.name_like reads it first)
        self._name_words = KeyMemo(self._name_word)
        self._country_heads = set(self.gaz.country_adj._first) | set(self.gaz.country_name._first)
        g = self.gaz
        self._name_heads = set().union(*(idx._first for idx in (g.people, g.body_roles, g.roles, g.body_forms,
                                                                 g.named_forms)))
        self.home_country = home_country.upper()
        if backend != "rules":
            from .backends import load_backend

            self.backend = load_backend(backend, stanza_dir)
        else:
            self.backend = None
        from .backends.morphology import find_analyzer

        self.analyze = find_analyzer(morphology_db)  # None unless a camel-tools morphology DB is installed
        # What is loaded now (lexicons, memos, camel-tools' character tables) lives as long as the process.
        # Frozen, the garbage collector no longer walks it at every full collection: its big dicts made
        # those a tenth of extraction time. Forked workers (--jobs) then share its pages untouched.
        preload_tokenizer()
        gc.freeze()

    def stream(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Statement]]]:
        for doc in docs:
            yield doc, self.extract(doc)

    def extract(self, doc: Document) -> list[Statement]:
        """All statements of a document, in text order."""
        return list(self.iter_statements(doc))

    def iter_statements(self, doc: Document) -> Iterator[Statement]:
        """The statements of a document, section by section: a document of many megabytes is read in
        sections of about `_SECTION_CHARS` (whole paragraphs), so its tokens never sit in memory at
        once. Who-is-who carries over from one section to the next."""
        text = doc.text
        spans = list(paragraphs(text))
        keep = _body_paragraphs(text, spans, self._opens_clause)
        state = DocState()
        # the dateline test tokenizes the first paragraphs; the body pass (and the learning pass, for a
        # headline) takes those tokens back rather than splitting the same lines again (a quarter of
        # all tokenizing, in short articles)
        first: dict[tuple[int, int], tuple[list, list[str]]] = {}
        dateline = self._dateline_country(text, spans[:4], keep, first)
        # headlines and captions hold no statements, but they name people: «وزير الخارجية سامح شكري
        # يتحدث خلال اجتماعات سابقة - صورة أرشيفية». Who-is-who learns from them, in text order.
        # (not a scraped lede that a later paragraph repeats: its words are read there)
        aside = [(s, e) for (s, e), body in zip(spans, keep)
                 if not body and (e - s < 200 or text.find(text[s:e].strip(), e) < 0)]
        for section in _sections(spans, keep):
            with _fewer_young_collections():
                self._read_section(doc, section, first, aside, dateline, state)
            yield from state.statements
            state.first_id += len(state.statements)
            state.statements.clear()
            del state.history[:-12]
            del state.entities[:-200]

    def _read_section(self, doc: Document, section: list[tuple[int, int]], first: dict,
                      aside: list[tuple[int, int]], dateline: str, state: DocState) -> None:
        """The statements of a section of whole paragraphs, left in state.statements; the asides it
        reads are taken off the front of `aside`."""
        text = doc.text
        paras = [p for s, e in section if (p := self._paragraph_at(text, s, e, first, state)) is not None]
        if not state.dominant:
            state.dateline = dateline
            state.dominant = self._dominant_country(paras) or dateline
        learnt = paras
        if aside and aside[0][0] < section[-1][1]:
            side = [span for span in aside if span[0] < section[-1][1]]
            del aside[:len(side)]
            learnt = sorted(paras + [p for s, e in side if (p := self._paragraph_at(text, s, e, first, state))],
                            key=lambda p: p.start)
        for p in learnt:
            self._learn_names(text, p, state)
        if not state.dominant:
            state.dominant = _entities_country(state)
        for p in paras:
            self._paragraph(doc, p, state)

    def _paragraph_at(self, text: str, s: int, e: int, first: dict, state: DocState) -> Paragraph | None:
        """The paragraph text[s:e], tokenized (or with the tokens and keys the dateline test left in
        `first`)."""
        toks, keys = first.pop((s, e), (None, None))
        if toks is None:
            toks = tokenize(text, s, e)
        if not toks:
            return None
        parser = MentionParser(toks, self.gaz, self.cues, self.fw, state.names, keys, self._name_words)
        return Paragraph(s, e, toks, parser, where(self._marked.__getitem__, parser.keys))

    def _marked_key(self, key: str) -> bool:
        """Is a token with this key one that a scan of the stages looks for: a country (for the
        article's country), a word that may open a name (the learning pass), a cue, a quotation mark?
        The scans then go over these tokens (a third of them) instead of each over every token."""
        return key in self._country_heads or self._opens_name[key] or self.cues.may_be_cue[key] \
            or key in self._quote_mark_keys

    def _stop_key(self, key: str) -> bool:
        """Can a token with this key end a subject phrase or a clause's content, or open a quote that
        their scans pass over: a punctuation or quotation mark, a complementizer, «وذلك», a word that
        may be a cue? (quotes.clause_limit and ContentReader.clause_end test only these tokens: a
        sentence has a few.)"""
        return key in self._stop_keys or self.cues.may_be_cue[key] or "complementizer" in self.fw.get(key, ())

    def _name_word(self, word: tuple[str, str]) -> object:
        """names.name_like_word for a (text, key) read alone: True or False, or _UNSET when the words
        around a token of it decide."""
        return name_like_word(word[0], word[1], self.fw, self.cues)

    def _opens_clause(self, word: str) -> bool:
        """Is a first word و/ف + a verb or particle (وقال، وفي، فإن), not a name (واشنطن)?"""
        key = norm_key(word)
        return self.cues.lookup(key, word) is not None or key in self.fw or key[1:] in self.fw

    # -- statements --------------------------------------------------------------------------

    def _paragraph(self, doc: Document, p: Paragraph, state: DocState) -> None:
        toks = p.tokens
        n = len(toks)
        found = find_cues(toks, self.cues, self.analyze, p.marked)
        if not found:
            return  # a paragraph without a cue (one in four) has no quotes to pair
        p.parser.stops = where(self._stop.__getitem__, p.parser.keys)
        regions = quote_regions(toks, p.marked)
        inside = inside_map(regions, n)
        hits = [h for h in found if self._is_reporting(h, p, regions, inside)]
        para_statements: list[Statement] = []
        pending_according: list[tuple[CueHit, Mention, int]] = []
        for h in hits:
            if h.form.kind == "according_to":
                src = self._according_source(h, p, state)
                if src is not None:
                    pending_according.append((h, src[0], src[1]))
                continue
            here = toks[h.index].start
            if h.form.kind == "verb" and para_statements and any(
                    o.quote is not None and o.quote.start == here and o.quote.kind == "indirect" for o in para_statements) \
                    and not (h.index > 0 and ("complementizer" in self.fw.get(p.parser.keys[h.index - 1], ())
                                              or toks[h.index - 1].text == ":")):  # («وتابع البيان: أكد ليون أنه»)
                continue  # «أكد الوزيران، خلال مؤتمر صحفي، رفض البلدين …»: the verbal noun the report is about
            st = self._statement(doc, h, p, regions, inside, state, para_statements)
            para_statements.append(st)
        for h, mention, end in pending_according:
            self._according(doc, h, mention, end, p, state, para_statements)
        para_statements.sort(key=lambda s: s.cue.start)
        for st in para_statements:
            st_id = state.first_id + len(state.statements)
            parent = None
            for other in reversed(state.statements):
                if other.cue.start < p.start:
                    break  # statements are in text order: the rest are in earlier paragraphs
                q = other.quote
                if q is not None and q.start <= st.cue.start < q.end and other.cue.start >= p.start:
                    parent = other.id
                    break
            final = Statement(doc.id, st_id, st.cue, st.speaker, st.role, st.institution, st.quote,
                              st.according_to, parent, st.confidence)
            state.statements.append(final)
            if parent is None:
                self._named_after(final, state)
            if final.speaker is not None and parent is None:
                state.history.append(Resolved(final.speaker, final.institution, final.role,
                                              speaker_gender(final)))

    def _named_after(self, st: Statement, state: DocState) -> None:
        """«وقال رئيس الوفد الإيراني المفاوض إن …» then «وأضاف مساعد وزير الخارجية علي باقري كني أن …»:
        a speaker the article gave only an office, followed at once by «وأضاف» and a named person of the
        same country with an office, was that person. The earlier statements of that office, back to
        the last other speaker, take the name."""
        sp = st.speaker
        if sp is None or sp.kind != "person" or sp.resolved_by not in ("mention", "name") or st.role is None \
                or st.institution is None or norm_key(st.cue.lemma) not in _ADDED:
            return
        chain: list[int] = []
        for k in range(len(state.statements) - 2, -1, -1):
            other = state.statements[k]
            if other.parent is not None:
                continue
            o = other.speaker
            if o is None or o.kind not in ("role", "unnamed") or o.resolved_by not in ("mention", "coreference"):
                break
            if chain and o.name != state.statements[chain[-1]].speaker.name:
                break
            chain.append(k)
        if not chain:
            return
        first = state.statements[chain[-1]]
        if first.speaker.resolved_by != "mention" or first.institution is None \
                or first.institution.country != st.institution.country:
            return
        for k in chain:
            other = state.statements[k]
            state.statements[k] = replace(other, speaker=replace(other.speaker, name=sp.name, kind="person"),
                                          institution=st.institution)
        for k, r in enumerate(state.history):
            if r.speaker.name == first.speaker.name and r.speaker.kind == first.speaker.kind:
                state.history[k] = replace(r, speaker=replace(r.speaker, name=sp.name, kind="person"),
                                           institution=st.institution)

    def _according_source(self, h: CueHit, p: Paragraph, state: DocState) -> tuple[Mention, int] | None:
        """The source after وفق/بحسب/نقلا عن, if it is someone who can speak (not «وفق القانون»)."""
        keys, parser = p.parser.keys, p.parser
        n = len(keys)
        j = h.index + 1
        if j < n and keys[j] in ("ل", "عن", "الي") or (j < n and p.tokens[j].text == "لـ"):
            j += 1
        limit = clause_limit(parser, j, n)
        m = parser.parse(j, limit)
        if m is None and j < n and keys[j].startswith(("لل", "ال")) and (j + 1 >= n or parser.is_punct(j + 1)):
            # «وفقا للمفوضية،»: a bare definite noun (behind لـ) names a body the article met
            m = Mention(j, j + 1, "person", (j, j + 1), None, None, "", "", "", None, True,
                        clitic=1 if keys[j].startswith("لل") else 0)
        if m is None:  # «وفق القانون»: no one who can speak
            return None
        if m.start == j and not m.clitic and m.kind != "person" and keys[j][:1] == "ل" and keys[j][1:2] != "ل" \
                and keys[j][1:] in self._name_heads:
            m = replace(m, clitic=1)  # «وفقا لمكتب الرئاسة», «وفقا لهيئة المسح الجيولوجي»: لـ is no part of it
        if m.kind == "person" and m.person is None and m.role_span is None:
            name_key = p.tokens[m.name_span[0]].key
            if m.anaphoric and m.end == m.start + 1:
                # «بحسب المنظمة»: only a body or a person the article named before
                if anaphor(m, p.tokens, state, same=False, body_of=self.gaz.body_of) is None:
                    return None
            elif not any(v in self.gaz.people or v in state.names for v, _ in proclitic_variants(name_key)):
                return None
        return m, m.end

    def _according(self, doc: Document, h: CueHit, m: Mention, end: int, p: Paragraph, state: DocState,
                   para_statements: list[Statement]) -> None:
        toks = p.tokens
        text = doc.text
        span = Span(toks[h.index].start, toks[end - 1].end, text[toks[h.index].start:toks[end - 1].end])
        sent_start = sentence_start(p.parser, h.index)
        carrier = None
        for k, st in enumerate(para_statements):
            if toks[sent_start].start <= st.cue.start < toks[h.index].start and st.according_to is None:
                carrier = k  # «اقترح بايدن ...، وفق البيت الأبيض»: the nearest verb before the marker
        if carrier is None:
            # «ووفقا لوكالة الأنباء القطرية، قال العطية ...»: else the first verb after it in the sentence
            # (right after the source: in «وفقا لشترايتر، فإن داود أوغلو أطلع ...» the verb is content)
            k = end
            while k < len(toks) and toks[k].text in COMMAS:
                k += 1
            carrier = next((x for x, st in enumerate(para_statements) if k < len(toks)
                            and st.cue.start == toks[k].start and st.according_to is None), None)
        speaker, inst, role = self._resolve(text, p, m, state, "source")
        if carrier is not None:
            st = para_statements[carrier]
            para_statements[carrier] = Statement(st.doc, st.id, st.cue, st.speaker, st.role,
                                                 st.institution or inst, st.quote, span, st.parent, st.confidence)
            return
        cue_tok = toks[h.index]
        cue = Cue(cue_tok.text, h.form.lemma, "according_to", cue_tok.start, cue_tok.end)
        q_end = h.index
        while q_end > sent_start and (p.parser.is_punct(q_end - 1)):
            q_end -= 1
        quote = make_quote(text, toks, sent_start, q_end, marked=p.marked) if q_end > sent_start else None
        if quote is None:
            # «وبحسب مصادر دبلوماسية، فإن الوسطاء ...»: the marker opens the sentence, the content follows
            k = end
            while k < len(toks) and (toks[k].text in COMMAS or p.parser.keys[k] in ("فان", "فانه", "فانها", "ان")):
                k += 1
            if k < len(toks):
                quote = make_quote(text, toks, k, self.content.clause_end(h, p, k, quote_regions(toks)),
                                   marked=p.marked)
        para_statements.append(Statement(doc.id, 0, cue, speaker, role, inst, quote, span, None, 0.7))

    def _statement(self, doc: Document, h: CueHit, p: Paragraph, regions, inside, state: DocState,
                   para_statements: list[Statement]) -> Statement:
        text, toks, parser, keys = doc.text, p.tokens, p.parser, p.parser.keys
        n = len(toks)
        i = h.index
        tok = toks[i]
        cue = Cue(tok.text, h.form.lemma, h.form.kind, tok.start, tok.end)
        confidence = 0.9
        mention: Mention | None = None
        after = i + 1
        relayed_from: Mention | None = None
        if h.form.kind == "verb":
            mention, after = self._verb_subject(h, p)
            # relayed speech: «نقلت وكالة X عن Y قوله» is Y's statement
            if h.form.lemma == "نقل":
                k = self.content.skip_adjuncts(p, after)
                # «ونقلت وكالة «باس نيوز» عن ...»: the channel's name may stand before عن
                k = next((x for x in range(k, min(n, k + 8)) if keys[x] in ("عن", "عنه", "عنها")), k)
                if k < n and keys[k] == "عن":
                    relayed_from = parser.parse(k + 1, clause_limit(parser, k + 1, n))
                    if relayed_from is not None and relayed_from.body and not relayed_from.country \
                            and relayed_from.institution is None and mention is not None \
                            and mention.institution is not None and len(mention.institution.country) == 2:
                        # «نقلت وكالة الأنباء الجزائرية عن مصدر بوزارة الشؤون الخارجية»: a national agency
                        # relays its own state's bodies
                        country = mention.institution.country
                        relayed_from = replace(relayed_from, country=country,
                                               institution=self.gaz.institution(country, relayed_from.body))
                    if relayed_from is not None:
                        mention, after = relayed_from, relayed_from.end
                        # «عن الدباشي، الذي يقوم بزيارة ...، قوله إن»: the words come after «قوله»
                        after = next((x + 1 for x in range(after, min(n, after + 16)) if keys[x] in _SAYING), after)
                elif k < n and keys[k] in ("عنه", "عنها"):
                    # «نقلت مواقع تونسية عنه القول»: the person the paragraph just quoted
                    relayed = self._relayed_pronoun("f" if keys[k] == "عنها" else "m", para_statements, state)
                    if relayed is not None:
                        speaker, inst, role = relayed
                        k = next((x for x in range(k + 1, min(n, k + 4)) if keys[x] in _SAYING), k)
                        quote = self.content.find_content(text, h, p, k + 1, regions)
                        return Statement(doc.id, 0, cue, speaker, role, inst, quote, None, None,
                                         0.75 if quote is not None else 0.55)
            if self.backend is not None and relayed_from is None:
                parsed = self.backend.subject(parser, i, mention)  # the cue's nsubj, when it differs
                if parsed is not None:
                    mention, after = parsed, (parsed.end if parsed.start > i else i + 1)
        elif h.form.kind == "noun" and not h.key.startswith("بال"):
            for j in range(i - 1, max(-1, i - 7), -1):
                if keys[j] == "عن":
                    mention = parser.parse(j + 1, i)
                    break

        if mention is not None and mention.end > n:
            mention = None
        if mention is None and (h.form.kind == "participle" or h.form.kind == "verb" and i + 1 < n
                                and keys[i + 1] in ("فيه", "فيها", "خلاله", "خلالها")):
            # (and «وأجرى الوزير اتصالات مع نظرائه، شدد خلالها على …»: the subject of the sentence's verb)
            mention = self._clause_subject(h, p, para_statements)
        elif mention is None and h.form.kind == "verb" and tok.text.startswith("و"):
            mention = self._embedded_subject(h, p)
            if mention is None and i > 0 and toks[i - 1].text in COMMAS:
                # «وكان وزير الخارجية الفرنسي قد زار الجزائر، وصرح عقب ...»: a verb joined mid-sentence
                # to a sentence that reports nothing before it shares that sentence's subject
                mention = self._clause_subject(h, p, para_statements)
        own_country = self._own_country(h, p, para_statements) if mention is None else None
        if mention is not None:
            speaker, inst, role = self._resolve(text, p, mention, state, "mention", para_statements)
            if speaker is None:
                confidence = 0.6
        elif own_country is not None:
            speaker, inst, role = own_country
            confidence = 0.7
        else:
            speaker, inst, role = self._honoured(h, p, state, para_statements) \
                or antecedent(h, state, para_statements)
            if speaker is None:
                # no one has spoken yet: «وأصدرت اللجنة بيانا أكدت فيه» after «اختتمت لجنة الأمم المتحدة
                # ... زيارة»: the last institution or role holder named that agrees
                speaker, inst, role = self._latest_entity(tok.start, h, state)
            confidence = 0.75 if speaker is not None else 0.4
            if h.form.kind == "participle":
                confidence = 0.8 if speaker is not None else 0.4
        topic = self._resumed_topic(h, p)
        words_from = after if after > i else i + 1  # max(after, i + 1), without the call
        quote = make_quote(text, toks, *topic, "indirect", marked=p.marked) if topic is not None else \
            self._quote_before(text, h, p, words_from, regions)
        if quote is None:
            quote = self.content.find_content(text, h, p, words_from, regions)
        if quote is None and self.backend is not None and h.form.kind == "verb":
            span = self.backend.content(toks, i)  # the cue's clausal complement
            quote = make_quote(text, toks, *span) if span is not None else None
        if quote is None:
            confidence -= 0.2
        return Statement(doc.id, 0, cue, speaker, role, inst, quote, None, None,
                         confidence if confidence > 0.1 else 0.1)

    def _resolve(self, text: str, p: Paragraph, m: Mention, state: DocState, how: str,
                 para_statements: Sequence[Statement] = ()) -> tuple[Speaker | None, Institution | None, Role | None]:
        toks = p.tokens
        start, end = toks[m.start].start + m.clitic, toks[m.end - 1].end
        span_text = text[start:end]
        role = None
        if m.role_span is not None:
            r0, r1 = m.role_span
            role = Role(text[toks[r0].start:toks[r1 - 1].end], toks[r0].start, toks[r1 - 1].end)
        inst = m.institution if m.institution is not None else self._pointed_institution(m, start, state)
        if inst is None and m.body and m.person is not None and not m.country and m.person.country \
                and m.person.country not in _BODIES_OF_STATES:  # (a national office, not in the UN)
            # «الزياني وزير الخارجية» in Riyadh: an office without its country is the known person's country's
            inst = self.gaz.institution(m.person.country, m.body)
        if inst is None:
            inst = self._envoy_institution(p, m, start, state)
        if inst is None and m.body:
            country = self._opening_place(p) or self._reporting_agency(p, m.start) \
                or body_country(state, m.body, start, self.home_country)
            inst = self.gaz.institution(country, m.body)
            if inst is None and (seen := state.body_countries.get(m.body)):
                # «بلاغ للديوان الملكي» in an article as much about Washington: the article's country has
                # no such body, the king named later has
                inst = self.gaz.institution(seen[0][1], m.body)
        elif inst is not None and m.body and m.country:
            note_body_country(state, m.body, m.country, start)

        # «المصدر نفسه», «الوزارة», «المتحدث»: point back to the last speaker that fits
        nxt = p.parser.keys[m.end] if m.end < len(toks) else ""
        if nxt in ("نفسه", "ذاته", "نفسها", "ذاتها") or (m.anaphoric and p.tokens[m.start].key not in state.names):
            summit = None
            if m.role_kind == "document" and not m.points_back \
                    and _SUMMIT_DOCUMENTS.intersection(p.parser.keys[m.start:m.end]):
                summit = self._summit(text, start)
            if summit is not None:
                # «وأكد إعلان قازان», «وشدد البيان الختامي»: the organisation whose summit the article reports
                return Speaker(span_text, clean_name(span_text), "institution", start, end, "anaphora"), summit, None
            if m.role_kind == "document" and m.points_back:
                # «بيان صادر عن اللجنة»: the body of that name, not the last one that issued a statement
                issuer = Mention(m.end - 1, m.end, "person", (m.end - 1, m.end), None, None, "", "", "", None, True)
                ante = anaphor(issuer, p.tokens, state, same=False, body_of=self.gaz.body_of)
            else:
                ante = anaphor(m, p.tokens, state, same=nxt in ("نفسه", "ذاته", "نفسها", "ذاتها"),
                               body_of=self.gaz.body_of)
            if ante is None and m.role_kind == "document" and not m.points_back:
                # «وتابع البيان» after «وأضافت البعثة»: the statement of the last institution that spoke
                # (also in this paragraph: «ذكر البيت الأبيض في بيان أن …، ووصف البيان المحادثات»)
                recent = [r for r in state.history[-6:] if r.speaker.start < start] + [
                    Resolved(st.speaker, st.institution, st.role, "") for st in para_statements
                    if st.speaker is not None and st.speaker.start < start and not nested_in(st, para_statements)]
                ante = next((r for r in reversed(recent) if r.speaker.kind == "institution"), None)
            if ante is None and m.end - m.start == 1 and _bare(p.parser.keys[m.start][m.clitic:]) in _ONE_DIPLOMAT \
                    and not _ONE_DIPLOMAT.intersection(p.parser.keys[:m.start]):  # (not «دبلوماسي غربي» just before)
                # «وأضاف الدبلوماسي» after «وزير خارجية النظام السوري فيصل المقداد»: the last diplomat
                # (or an unnamed one met last: «دبلوماسي غربي ... وأوضح الدبلوماسي»)
                gender = "f" if p.parser.keys[m.start].endswith("ه") else "m"
                head = _bare(p.parser.keys[m.start][m.clitic:])
                ante = next((r for r in latest_first(state, start) if r.speaker.kind == "person"
                             and r.gender in ("", gender) and r.institution is not None
                             and self.gaz.body_of(r.institution) == "foreign_ministry"
                             or r.speaker.kind == "unnamed" and _bare(norm_key(r.speaker.name).split()[0]) == head),
                            None)
            if ante is not None:
                sp = ante.speaker
                return Speaker(span_text, sp.name, sp.kind, start, end, "anaphora"), ante.institution, ante.role
        kind = m.kind
        resolved_by = how
        if m.name_span is not None:
            a, b = m.name_span
            name = clean_name(text[toks[a].start + (m.clitic if a == m.start else 0):toks[b - 1].end])
            full = fullest(name, state)
            if full != name:
                resolved_by = "name" if how == "mention" else how
            info = state.person_info.get(norm_key(full))
            if info is not None and full != name and m.person is not None and m.role_span is None \
                    and norm_key(m.person.name) != norm_key(full):
                # «وأوضح شكري» after «وزير المالية شكري بشارة», «وقالت راسموسن» after «آن راسموسن»: the
                # article's Shukri, not the people file's, with the office the article gave, if any
                inst = info[0]
            if info is not None:
                if info[0] is not None and (m.role_span is None and info[3] or m.role_span is not None and not m.country
                                            and m.institution is None):
                    # «شتاينماير» after «وزير الخارجية الألماني فرانك فالتر شتاينماير»; «السفير يوسف» after
                    # «الناطق باسم الرئاسة المصرية السفير علاء يوسف»: a role without its country is the
                    # person's known office, not that body of whichever country came last
                    inst = info[0]
                elif info[0] is not None and inst != info[0] and m.person is not None \
                        and self.gaz.person_institution(m.person) == info[0]:
                    # «نائب الرئيس اليمني خالد بحاح» after «نائب الرئيس اليمني رئيس مجلس الوزراء خالد
                    # محفوظ بحاح»: of a person's two offices, the one the article and the people file share
                    inst = info[0]
                inst = inst or info[0]
                role = role or info[1]
            if m.anaphoric and info is None and full == name and m.kind == "person":
                kind = "unnamed"
            return Speaker(span_text, full, kind, start, end, resolved_by), inst, role
        if kind == "role" or kind == "unnamed" and m.role_kind == "member" and m.institution is None:
            bound = state.role_person.get(role_key(span_text))
            if bound is None and m.role_span is not None \
                    and (r0 := p.parser._skip_titles(m.role_span[0], m.role_span[1])) > m.role_span[0]:
                # «معالي وزير خارجية إيران»: the role without its honorific
                bound = state.role_person.get(role_key(text[toks[r0].start:toks[m.role_span[1] - 1].end]))
            if bound is not None:
                info = state.person_info.get(norm_key(bound))
                if info is not None:
                    # «ورأى وزير الخارجية» after «وزير الخارجية عادل الجبير»: his office, not that
                    # ministry of whichever country the article is set in
                    inst = info[0] if info[0] is not None and not m.country else inst or info[0]
                return Speaker(span_text, bound, "person", start, end, "name"), inst, role
            if m.start + 1 < len(toks) and self.gaz.country_adj.match(p.parser.keys, m.start + 1) or m.end - m.start == 1 \
                    or m.end - m.start == 2 and m.institution is None and not m.country \
                    and p.parser.keys[m.start][m.clitic:].startswith("ال") \
                    or m.country and m.body not in ("", "government") and m.institution is not None:
                # «الوزير الألماني», «المبعوث», «الأمين العام»: a short role points back to its holder;
                # «معالي وزير خارجية إيران»: an office of a country, to the last person who held it
                ante = anaphor(m, p.tokens, state, same=False, body_of=self.gaz.body_of)
                if ante is not None and ante.speaker.kind == "person":
                    return (Speaker(span_text, ante.speaker.name, "person", start, end, "anaphora"),
                            ante.institution or inst, ante.role or role)
        if kind == "unnamed" and m.end - m.start == 1 and m.institution is None:
            # «حذرت مصادر «عكاظ»» after «كشفت مصادر مطلعة»: a bare head is the sources already met
            head = _bare(p.parser.keys[m.start])
            for r in reversed(state.history[-12:]):
                if r.speaker.kind == "unnamed" and \
                        _bare(norm_key(r.speaker.name).split()[0]) == head and " " in r.speaker.name.strip():
                    return Speaker(span_text, r.speaker.name, "unnamed", start, end, "anaphora"), r.institution, role
        head, adjectives = p.parser.keys[m.start][m.clitic:], p.parser.keys[m.start + 1:m.end]
        if kind == "unnamed" and m.role_kind == "official" and head.startswith(("ال", "وال")) \
                and _bare(head) in _ONE_OFFICIAL and len(adjectives) <= 1 \
                and (not adjectives or m.country or _bare(adjectives[0]) in _UN_ADJECTIVES):
            # «وأضافت المسؤولة الأممية» after «القائمة بأعمال رئيسة البعثة ستيفاني خوري»: the official,
            # definite, with at most a country or the UN, is the last one called so, else the last
            # person of that gender (and country, or the UN) who spoke
            ante = anaphor(m, p.tokens, state, same=False, body_of=self.gaz.body_of)
            if ante is not None:
                sp = ante.speaker
                return Speaker(span_text, sp.name, sp.kind, start, end, "anaphora"), ante.institution, ante.role
            un = bool(adjectives) and not m.country
            for r in latest_first(state, start):
                # (an unnamed official of that country too: «متحدث باسم وزارة الخارجية الأميركية» then
                # «المسؤول الأميركي»)
                if (r.speaker.kind == "person" or r.speaker.kind == "unnamed" and (m.country or un)) \
                        and (not m.gender or not r.gender or r.gender == m.gender) \
                        and (not (m.country or un) or r.institution is not None
                             and r.institution.country == ("UN" if un else m.country)):
                    return (Speaker(span_text, r.speaker.name, "person", start, end, "anaphora"),
                            r.institution or inst, r.role or role)
        if inst is None and kind == "unnamed" and m.role_kind in ("official", "member") and state.dominant \
                and not (m.role_kind == "member" and p.parser.keys[m.start][m.clitic:].startswith(("مصدر", "مصادر", "خبير", "خبراء"))):
            # «مسؤول في الوفد المشارك»; but «مصادر دبلوماسية في نيويورك», «خبراء في قطاع الشحن» speak for
            # no one institution
            inst = self.gaz.institution(state.dominant, "government")
        name = clean_name(span_text)
        if kind == "unnamed" and "\u064b" in name:  # FATHATAN
            # «إن مصدراً في شركة سومو قال»: the source as the nominative names it, مصدر في شركة سومو
            name = " ".join(w[:-2] if w.endswith(("\u0627\u064b", "\u064b\u0627")) else w for w in name.split())
        elif kind == "unnamed" and (words := name.split()) and words[0].endswith("ا") \
                and self.gaz.roles.match([norm_key(words[0][:-1])], 0) is not None:
            # «لكن مصدرا في الحكومة الهندية قال», «إن مسؤولا أمريكيا رفيعا أكد»: the head and the
            # adjectives that agree with it, without the accusative's alef
            k = 1
            while k < len(words) and words[k].endswith("ا") and not words[k].startswith("ال") and len(words[k]) > 3:
                k += 1
            if k == len(words) or norm_key(words[k]) in self.fw:  # (not the adverb: «ودعمت … دبلوماسيا كييف»)
                name = " ".join([w[:-1] for w in words[:k]] + words[k:])
        if m.issuer > m.start:
            name = self._issuer_name(text, toks, m)
        if m.points_back == "*person" and inst is not None and "(" not in inst.name_ar:
            name = inst.name_ar  # «مكتبه»: مكتب رئيس الوزراء الإسرائيلي
        if name.startswith("لل") and not m.clitic and (m.kind == "institution" and m.institution is not None
                                                        or m.role_span is not None and m.role_span[0] == m.start):
            # the name as it stands without the preposition: الأمم المتحدة، المتحدث باسم الخارجية
            name = "ال" + name[2:]
        return Speaker(span_text, name, kind, start, end, resolved_by), inst, role


# «وأضاف», «وتابع»: a verb that goes on with the speaker before (normalized lemmas)
_ADDED = {"اضاف", "تابع"}


# the documents of a summit: «إعلان جدة», «البيان الختامي» (normalized, with proclitics)
_SUMMIT_DOCUMENTS = {"اعلان", "الاعلان", "واعلان", "الختامي", "ختامي"}


# Objects allocated, net, between two collections of the garbage collector's youngest generation while a
# section is read (Python's default is 700).
_YOUNG_OBJECTS = 10_000


@contextmanager
def _fewer_young_collections() -> Iterator[None]:
    """The youngest generation collected less often, while a section is read.

    A section's tokens, mentions and parsers live until it is done and are freed by reference
    counting, in the thousands: at the default threshold the collector walks them every 700
    allocations, and again as they age into the next generation, to find no cycle among them (a fiftieth
    of extraction). The threshold is put back before the section's statements are handed out."""
    threshold = gc.get_threshold()
    if threshold[0] >= _YOUNG_OBJECTS or threshold[0] == 0:  # (0: automatic collection is off)
        yield
        return
    gc.set_threshold(_YOUNG_OBJECTS, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _bare(key: str) -> str:
    """A head noun without و and ال: «والمصادر» -> «مصادر»."""
    key = key[1:] if key.startswith(("و", "ف")) and len(key) > 3 else key
    return key[2:] if key.startswith("ال") else key


# the definite official, one person: «المسؤول الأمريكي», «المسؤولة الأممية», the visitor «الضيف الإيراني»
# (bare keys)
_ONE_OFFICIAL = {"مسوول", "مسووله", "ضيف", "ضيفه"}
_ONE_DIPLOMAT = {"دبلوماسي", "دبلوماسيه"}  # «وأضاف الدبلوماسي»: the diplomat who spoke last
_UN_ADJECTIVES = {"اممي", "امميه"}  # «المسؤولة الأممية»: of the United Nations
# «قوله», «القول»: the noun of saying after the relayed source, before the words (normalized keys)
_SAYING = {"قوله", "قولها", "قولهم", "قولهما", "القول"}
# the words that open a photo's or a video's caption, before a colon
_CAPTION_WORDS = {"صورة", "الصورة", "صور", "فيديو", "تصوير", "المصدر", "شاهد"}
# what a photo credit at the end of a caption holds: «(صورة من الأرشيف)», «(أ ف ب)», «(رويترز)»
_CREDIT_WORDS = {"صورة", "أرشيف", "أرشيفية", "الأرشيف", "أ ف ب", "أ ب", "رويترز", "أسوشيتد", "غيتي", "إي بي إيه", "وفا",
                 "الأناضول", "واس", "وام", "قنا", "كونا", "سبوتنيك", "تاس", "شينخوا", "د ب أ", "إرنا"}


def _is_credit(text: str, s: int, e: int) -> bool:
    """Does the paragraph text[s:e] end with a photo credit in parentheses?"""
    open_at = text.rfind("(", s, e)
    if open_at < 0 or e - open_at > 40 or len(text[s:open_at].split()) < 4:
        return False  # (a dateline on its own line, «أبوظبي (الاتحاد، وام)», is no caption)
    inside = text[open_at + 1:e].rstrip(") ").strip()
    return any(w == inside or w in inside.split() or inside.startswith(w) for w in _CREDIT_WORDS)


def _sections(spans: list[tuple[int, int]], keep: list[bool]) -> Iterator[list[tuple[int, int]]]:
    """The body paragraphs in runs of at most about `_SECTION_CHARS` characters."""
    section: list[tuple[int, int]] = []
    size = 0
    for span, body in zip(spans, keep):
        if not body:
            continue
        section.append(span)
        size += span[1] - span[0]
        if size >= _SECTION_CHARS:
            yield section
            section, size = [], 0
    if section:
        yield section


def _body_paragraphs(text: str, spans: list[tuple[int, int]], opens_clause: Callable[[str], bool]
                     ) -> list[bool]:
    """Which paragraphs are article body. Headlines, captions and section titles are short lines with
    no closing punctuation; a line that opens with و/ف continues a text («وقال الوزير إن ...» without
    its full stop) and stays. A paragraph that a later one repeats whole (a scraped lede printed
    twice) yields to its later, complete copy."""
    keep = []
    # the paragraphs' stripped bounds, compared in place: no copy of a long document is made
    bounds = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        bounds.append((s, e))
    for idx, (s, e) in enumerate(bounds):
        head = text[s:e if e < s + 400 else s + 400]  # (min() and max() are calls: conditionals here)
        # the first words are all the tests below count: a split that stops there (its last item is
        # the rest of the line), not a list of every word of a long paragraph
        words = head.split(maxsplit=_HEADLINE_MAX_TOKENS)
        long_enough = e - s > 400 or len(words) >= _HEADLINE_MAX_TOKENS
        # a closing quotation mark ends a sentence only after a full stop: «... من "عواقب وخيمة"» is
        # a headline, «وقال: "نحن مستعدون".» is not
        tail = text[e - 8 if e - 8 > s else s:e]
        last = tail.rstrip("\"”»'")[-1:] if tail.endswith(tuple("\"”»'")) else tail[-1:]
        # the first line without a full stop is the title, however long («سياسي / الزياني يؤكد ...»),
        # unless it reads like a report («قال الكرملين إن ...» with its full stop lost)
        title = idx == 0 and len(bounds) > 1 and e - s < 400 and not any(
            w in ("أن", "إن", "بأن", "ان") for w in head.split())
        # (whether it continues a text, the one test that looks a word up, is asked last)
        if e > s and last not in _TERMINAL and (title or not long_enough) and not (
                len(words) > 3 and words[0][:1] in ("و", "ف") and opens_clause(words[0])):
            keep.append(False)
            continue
        if len(words) < _HEADLINE_MAX_TOKENS and words[0].rstrip(":") in _CAPTION_WORDS and (
                words[0].endswith(":") or len(words) > 1 and words[1].startswith(":")):
            keep.append(False)  # «صورة: الناطق باسم الرئاسة يحذر من التصعيد (أرشيف وفا)»
            continue
        if tail.endswith(")") and len(words) < 40 and "." not in text[s:e] and _is_credit(text, s, e):
            keep.append(False)  # «الرئيس التونسي قيس سعيد أعلن تجميد البرلمان (صورة من الأرشيف)»
            continue
        core_end = e
        while core_end > s and text[core_end - 1] in " ،,.":
            core_end -= 1
        size = core_end - s
        # the core is copied once, not once for each later paragraph it is compared with
        core = text[s:core_end] if size > 0 else ""
        repeated = False
        if size > 0:
            for ls, le in bounds[idx + 1: idx + 40]:  # (a loop, not any() over a generator: per paragraph)
                if le - ls >= size and text.startswith(core, ls):
                    repeated = True
                    break
        keep.append(not repeated)
    return keep
