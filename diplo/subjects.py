"""Where the subject of a reporting verb stands, and when a cue verb reports nothing.

Arabic news is mostly verb-subject (وقال الكرملين إن ...), but the subject also stands before the verb
(after أن/إن, in «وكان X قد قال», «أما X فقال»), is a pronoun (لكنه اتهم، بأنه حث), is shared with a verb
the cue is joined to (إن بارزاني أجرى ... وطالب), or is the subject of the sentence a participle hangs on.
Wire copy may put the words before the verb («...»، قال الوزير). A verb whose subject cannot speak
(أن التصعيد يهدد) is used in another sense. These rules are mixed into `Pipeline`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .bodies import _AN_OFFICE
from .coref import DocState, Resolved, latest_first, speaker_gender
from .cues import CueHit, CueLexicon
from .institutions import Gazetteer
from .lexicon import proclitic_variants
from .model import Institution, Quote, Role, Speaker, Statement, Token
from .quotes import COMMAS, QUOTE_CHARS, SENTENCE_END, ContentReader, clause_limit, make_quote
from .speakers import _QUANTIFIERS, Mention, MentionParser
from .text import norm_key

@dataclass
class Paragraph:
    start: int
    end: int
    tokens: list[Token]
    parser: MentionParser
    # the tokens any per-token scan of the stages looks for (Pipeline._marked_key), in order: each
    # scan tests only these, not every token of the paragraph again
    marked: list[int]


class SubjectRules:
    """The subject rules of `Pipeline`, which provides the lexicons they read."""

    gaz: Gazetteer
    cues: CueLexicon
    fw: dict[str, set[str]]
    content: ContentReader

    def _quote_before(self, text: str, h: CueHit, p: Paragraph, after: int, regions) -> Quote | None:
        """Wire copy puts the words first: «لن نتراجع عن موقفنا»، قال الوزير للصحفيين. A quote that
        closes right before a verb (a comma between at most) is its content, when nothing after the
        subject opens other words (أن، إن، a colon, a quote)."""
        toks, keys = p.tokens, p.parser.keys
        i = h.index
        if h.form.kind != "verb" or toks[i].key != h.key and toks[i].key[:1] in ("و", "ف"):
            return None  # «وقال» joins a new sentence: the quote before it is someone else's
        j = i - 1
        if j >= 0 and toks[j].text in COMMAS:
            j -= 1
        for region in regions:  # (a loop, not next() over a generator: this is asked at every verb)
            if region.close == j and region.close > region.open + 1:
                break
        else:
            return None
        for k in range(after, len(toks)):
            t = toks[k].text
            if t in SENTENCE_END:
                break
            if t in QUOTE_CHARS or t == ":" or "complementizer" in self.fw.get(keys[k], ()):
                return None
        return make_quote(text, toks, region.open + 1, region.close, "direct", marked=p.marked)

    def _inanimate_subject(self, h: CueHit, p: Paragraph) -> bool:
        """After أن/إن the subject stands before the verb. When it is a noun that cannot speak, the
        verb is used in another sense: «أن هذا الموقف "يكشف" عن ...», «محذرا من أن التصعيد يهدد مسار
        السلام». A noun that may speak (a role, an institution, a name, بلاده) keeps the verb."""
        parser, keys, toks = p.parser, p.parser.keys, p.tokens
        i = h.index
        end = i
        while end > 0 and toks[end - 1].text in QUOTE_CHARS:
            end -= 1
        k = end - 1
        while k >= 0 and end - k <= 6:
            cls = self.fw.get(keys[k], ())
            if "complementizer" in cls:
                break
            if parser.is_punct(k) or self._is_verb_cue(keys[k]) or keys[k] in parser.known:
                return False
            k -= 1
        else:
            return False
        if k < 0 or k + 1 >= end or keys[k].endswith(("ه", "ها", "هم", "هما")):
            return False  # no noun between (إنها ترفض), or a pronoun subject
        first = k + 1
        if keys[first] in _DEMONSTRATIVES:
            first += 1
        if first < end and not keys[first].startswith("ال") and parser._common_noun(first) \
                and not parser.starts_phrase(first) and parser.roles_at(first) is None:
            return True  # «إن مجموعات مسلحة تهدد الموظفين»: an indefinite common noun (ة، ات) speaks no words
        if first >= end or not keys[first].startswith("ال") or parser.starts_phrase(first) or \
                self.gaz.people.match(keys, first) or keys[first] in _OWN_COUNTRY:
            return False
        if h.form.number != "sg" or keys[first].endswith(("ون", "ين", "اء", "ات")):
            return False  # «إن الوزراء اجتمعوا كي يؤكدوا»: people, in the plural
        m = parser.parse(first, end)
        return m is None or (m.kind == "person" and m.person is None and m.role_span is None
                             and m.institution is None and not m.body)

    def _honoured(self, h: CueHit, p: Paragraph, state: DocState, para_statements: list[Statement]
                  ) -> tuple[Speaker, Institution | None, Role | None] | None:
        """«وأكد سموه»: the honorific with a pronoun is the last person the article gave that honorific
        («صاحب السمو الملكي الأمير سلمان بن حمد»), not simply the last who spoke («معالي السيد أنتوني
        بلينكن»). None without such a pronoun, or when no one was so called."""
        keys = p.parser.keys
        k = h.index + 1
        if k < len(keys) and p.tokens[k].text in COMMAS:
            k += 1
        title = _HONORIFICS.get(keys[k]) if k < len(keys) else None
        if title is None:
            return None  # (not «مبينا أن سموه أجرى»: there the pronoun is in the words)
        here = p.tokens[h.index].start
        # who spoke first («ونقل سمو ولي العهد …، وقال سموه»), then who was met («وقع صاحب السمو …»)
        spoke = [Resolved(st.speaker, st.institution, st.role, "") for st in reversed(para_statements)
                 if st.speaker is not None] + list(reversed(state.history[-8:]))
        for r in spoke + list(latest_first(state, here)):
            if r.speaker.kind in ("person", "role") and r.speaker.start < here and title in norm_key(r.speaker.text):
                sp = r.speaker
                return Speaker(sp.text, sp.name, sp.kind, sp.start, sp.end, "coreference"), r.institution, r.role
        return None

    def _latest_entity(self, here: int, h: CueHit, state: DocState
                       ) -> tuple[Speaker | None, Institution | None, Role | None]:
        for r in latest_first(state, here):
            if r.speaker.start >= here or r.institution is None and r.role is None:
                continue  # only someone the article placed: a run of words may be no one
            if h.form.gender and r.gender and r.gender != h.form.gender and h.form.number == "sg":
                continue
            sp = r.speaker
            return Speaker(sp.text, sp.name, sp.kind, sp.start, sp.end, "coreference"), r.institution, r.role
        return None, None, None

    def _embedded_subject(self, h: CueHit, p: Paragraph) -> Mention | None:
        """A verb joined by و to the verb of a reported clause shares that clause's subject:
        «قوله إن بارزاني أجرى اتصالا مع داود أوغلو وطالب بوقف القصف» (Barzani, not the source)."""
        parser, keys = p.parser, p.parser.keys
        k = h.index - 1
        while k >= 0 and p.tokens[k].text not in SENTENCE_END:
            if self._is_verb_cue(keys[k]) or p.tokens[k].text == ":" or (
                    p.tokens[k].text in QUOTE_CHARS and not (k > 0 and "complementizer" in self.fw.get(keys[k - 1], ()))):
                return None  # not across another report, or out of someone's quoted words
            cls = self.fw.get(keys[k], ())
            if "complementizer" in cls:
                break
            k -= 1
        else:
            return None
        if k < 0 or p.tokens[k].text in SENTENCE_END or keys[k].endswith(("ه", "ها", "هم", "هما")):
            return None
        j = k + 1
        while j < h.index and p.tokens[j].text in QUOTE_CHARS:
            j += 1
        m = parser.parse(j, h.index) if j < h.index else None
        if m is None or m.kind not in ("person", "role", "institution") or _strength(m, parser) < 2:
            return None
        if h.form.gender and m.gender and m.gender != h.form.gender and h.form.number == "sg":
            return None
        return m

    def _fronted_topic(self, p: Paragraph, i: int) -> Mention | None:
        """«أما X، فـ...»: the topic after أما is the subject of the verb that takes فـ."""
        parser, keys = p.parser, p.parser.keys
        for k in range(i - 1, max(-1, i - 16), -1):
            if p.tokens[k].text in SENTENCE_END or self._is_verb_cue(keys[k]):
                return None
            if keys[k] in ("اما", "واما"):
                m = parser.parse(k + 1, i)
                return m if m is not None and _strength(m, parser) >= 1 else None
        return None

    def _resumed_topic(self, h: CueHit, p: Paragraph) -> tuple[int, int] | None:
        """A topic fronted before the verb, taken up by a pronoun after it, is what was said:
        «الحذر نفسه من جولة الخرطوم عبر عنه مستشار الوزير» (the caution is what he expressed). The
        topic opens its sentence with a definite noun; «وهو ما أكد عليه الوزير» names nothing."""
        keys, toks = p.parser.keys, p.tokens
        i = h.index
        if h.form.kind != "verb" or i + 1 >= len(toks) or keys[i + 1] not in _RESUMPTIVE:
            return None
        start = i
        while start > 0 and toks[start - 1].text not in SENTENCE_END and i - start < 20:
            start -= 1
            if self._is_verb_cue(keys[start]) or "complementizer" in self.fw.get(keys[start], ()) \
                    or toks[start].text in QUOTE_CHARS or toks[start].text == ":":
                return None
        if start > 0 and toks[start - 1].text not in SENTENCE_END:
            return None  # more than twenty words: not a topic
        first = keys[start]
        if first[:1] == "و" and len(first) > 3:
            first = first[1:]
        end = i - 1 if toks[i - 1].text in COMMAS else i
        if end - start < 2 or not (first.startswith("ال") or first in _DEMONSTRATIVES):
            return None
        return start, end

    def _relayed_pronoun(self, gender: str, para_statements: list[Statement], state: DocState
                         ) -> tuple[Speaker, Institution | None, Role | None] | None:
        """The last speaker, in this paragraph or before it, that «عنه» (m) or «عنها» (f) can be."""
        recent = [Resolved(st.speaker, st.institution, st.role, speaker_gender(st))
                  for st in reversed(para_statements) if st.speaker is not None]
        for r in recent + list(reversed(state.history[-8:])):
            if not r.gender or r.gender == gender:
                sp = r.speaker
                return Speaker(sp.text, sp.name, sp.kind, sp.start, sp.end, "coreference"), r.institution, r.role
        return None

    def _verb_subject(self, h: CueHit, p: Paragraph) -> tuple[Mention | None, int]:
        """The subject of a reporting verb and the token after it (where content may start).

        Arabic news is mostly verb-subject (وقال الكرملين إن ...), but after أن/إن and at the head
        of a clause the subject comes first (إن بايدن "شدد"، لكن الرئيس الأميركي شدد). The ranking:
        a subject forced before the verb; else the noun phrase after the verb unless it does not agree
        (حثت الأطراف), is the addressee of a call (دعا الشعب إلى), or is weaker than one before the
        verb; else the one before it; else, for «قال فيها», the phrase right before the verb."""
        parser, keys = p.parser, p.parser.keys
        n = len(p.tokens)
        i = h.index
        after = i + 1
        j = self.content.skip_adjuncts(p, i + 1)
        if j == i + 1 and keys[j] in _RESUMPTIVE and (
                i > 0 and (keys[i - 1] in _RELATIVES or keys[i - 1] in _WHEN and keys[j] in ("فيه", "فيها"))
                or self._resumed_topic(h, p) is not None):
            # «الحذر نفسه عبر عنه مستشار الوزير», «وهو ما أكد عليه الوزير»: the pronoun is the object,
            # the subject follows it
            j += 1
        limit = clause_limit(parser, j, n)
        pre, forced = self._preverbal_subject(p, i)
        post = None
        if not forced and j < n and not self.content.opens_content(h, p, j):
            post = parser.parse(j, limit)
            if post is not None and not self._agrees(h, post, p):
                post = None  # «حثت الأطراف»: a definite noun that does not agree is the object
            elif post is not None and post.person is None and post.institution is None and post.name_span is None \
                    and _accusative_plural(keys[post.start], parser):
                post = None  # «واتهمت العسكريين الأوكرانيين»: a subject would be «العسكريون»
            elif post is not None and post.kind == "person" and post.end - post.start == 1 and post.person is None \
                    and post.role_span is None and keys[post.start] not in parser.known \
                    and not keys[post.start].startswith("ال") and post.end < n \
                    and (keys[post.end].startswith("ال") or keys[post.end][:1].isdigit()):
                # «أعلن وصول الدفعة», «أعلن وصول 15 أسيرا»: a lone word nobody introduced, in construct, is
                # the object (but «أعلن منصوري أن ...» is a name)
                post = None
            elif post is not None and post.kind == "person" and post.end - post.start == 1 and post.person is None \
                    and post.role_span is None and keys[post.start] not in parser.known \
                    and keys[post.start][:1] in ("ب", "ل", "ك") and post.end < n \
                    and (parser.is_punct(post.end) or p.tokens[post.end].text in QUOTE_CHARS):
                # «وأضاف بتأثر، وقد اغرورقت عيناه»: a lone word behind a preposition, set off, is how he
                # spoke, not a name nobody gave
                post = None
            elif post is not None and post.anaphoric and post.end - post.start == 1 and _verbal_noun(keys[post.start]) \
                    and keys[post.start] not in parser.known:
                # «وجدد التأكيد على موقف الكويت»: a verbal noun of the pattern التفعيل is the object
                post = None
            elif post is not None and post.kind == "person" and post.end - post.start == 2 and post.person is None \
                    and post.role_span is None and keys[post.start] not in parser.known \
                    and not keys[post.start].startswith("ال") and not keys[post.start + 1].startswith("ال") \
                    and post.end < n and self.gaz.country_name.match(keys, post.end, clitics=False) \
                    and not _AN_OFFICE[keys[post.start]] and parser.roles_at(post.start) is None:
                # «وأكدت استمرار وقوف المملكة إلى جانب اليمن»: two nouns in construct with a country, the
                # object (a name runs into no country; «مكتب شؤون تايوان» is an office)
                post = None
        if post is not None and post.name_span is not None and post.person is None and post.name_span[0] > post.start \
                and glued_content(h.form.content, keys[post.name_span[0]]) \
                and not self.gaz.people.match(keys, post.name_span[0]):
            # «وطالب الوزير بوقف القصف»: the verb's particle glued to a word opens its content, no name
            post = parser.parse(j, post.name_span[0])
        elif post is not None and post.person is None and (glued := content_in_name(h.form.content, post, parser)):
            # «ورحبت المنسقة الخاصة … يوانا فرونتسكا بإنجاز الاتفاق»: the name ends where the content opens
            post = parser.parse(j, glued) or post
        if post is not None and post.end - post.start == 1 and post.person is None and post.end < n \
                and keys[post.start].startswith("ال") and keys[post.start] not in parser.known \
                and _strength(post, parser) == 0 and "described" in self.fw.get(norm_key(h.form.lemma), ()) \
                and (glued_content(h.form.content, keys[post.end])
                     or "complementizer" in self.fw.get(keys[post.end], ())):
            # «ووصف القرار بأنه "خطوة …"»: a bare definite noun, then the verb's particle: what is described
            # (the object); the subject was dropped
            post = None
        if post is not None and h.form.content and (_strength(post, parser) == 0 and (
                "addressee" in self.fw.get(norm_key(h.form.lemma), ()) or post.name_span is None
                or post.name_span[1] - post.name_span[0] < 2) or (
                post.kind in ("group", "unnamed") and post.institution is None and not post.country
                and "addressee" in self.fw.get(norm_key(h.form.lemma), ()))) and any(
                keys[k] in h.form.content for k in range(post.end, min(n, post.end + 5))) \
                and not (post.end < n and keys[post.end] in _QUANTIFIERS and post.kind != "group"):
            # «دعا الشعب اليمني إلى ...», «وحث جميع الأطراف على ...»: the addressee, then what he is
            # called to (but in «دعت البعثة جميع الأطراف إلى» the addressee is the second phrase)
            post = None
        if post is not None and pre is not None and _strength(pre, parser) > _strength(post, parser):
            post = None  # «ولكن المتحدث باسم الجيش فيليب اغير نفى تعطيل المراكب»: the object follows
        if post is not None and post.kind == "person" and post.name_span is not None and post.end < limit \
                and keys[post.end][:1] == "و" and (second := parser.parse(post.end, limit)) is not None \
                and second.kind == "person" and second.role_span is None and second.end - post.end <= 4 \
                and (second.end >= limit or parser.is_punct(second.end)
                     or "complementizer" in self.fw.get(keys[second.end], ())):
            # «وأعلن نفتالي بينيت ويائير لبيد أن …»: two people speak together, for no one institution
            post = Mention(post.start, second.end, "group", None, (post.start, second.end), None, "", "", "m")
        if post is not None:
            mention, after = post, post.end
        else:
            mention = pre
        if mention is None and j < n and keys[j] in ("فيه", "فيها", "خلاله", "خلالها"):
            # «تصريحات من وزير الخارجية القطري قال فيها إن ...»: a relative clause without الذي,
            # whose subject is the noun phrase right before the verb
            mention = next((m for k in range(max(0, i - 7), i) if not parser.is_function(k)
                            and not (parser.roles_at(k) and parser.roles_at(k)[1].kind == "document")
                            and (m := parser.parse(k, i)) is not None and m.end == i
                            and (m.institution is not None or m.role_span is not None or m.person is not None)),
                           None)
        return mention, after

    def _clause_subject(self, h: CueHit, p: Paragraph, para_statements: list[Statement]) -> Mention | None:
        """A participle in a sentence that reports nothing before it hangs on the subject of the
        sentence's own verb: «سعى رئيس مجلس الوزراء المصري، إبراهيم محلب، لتخفيف حدة المخاوف، قائلا ...».
        The subject is the first speaker-like noun phrase of the sentence that no preposition governs
        and that agrees with the participle."""
        parser, keys, toks = p.parser, p.parser.keys, p.tokens
        i = h.index
        start = i
        while start > 0 and toks[start - 1].text not in SENTENCE_END:
            start -= 1
        here = toks[i].start
        if any(toks[start].start <= st.cue.start < here for st in para_statements):
            return None  # «وقال الوزير إن الرئيس رفض ...، مشيرا»: the participle continues the report
        k = start
        while k < i:
            g = self.gaz
            found = next((x for x in (g.people.match(keys, k), g.body_roles.match(keys, k), g.roles.match(keys, k),
                                      g.named_forms.match(keys, k)) if x), None)
            if found is None or (k > start and "preposition" in self.fw.get(keys[k - 1], ())) or \
                    found[2] and keys[k][:found[2]] in ("ل", "ب", "لل", "ك", "ول", "وب", "فل", "فب"):
                k += 1  # not a speaker's phrase, or the object of a preposition: «لرئيس الوزراء»، «إلى غينيا»
                continue
            m = parser.parse(k, i)
            if m is not None and m.kind in ("person", "role") and _strength(m, parser) == 2 and (
                    not h.form.gender or not m.gender or m.gender == h.form.gender or h.form.number != "sg"):
                return m
            k = m.end if m is not None and m.end > k else k + 1
        return None

    def _own_country(self, h: CueHit, p: Paragraph, para_statements: list[Statement]
                     ) -> tuple[Speaker, Institution | None, None] | None:
        """«قال الوزير القطري إن بلاده ترفض ...»: «his country» is the reporting speaker's country,
        and its government speaks."""
        i = h.index
        j = i - 1
        while j >= 0 and p.tokens[j].text in QUOTE_CHARS:
            j -= 1
        if j < 0 or p.parser.keys[j] not in ("بلاده", "بلادها", "بلادهم", "بلادهما", "بلادنا"):
            return None
        outer = next((st for st in reversed(para_statements) if st.quote is not None
                      and st.quote.start <= p.tokens[j].start < st.quote.end), None)
        country = outer.institution.country if outer is not None and outer.institution is not None else ""
        c = self.gaz.countries.get(country)
        if c is None:
            return None
        tok = p.tokens[j]
        speaker = Speaker(tok.text, c.name_ar or tok.text, "institution", tok.start, tok.end, "anaphora")
        return speaker, self.gaz.institution(country, "government"), None

    def _is_verb_cue(self, key: str) -> bool:
        """A reporting verb ends a subject scan; a participle or noun form (منتقدين) may be the subject."""
        return self.cues.verb_keys[key]

    def _agrees(self, h: CueHit, m: Mention, p: Paragraph) -> bool:
        """Can an unknown definite noun after the verb be its subject? The verb agrees in gender with
        a subject that follows it: «أكدت الوزارة» but not «حثت الأطراف» or «أكد ضرورة»."""
        if m.kind != "person" or m.person is not None or m.role_span is not None or m.name_span is None:
            return True
        tok = p.tokens[m.start]
        if not tok.key.startswith("ال") or tok.key in p.parser.known:
            return True
        feminine = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("\u0629")  # TEH MARBUTA
        if h.form.gender == "f" and h.form.number == "sg" and not feminine:
            return False
        if h.form.gender == "m" and h.form.number == "sg" and feminine:
            return False
        return True

    def _preverbal_subject(self, p: Paragraph, i: int) -> tuple[Mention | None, bool]:
        """Subject-verb order: «لكن الرئيس الأميركي شدد», «إن بايدن "شدد", «كييف التي تتهم».
        The second value says the order is certain: after أن/إن a noun must come before the verb."""
        parser, keys = p.parser, p.parser.keys
        j = i - 1
        while j >= 0 and p.tokens[j].text in QUOTE_CHARS:
            j -= 1
        if j >= 0 and keys[j] in ("قد", "لقد"):
            j -= 1  # «وكان ولي العهد السعودي قد قال»
        if j >= 0 and (keys[j] in _PRONOUN_SUBJECTS or keys[j].endswith(("ه", "ها", "هم", "هما"))
                       and "complementizer" in self.fw.get(keys[j], ())):
            # «مذكرا بأنه حث الرئيس سلفا كير على ...», «لكنه اتهم قوات الدعم السريع»: the pronoun is
            # the subject, and what follows the verb is its object; it resolves as a continuation does
            return None, True
        if (p.tokens[i].key.startswith("ف") or j >= 0 and keys[j] == "فقد") \
                and (topic := self._fronted_topic(p, j + 1 if j >= 0 and keys[j] == "فقد" else i)) is not None:
            return topic, True  # «أما رئيس الوفد الأوكراني ديفيد أراخاميا، فقال», «أما وانغ يي فقد وصف»
        end = j + 1
        relative = j >= 0 and keys[j] in ("التي", "الذي", "الذين")
        if relative:  # «كييف التي تتهم الكرملين»: the antecedent is the subject, what follows the object
            end = j
            j -= 1
            while j >= 0 and p.tokens[j].text in COMMAS:
                j -= 1
        start = end
        framed = end < i and keys[end] in ("قد", "لقد")
        verb = self.cues.verb_keys
        while start > 0 and end - start < 14:  # «وكان المتحدث الرسمي باسم تحالف دعم الشرعية العميد الركن تركي المالكي قد أعلن»
            k = keys[start - 1]
            cls = self.fw.get(k, ())
            if framed and p.tokens[start - 1].text in QUOTE_CHARS and start - 1 > 0:
                # «وكانت منظمة الدول المصدرة للنفط «أوبك» قد دعت»: a quoted name inside the subject
                opener = next((x for x in range(start - 2, max(-1, start - 8), -1) if p.tokens[x].text in QUOTE_CHARS), None)
                if opener is not None and opener < start - 2:
                    start = opener
                    continue
            if framed and k in _RELATIVES and start >= 2 and p.tokens[start - 2].text in COMMAS:
                start = end = start - 2  # «فيليكس تشيسيكيدي، الذي يرأس الاتحاد الأفريقي، قد دعا»
                continue
            if framed and p.tokens[start - 1].text in COMMAS:
                # «وكان المتحدث باسم الحكومة اليونانية، بافلوس ماريناكيس، قد صرح»: a name set off by commas
                if start == end:
                    start = end = start - 1
                    continue
                if end - start >= 2 and parser.name_run(start, end) == end:
                    start -= 1
                    continue
            if verb[k] and start < len(keys) and "formula" in self.fw.get(f"{k} {keys[start]}", ()):
                # «غير أن دبلوماسيا أوروبيا رفض الكشف عن اسمه قال»: the subject ends before the formula
                end = start = start - 1
                continue
            if start >= 2 and parser._hyphen(start - 1, len(keys)) and p.tokens[start - 2].text.isalpha():
                start -= 2  # «إيم جونغ-سوك»: a hyphen inside a name
                continue
            if parser.is_punct(start - 1) or "complementizer" in cls or "boundary" in cls or \
                    verb[k]:
                break
            start -= 1
        if start >= end:
            return None, False
        if keys[start] in ("لكن", "و", "ثم") or "auxiliary" in self.fw.get(keys[start], ()):
            start += 1  # «وكانت وزارة الخارجية الروسية قالت ...»
        # only a noun phrase that opens its clause is a subject: after أن/إن, a comma, or the start
        before = keys[start - 1] if start > 0 else ""
        # after أن/إن, and in «وكان X قد أبلغ رئاسة المجلس», the subject surely stands before the verb
        forced = "complementizer" in self.fw.get(before, ()) or relative or \
            "auxiliary" in self.fw.get(before, ()) and end < i and keys[end] in ("قد", "لقد")
        before_cls = self.fw.get(before, ())
        if start > 0 and not (parser.is_punct(start - 1) or forced or before in ("لكن", "و", "ثم")
                              or "auxiliary" in before_cls or "boundary" in before_cls):
            return None, False
        if relative:
            # an antecedent that can speak, ending at التي: «وتواجه كييف التي تتهم ...» (not «كتلك التي
            # اقترح الرئيس الروسي ...»);
            # grow from the word before التي while the mention stays whole and able to speak:
            # «في حلف شمال الأطلسي دبلوماسيا كييف التي تتهم ...» is Kyiv's
            best = None
            for k in range(end - 1, start - 1, -1):
                m = parser.parse(k, end)
                if m is not None and m.end == end and _strength(m, parser):
                    best = m
                elif best is not None:
                    break
            return (best, True) if best is not None else (None, False)
        if start < end and not parser.starts_phrase(start) and (
                "preposition" in self.fw.get(keys[start], ()) or any(
                "preposition" in self.fw.get(v, ()) for v, c in proclitic_variants(keys[start]) if c)):
            return None, False  # «لدى ...», «ولها ...»; but «ولي العهد» is no و + لي
        m = parser.parse(start, end)
        if m is None or m.end != end:
            if m is not None and m.role_span is None and _strength(m, parser) == 2:
                return m, forced  # «وكان مكتب رئيس الوزراء التركي أحمد داود أوغلو قال»: the office
            if m is not None and m.role_span is not None:
                # a role read only in part: «وكان مسؤول عمليات الإغاثة في الأمم المتحدة ستيفن أوبراين
                # لفت ...»: the longest strong mention that ends at the verb
                for k in range(start + 1, end):
                    if "preposition" in self.fw.get(keys[k - 1], ()):
                        continue  # «أجرى اتصالا مع نظيره السوري وطالب»: the object of مع
                    sub = parser.parse(k, end)
                    if sub is not None and sub.end == end and _strength(sub, parser) == 2:
                        return sub, forced
            # after أن/إن the subject stands before the verb even when it is no known speaker
            # («إن بلاده ترفض»): then nothing after the verb is its subject
            return None, forced
        return m, forced


def glued_content(content: tuple[str, ...], key: str) -> bool:
    """Does a word open with a cue's one-letter particle (بوقف after طالب, لـ after أشار)?"""
    return any(len(c) == 1 and key.startswith(c) and len(key) > 3 for c in content)


