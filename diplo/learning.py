"""Who is who in a document, learnt before its statements are read: the country its bare bodies
belong to (a dateline, the countries it names, the country of its people), and every role + name
apposition, known person and institution it names, so that a later short name (ساكي), bare role (الوزير)
or anaphor (الوزارة، مكتبه، القيادي في الحركة) resolves.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .coref import DocState, Resolved, body_country, clean_name, fullest, latest_first, note_body_country, role_key
from .cues import CueLexicon
from .institutions import Gazetteer
from .lexicon import proclitic_variants
from .model import Institution, Role, Speaker, replace
from .names import _NAME_LINKS
from .quotes import SENTENCE_END
from .speakers import _BODIES_OF_STATES, Mention, MentionParser
from .subjects import Paragraph, content_in_name, glued_content
from .text import norm_key, tokenize


class WhoIsWho:
    """The learning pass of `Pipeline`, which provides the lexicons it reads."""

    gaz: Gazetteer
    cues: CueLexicon
    home_country: str
    fw: dict[str, set[str]]  # function words (speakers.load_function_words)
    _opens_name: dict[str, bool]  # _may_open_name's answers (a text.KeyMemo)
    _name_heads: set[str]  # the first words of the people, body roles, roles, bodies and named institutions

    def _dominant_country(self, paras: list[Paragraph]) -> str:
        """The country an article is about, when one clearly dominates its country adjectives and
        names: unqualified bodies («المتحدث باسم القوات الجوية») belong to it."""
        counts: dict[str, int] = {}
        adj, names = self.gaz.country_adj, self.gaz.country_name
        heads = self._country_heads  # `k in adj or k in names`, without a method call per token
        for p in paras:
            keys = p.parser.keys
            covered = 0
            for i in p.marked:
                if i < covered or keys[i] not in heads:
                    continue  # («جنوب السودان» is South Sudan, not also Sudan)
                m = adj.match(keys, i, clitics=False) or names.match(keys, i, clitics=False)
                if m:
                    counts[m[1]] = counts.get(m[1], 0) + 1
                    covered = i + m[0]
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3:
            return ""
        if len(ranked) > 1 and 2 * ranked[0][1] < 3 * ranked[1][1]:
            return ""
        return ranked[0][0]

    def _dateline_country(self, text: str, spans: list[tuple[int, int]], keep: list[bool],
                          tokenized: dict[tuple[int, int], tuple[list, list[str]]] | None = None) -> str:
        """The country of a dateline, «رام الله 5-7-2023 (وفا) -», «القاهرة - », when no country
        dominates the article: its unqualified bodies (وزارة الخارجية) are most likely that country's.
        A dateline on a line of its own («الرياض 11 رمضان 1444 هـ ... واس», «الجزائر») is no paragraph of
        the text, and counts only alone or with a date or a dash after the place (a headline may open
        «مصر: ...»). The tokens of each paragraph it reads are left in `tokenized`, by span, with their
        keys: the body's for the body pass, a headline's for the learning pass, which reads headlines too."""
        for span, kept in zip(spans, keep):
            toks = tokenize(text, *span)
            keys = [t.key for t in toks]
            if tokenized is not None:
                tokenized[span] = toks, keys
            m = keys and (self.gaz.capital.match(keys, 0, clitics=False) or
                          self.gaz.country_name.match(keys, 0, clitics=False))
            if m and m[0] == len(toks) and not kept:
                return m[1]  # a line that is only a place: «الجزائر» above the text
            if not m and not kept and 3 <= len(toks) <= 5 and toks[-2].text in ("-", "–", "—", "/", "|") \
                    and (place := self.gaz.capital.match(keys, len(toks) - 1, clitics=False)) \
                    and ((c := self.gaz.countries.get(place[1])) is not None and c.name_ar in text
                         or text.count(toks[-1].text) > 1):
                # «Le360 - الرباط»: the outlet, then where it writes from, when the article is about that
                # country too (not «الحرة / وكالات - دبي» over news from Manila)
                return place[1]
            if not m or m[0] >= len(toks):
                continue
            after = toks[m[0]].text
            if after == "في" and m[0] + 1 < len(toks) and toks[m[0] + 1].text[:1].isdigit():
                after = toks[m[0] + 1].text  # «أبوظبي في 24 أغسطس/ وام/»
            if after in ("-", "–", "—") and (agency := self._state_agency(keys, m[0] + 1)) is not None \
                    and agency.country != m[1]:
                return agency.country  # «الرياض - قنا»: a state agency abroad reports for its own state
            slash = next((k for k in range(m[0], min(len(toks) - 2, m[0] + 6)) if toks[k].text == "/"
                          and toks[k + 2].text == "/"), None)
            if slash is not None and (agency := self._state_agency(keys, slash + 1)) is not None \
                    and agency.country != m[1]:
                return agency.country  # «جنيف في 11 مارس /قنا/»: the same, its tag between slashes
            if after[:1].isdigit() or after in ("-", "–", "—") or kept and after in ("(", ":", "،", ","):
                return m[1]
            line_end = text.find("\n", span[0], span[1])
            if not kept and after == ":" and (len(toks) if line_end < 0 else sum(t.end <= line_end for t in toks)) <= 4:
                return m[1]  # «الرباط: المساء» on a short line of its own (a headline «مصر: …» runs on)
        return ""

    def _state_agency(self, keys: list[str], k: int) -> Institution | None:
        """The state news agency named at token k (institutions.jsonl body news_agency), by its name or
        its short name, which may be a common word alone: «قنا» (also an Egyptian city) is «وكالة قنا»."""
        if k >= len(keys):
            return None
        named = self.gaz.named_forms
        found = named.match(keys, k, clitics=False) or named.match(["وكاله", keys[k]], 0, clitics=False)
        inst = self.gaz.named[found[1]] if found else None
        return inst if inst is not None and len(inst.country) == 2 and self.gaz.body_of(inst) == "news_agency" else None

    def _learn_names(self, text: str, p: Paragraph, state: DocState) -> None:
        """Register every role + name apposition and known person, so that later short names and
        bare roles resolve: «المتحدثة باسم البيت الأبيض جين ساكي» makes «ساكي» Jen Psaki."""
        parser, keys = p.parser, p.parser.keys
        g = self.gaz
        n = len(keys)
        done = 0  # tokens before this were read as part of a mention
        opens = self._opens_name
        # only the tokens that may open a mention are visited (one in five), in order, past the last one
        for i in p.marked:
            if i < done or not opens[keys[i]]:
                continue
            # a first word in common is not a phrase: «وزارة» alone opens nothing worth a parse
            r = parser.roles_at(i)
            key = keys[i]
            person = key not in g.people.no_phrase and g.people.match(keys, i)
            if r is not None and r[1].kind in ("unnamed", "group", "sector") and not person \
                    and not (key not in g.body_roles.no_phrase and g.body_roles.match(keys, i)) \
                    and not (key not in g.named_forms.no_phrase and g.named_forms.match(keys, i)):
                continue  # «مصادر مطلعة», «الجانبان»: no one to learn, and the statement pass reads them
            if parser.starts_phrase(i) or person:
                m = self._name_before_role(parser, i, n, done)
                m = m or parser.parse(i, n)
                if m is not None and m.person is not None and m.name_span == (i, m.end) and done < i:
                    m = self._first_name_spelt_otherwise(parser, m)
                if m is not None and m.kind == "person" and m.name_span is not None and m.role_span is None:
                    m = self._office_after_subject(parser, m, n)
                if m is not None and m.body and m.country:
                    # «مكتب رئيس الوزراء التركي» makes a later bare «مكتب رئيس الوزراء» Turkish
                    note_body_country(state, m.body, m.country, p.tokens[m.start].start)
                elif m is not None and m.body and m.person is not None and m.person.body == m.body and m.person.country:
                    # «وزير الخارجية سامح شكري»: the people file gives the office its country
                    note_body_country(state, m.body, m.person.country, p.tokens[m.start].start)
                if m is not None and m.name_span is not None and m.name_span[0] > m.start and m.person is None \
                        and m.start > 0 and (cue := self.cues.lookup(keys[m.start - 1])) is not None \
                        and glued_content(cue[0].content, keys[m.name_span[0]]):
                    m = None  # «وطالب الوزير بوقف القصف»: no name after the role, but the verb's content
                elif m is not None and m.person is None and m.start > 0 \
                        and (cue := self.cues.lookup(keys[m.start - 1])) is not None \
                        and (glued := content_in_name(cue[0].content, m, parser)):
                    m = parser.parse(i, glued)  # «رحبت … يوانا فرونتسكا بإنجاز الاتفاق»: the name ends there
                if m is not None and m.name_span is not None and m.name_span[1] - m.name_span[0] == 1 \
                        and m.name_span[0] > m.start and m.person is None and keys[m.name_span[0]] not in parser.known \
                        and (m.start == 0 or parser.is_punct(m.start - 1)
                             or "complementizer" in self.fw.get(keys[m.start - 1], ())):
                    # «بأن الوزير الإيراني وصل إلى …»: a role opening its clause is the subject, and a lone
                    # word after it the verb, not a name
                    m = replace(m, end=m.name_span[0], name_span=None, kind="role")
                titled = m is not None and m.name_span is not None and m.name_span[0] > m.start
                if m is not None and m.name_span is not None and (m.role_span is not None or m.person is not None
                                                                  or titled):
                    self._register(text, p, m, state)
                if m is not None and (m.institution is not None or m.name_span is not None and m.role_span
                                      or m.points_back and m.role_kind != "document"
                                      or m.body and m.kind == "institution" and m.end - m.start >= 2):
                    self._remember_entity(text, p, m, state)
                if m is not None:
                    done = m.end if m.end > i else i + 1  # (max() is a call, at every mention)

    def _may_open_name(self, key: str) -> bool:
        """Can a token with this key open a person or role mention (with or without proclitics)?"""
        heads = self._name_heads
        return any(v in heads for v, _ in proclitic_variants(key))

    def _office_after_subject(self, parser: MentionParser, m: Mention, n: int) -> Mention:
        """«أكد سعادة الدكتور خالد بن محمد العطية وزير الخارجية أن …»: a reporting verb's subject, its
        office right after the name and before the words, is that office's holder (a later bare «وزير
        الخارجية» is he). Only there: after other verbs the office may be the object («التقى بايدن وزير
        الخارجية الصيني»)."""
        k = m.start - 1
        while k >= 0 and parser.roles_at(k) is not None and parser.roles_at(k)[1].kind == "title":
            k -= 1  # (past «سعادة الدكتور»)
        if k < 0 or m.end >= n or not parser._verb_cue(k) or not parser._role_at(m.end):
            return m
        role = parser.parse(m.end, n)
        if role is None or role.name_span is not None or role.role_span is None \
                or role.institution is None and not role.body or role.end >= n \
                or not (parser.is_punct(role.end) or "complementizer" in self.fw.get(parser.keys[role.end], ())):
            return m
        # the people file's office, if it knows the person, else the article's
        return replace(m, end=role.end, role_span=role.role_span,
                       institution=m.institution if m.person is not None else role.institution,
                       body=m.body or role.body, country=m.country or role.country)

    def _first_name_spelt_otherwise(self, parser: MentionParser, m: Mention) -> Mention:
        """«وقال أنطوني بلينكن»: a people-file surname after a spelling of that person's first name
        (أنطوني for أنتوني) is that person, under the name the article uses. Another first name may
        be another person, «آن راسموسن», or a noun, «زميلي جون كيري»: without a list of first names
        the two cannot be told apart, so the people file stands, unless an office set off after the
        name says who this one is: «مايكل دانفورد، المدير الإقليمي لبرنامج الأغذية العالمي،» is not the
        general جوزيف دانفورد."""
        k = m.start - 1
        if not parser.name_like(k) or parser.starts_phrase(k) or parser.keys[k].startswith("ال") \
                or parser.is_function(k):
            return m
        first = parser.keys[k]
        if any(_spelt_alike(first, w) for w in norm_key(m.person.name).split()):
            return replace(m, start=k, name_span=(k, m.end))
        if m.end - m.start == 1 and not parser._common_noun(k):
            other = Mention(k, m.end, "person", (k, m.end), None, None, "", "", "")
            if (placed := parser._office_set_off(other, len(parser.keys))).role_span is not None:
                return placed
        return m

    def _name_before_role(self, parser: MentionParser, i: int, n: int, done: int) -> Mention | None:
        """A name that stands before its role: «ونقل جورج شترايتر نائب المتحدث باسم الحكومة الألمانية»."""
        if not parser._role_at(i):
            return None
        j = i - 1 if i > 0 and parser.tokens[i - 1].text in "،," else i
        start = j
        while start > done and j - start < 4 and parser.name_like(start - 1):
            start -= 1
        if j - start >= 3 and (start == 0 or parser.is_punct(start - 1)) and parser.keys[start] not in parser.known \
                and not self.gaz.people.match(parser.keys, start):
            start += 1  # «نجا مصطفى الدباشي، وزير ...»: a news sentence opens with its verb
        if j - start < 2 and not (j - start == 1 and parser.keys[start] in parser.known):
            return None
        m = parser.parse(start, n)
        # (the mention ends past the role, or ends with the name and takes the role set off after it)
        return m if m is not None and m.name_span is not None and (
            m.end > i or m.role_span is not None and m.role_span[0] >= i) else None

    def _remember_entity(self, text: str, p: Paragraph, m: Mention, state: DocState) -> None:
        """Institutions and role holders met anywhere, for anaphors that point to someone who has not
        spoken yet: «... حزب العمال الكردستاني ...» then «وأضاف الحزب»."""
        toks = p.tokens
        a, b = toks[m.start].start, toks[m.end - 1].end
        role = None
        if m.role_span is not None:
            r0, r1 = m.role_span
            role = Role(text[toks[r0].start:toks[r1 - 1].end], toks[r0].start, toks[r1 - 1].end)
        if m.name_span is not None:
            n0, n1 = m.name_span
            name = fullest(clean_name(text[toks[n0].start:toks[n1 - 1].end]), state)
            kind = "person"
        else:
            # «المجلس التنفيذي لصندوق النقد الدولي»: the institution's name without its preposition
            # («السفير الكندي», a post in a state body, is someone a later «الوزارة» does not point to;
            # «المكتب الإعلامي لحماس» is an office that «الحركة» may)
            name, kind = clean_name(text[a + m.clitic:b]), "role" if m.kind == "role" and m.body else "institution"
            if name.startswith("لل") and not m.clitic and m.institution is not None:
                name = "ال" + name[2:]  # «للأمم المتحدة» keeps لل in its span (see MentionParser.parse)
            if m.issuer > m.start:
                name = self._issuer_name(text, toks, m)  # a later «وأضاف البيان» is the issuer too
        sp = Speaker(text[a:b], name, kind, a, b, "anaphora")
        inst = m.institution if m.institution is not None else self._pointed_institution(m, a, state)
        if inst is None and m.body:
            # «وقالت المفوضية الوطنية العليا للانتخابات» in a Tripoli article: the article's country's, or
            # the one its paragraph opens in («وفي الدوحة، أكدت وزارة الصحة العامة»)
            country = self._opening_place(p) or self._reporting_agency(p, m.start) \
                or body_country(state, m.body, a, self.home_country)
            inst = self.gaz.institution(country, m.body)
        state.entities.append(Resolved(sp, inst, role, m.gender))

    def _issuer_name(self, text: str, toks: list, m: Mention) -> str:
        """The issuer of a document, who speaks, named without the preposition: «بيان للجيش التركي» is
        الجيش التركي (لل is ل + ال), «بلاغ للديوان الملكي» الديوان الملكي, «بيان لوزارة الخارجية» وزارة الخارجية."""
        name = clean_name(text[toks[m.issuer].start:toks[m.end - 1].end])
        if name.startswith("لل"):
            return "ال" + name[2:]
        if name[:1] in ("ل", "ب") and norm_key(name.split()[0][1:]) in self._name_heads:
            return name[1:]
        return name

    def _register(self, text: str, p: Paragraph, m: Mention, state: DocState) -> str:
        toks = p.tokens
        a, b = m.name_span
        name = clean_name(text[toks[a].start + (m.clitic if a == m.start else 0):toks[b - 1].end])
        full = fullest(name, state)
        full_key = norm_key(full)
        for k in full_key.replace("-", " ").split():  # «توماس-جرينفيلد» is two tokens
            if len(k) > 2 and k not in _NAME_LINKS:
                # «بارزاني» for «مسعود البارزاني»: the press drops a surname's article at will
                for v in (k, k[2:]) if k.startswith("ال") and len(k) > 5 else (k,):
                    prev = state.names.get(v)
                    if prev is None or len(prev) < len(full):
                        state.names[v] = full
        role = None
        if m.role_span is not None:
            r0, r1 = m.role_span
            role = Role(text[toks[r0].start:toks[r1 - 1].end], toks[r0].start, toks[r1 - 1].end)
            state.role_person[role_key(role.text)] = full
            if m.points_back and m.points_back[0] != "*" and r1 - r0 > 1 and toks[r1 - 1].key.endswith(m.points_back[2:]):
                # «المفوض العام للوكالة فيليب لازاريني»: a later «المفوض العام» is he, too
                state.role_person[role_key(text[toks[r0].start:toks[r1 - 2].end])] = full
        inst = m.institution if m.institution is not None else self._pointed_institution(
            m, p.tokens[m.start].start, state)
        if inst is None and m.body and m.person is not None and not m.country and m.person.country \
                and m.person.country not in _BODIES_OF_STATES:
            inst = self.gaz.institution(m.person.country, m.body)  # (as in Pipeline._resolve: «الزياني وزير الخارجية»)
        if inst is None:
            inst = self._envoy_institution(p, m, p.tokens[m.start].start, state)
        if inst is None and m.body and m.role_span is not None:
            # «رئيس جهاز مكافحة الإرهاب»: a body without its country is the article's country's (or the
            # one its paragraph opens in)
            here = p.tokens[m.start].start
            country = self._opening_place(p) or self._reporting_agency(p, m.start) \
                or body_country(state, m.body, here, self.home_country)
            inst = self.gaz.institution(country, m.body)
        from_article = m.role_span is not None and inst is not None
        old = state.person_info.get(full_key)
        if old is not None and m.person is not None and m.role_span is None and full != name \
                and norm_key(m.person.name) != norm_key(full):
            # «وقالت راسموسن» after «آن راسموسن»: the people file's Rasmussen is not the article's
            inst, role = old[0], old[1]
        if old is not None and (old[3] or not from_article):
            # what the article said first stands; an article role outranks the people file
            inst = old[0] or inst
            role = old[1] or role
            from_article = old[3] or from_article
        state.person_info[full_key] = (inst, role, m.gender, from_article)
        return full

    def _envoy_institution(self, p: Paragraph, m: Mention, here: int, state: DocState) -> Institution | None:
        """An ambassador or chargé d'affaires the role gives no country («القائم بالأعمال بالنيابة عبد
        الحكيم النعيمي») is of the embassy the article named before him («سفارة دولة الإمارات في دمشق»),
        not of the country he is posted to. None when no embassy came before."""
        if m.body != "foreign_ministry" or m.country or m.role_span is None \
                or _bare_head(p.parser.keys[m.role_span[0]]) not in _ENVOYS:
            return None
        seen = [c for at, c in state.body_countries.get("embassy", ()) if at < here]
        return self.gaz.institution(seen[-1], "foreign_ministry") if seen else None

    def _opening_place(self, p: Paragraph) -> str:
        """The country a paragraph opens in, «وفي سيول،», «ومن طهران،»: its bare bodies (المتحدث باسم
        الرئاسة) are that country's. "" if it opens otherwise."""
        keys = p.parser.keys
        if len(keys) < 4 or keys[0] not in ("في", "وفي", "من", "ومن"):
            return ""
        place = self.gaz.capital.match(keys, 1, clitics=False) or self.gaz.country_name.match(keys, 1, clitics=False)
        if place is None or 1 + place[0] >= len(keys) or p.tokens[1 + place[0]].text not in ("،", ","):
            return ""
        return place[1]

    def _reporting_agency(self, p: Paragraph, before: int) -> str:
        """The country of a state news agency that reports earlier in the same sentence: «وذكرت وكالة
        الأنباء الكويتية (كونا) أن وزير الخارجية … أكد» (the agency's own state's minister), else ""."""
        keys, toks = p.parser.keys, p.tokens
        k = before - 1
        while k >= 0 and before - k <= 12 and toks[k].text not in SENTENCE_END:
            if keys[k] in ("عن", "ان", "بان") and k > 0:
                # the agency names what it relays right before: «ذكرت الوكالة … أن», «نقلت الوكالة عن»
                for a in range(max(0, k - 8), k):
                    if (agency := self._state_agency(keys, a)) is not None:
                        return agency.country
                return ""
            k -= 1
        return ""

    def _pointed_institution(self, m: Mention, here: int, state: DocState) -> Institution | None:
        """The institution a role points back to: «مديرها العام» (the last named), «القيادي في الحركة»
        (the last one whose name holds حركة), «نظيرته الفرنسية» (the host's office, in France)."""
        if not m.points_back:
            return None
        if m.points_back == "*":
            return next((r.institution for r in latest_first(state, here) if r.institution is not None), None)
        if m.points_back == "*person":
            return next((r.institution for r in latest_first(state, here)
                         if r.institution is not None and r.speaker.kind == "person"), None)
        if m.points_back == "counterpart":
            for r in latest_first(state, here):
                if r.institution is not None and r.role is not None and r.institution.country != m.country:
                    body = self.gaz.body_of(r.institution)
                    if body:
                        return self.gaz.institution(m.country, body)
            return None
        bare = m.points_back[2:]
        for r in latest_first(state, here):
            # «الحركة» after «حركة حماس», «المفوضية» after «المفوضية الوطنية العليا للانتخابات»
            if r.institution is not None and {bare, m.points_back} & set(norm_key(r.speaker.text).split() + norm_key(
                    r.institution.name_ar).split()):
                return r.institution
        return None

    def _summit(self, text: str, before: int) -> Institution | None:
        """The organisation whose summit the article reports, for its declaration or final statement:
        «القمة العربية» (a form of the Arab League in institutions.jsonl), «قمة مجموعة العشرين», «قمة
        بريكس». The last one named before `before`, else the first after; None if there is none. (Read
        from the text when a summit document asks: few articles do.)"""
        found = list(_SUMMIT.finditer(text))
        ordered = [m for m in reversed(found) if m.start() < before] + [m for m in found if m.start() >= before]
        for m in ordered:
            keys = [t.key for t in tokenize(text, m.start(), min(len(text), m.start() + 120))]
            for k in range(min(3, len(keys))):  # («القمة العربية», «قمة بريكس», «قمة قادة مجموعة العشرين»)
                if k == 2 and keys[1] not in ("قاده", "زعماء", "دول"):
                    break  # (not «في افتتاح القمة أن الاتحاد الأفريقي ...»)
                named = self.gaz.named_forms.match(keys, k)
                if named is not None and self.gaz.named[named[1]].country == "INT":
                    return self.gaz.named[named[1]]
        return None