def content_in_name(content: tuple[str, ...], m: Mention, parser: MentionParser) -> int | None:
    """The first word of a name read after a cue that opens the cue's content with its particle, past
    the first two words: «رحبت … يوانا فرونتسكا بإنجاز الاتفاق» (بإنجاز), else None."""
    if m.name_span is None:
        return None
    a, b = m.name_span
    return next((k for k in range(a + 2, b) if glued_content(content, parser.keys[k])
                 and parser.keys[k] not in parser.known), None)


def _verbal_noun(key: str) -> bool:
    """Is a definite word a verbal noun of the pattern التفعيل (التأكيد، الترحيب، التحذير), which names
    an act, never a speaker?"""
    return len(key) == 7 and key.startswith("الت") and key[5] == "ي"


def _accusative_plural(key: str, parser: MentionParser) -> bool:
    """A definite sound masculine plural in ين is not in the nominative, so it is no subject
    (names such as الحسين aside: the article knows them)."""
    return key.startswith("ال") and key.endswith("ين") and len(key) > 6 and key not in parser.known


# an honorific with a pronoun, as the subject -> the honorific the person was named with (normalized)
_HONORIFICS = {"سموه": "سمو", "سموها": "سمو", "جلالته": "جلاله", "فخامته": "فخامه", "معاليه": "معالي",
               "معاليها": "معالي", "سعادته": "سعاده", "سعادتها": "سعاده", "سماحته": "سماحه",
               "سيادته": "سياده", "سيادتها": "سياده"}