def _spelt_alike(a: str, b: str) -> bool:
    """Are two words spellings of one name (أنطوني, أنتوني): difflib's ratio at least 0.6. Kept per
    pair: difflib is pure Python, and an article asks it of the same first names at every mention."""
    found = _SPELT_ALIKE.get((a, b))
    if found is None:
        found = SequenceMatcher(None, a, b).ratio() >= 0.6
        if len(_SPELT_ALIKE) > 100_000:
            _SPELT_ALIKE.clear()
        _SPELT_ALIKE[a, b] = found
    return found


_SPELT_ALIKE: dict[tuple[str, str], bool] = {}


# «القمة», «قمة», «لقمة», «بالقمة»: a summit (see WhoIsWho._summit)
_SUMMIT = re.compile(r"(?<!\w)[وفبل]?(?:ال)?قم[ةه](?!\w)")


def _entities_country(state: DocState) -> str:
    """The country an article is about, when its words seldom name one but its people and
    institutions do («الإطار التنسيقي», «مقتدى الصدر», «الكاظمي» are Iraqi): at least three, and half
    as many again as the next country's."""
    counts: dict[str, int] = {}
    for r in state.entities:
        country = r.institution.country if r.institution is not None else ""
        if len(country) == 2 and country not in _BODIES_OF_STATES:
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and 2 * ranked[0][1] < 3 * ranked[1][1]:
        return ""
    return ranked[0][0]


# an envoy's head word, bare (normalized): سفير، سفيرة، القائم (بالأعمال)
_ENVOYS = {"سفير", "سفيره", "قايم", "قايمه"}


def _bare_head(key: str) -> str:
    """A role's first word without و/ف and ال: «والسفير» -> «سفير»."""
    key = key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
    return key[2:] if key.startswith("ال") else key