# «لكنه اتهم»: a particle whose pronoun is the verb's subject (normalized keys)
_PRONOUN_SUBJECTS = {"لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم", "لانه", "لانها", "كونه", "كونها"}


# a preposition with the pronoun of a fronted topic, right after the verb (عبر عنه، أشار إليه)
# («بإصدار إعلان جدة، الذي أكد فيه القادة العرب رفضهم»: the document the words are in)
_RESUMPTIVE = {"عنه", "عنها", "اليه", "اليها", "عليه", "عليها", "فيه", "فيها"}
_RELATIVES = {"ما", "الذي", "التي", "وما"}
_WHEN = {"وقت", "الوقت", "حين", "يوم", "اليوم", "لحظه"}  # «في وقت أعلنت فيه إثيوبيا» (normalized)
_DEMONSTRATIVES = {"هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هولاء"}


_OWN_COUNTRY = {"بلاده", "بلادها", "بلادهم", "بلادنا"}


def _strength(m: Mention, parser: MentionParser) -> int:
    """How surely a mention names a speaker: an office, institution or known person (2), a group or
    an unnamed source (1), a run of words that may be a name or may be the verb's object (0)."""
    if m.role_span is not None or m.institution is not None or m.person is not None:
        return 2
    if m.kind == "institution":  # a state body (المتمردون); an organisation by its name, unlisted; or a
        # phrase that may be the object: «الشعب اليمني»
        return 2 if m.body else 1 if m.role_kind == "organisation" else 0
    if m.kind != "person" or m.name_span is not None and parser.keys[m.name_span[0]] in parser.known:
        return 1 if m.kind != "person" else 2
    return 0
