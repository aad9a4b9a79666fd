"""Names and what stands between a role and its holder's name.

`NameReader` answers, per token, whether it can be part of a personal name, where a run of name words
ends, whether a run after a role is a name («وزير الخارجية الروسي سيرغي لافروف») or the verb's object
(«وأكد المبعوث الحرص»), and steps over what separates a role from the name: a posting (لدى الأمم
المتحدة), a mission (للمحادثات), a portfolio (لشؤون التعاون الدولي), titles (الدكتور). It is mixed into
`MentionParser`, which provides the tokens and lexicons.
"""
from __future__ import annotations

from collections.abc import Sequence

from .cues import CueLexicon
from .institutions import Gazetteer
from .lexicon import proclitic_variants
from .model import Token
from .text import KeyMemo, norm_key

_UNSET = object()  # a per-token memo not filled yet
_POSTING = {"لدي", "في", "الي", "بشان", "حول"}  # normalized: لدى, إلى, بشأن
_OFFICE_ADJECTIVES = {"الدايم", "الدايمه", "الخاص", "الخاصه", "المكلف", "المكلفه", "المعتمد", "المعتمده",
                      "المفاوض", "المفاوضه", "السابق", "السابقه", "الاسبق", "الاسبقه", "الانتقالي", "الانتقاليه",
                      "الموقت", "الموقته", "المشترك", "المشتركه", "الجديد", "الجديده",
                      "المنتخب", "المنتخبه", "بالوكاله", "بالانابه", "بالنيابه",  # (acting: «بالوكالة»)
                      "بالخارج"}  # («… وشؤون المصريين بالخارج»)
_VERB_PARTICLES = {"عن", "علي", "الي"}  # after a name, the particle of a verb before it: «أعرب X عن»
# «نقلت الوكالة عن X قوله إن»: the noun of saying after a relayed source's name closes it (normalized)
_HIS_SAYING = {"قوله", "قولها", "قولهم", "قولهما"}
_NAME_LINKS = {"بن", "ابن", "بنت", "ولد", "ابو", "عبد", "ال"}  # normalized; not learnt as names alone
_NAME_JOINS = {"ولد", "بن", "بنت", "ابن"}  # normalized: «X ولد Y», «X بن Y» are a personal name
_BY_ITS_NAME = {"باسمه", "باسمها", "باسمهم", "باسمهما"}
_QUOTE_MARKS = set("«»\"“”")
_PUNCT_STOP = set("،,.:;؛!?؟()[]{}«»\"“”'‘’-–—/|")
_FEMININE_PLURAL_HEADS = {"مصادر", "المصادر", "السلطات", "سلطات", "الدول", "دول", "التقارير", "تقارير",
                          "الاوساط", "اوساط", "الحكومات", "وسايل", "الصحف", "صحف"}


# the points of the compass, which open the names of regions, not of people (normalized)
_DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"}
_MINISTER = {"وزير", "وزيره"}  # normalized
_RANKS_BEFORE_NAMES = {"النايب", "النايبه", "المستشار", "المستشاره"}  # read as titles before a bare name
_AFFAIRS = {"لشوون", "للشوون", "لشيون", "للشيون", "وشوون", "وشيون"}  # «لشؤون», «وشؤون», and «لشئون» as Egypt and the Gulf write it
# «أمير البلاد», «رئيس البلاد», «ملك البلاد»: the country the article is about (normalized)
_HOME = "البلاد"


class NameReader:
    """Token classes and name runs of `MentionParser`, which also gives them `starts_phrase`,
    `roles_at` and `parse`."""

    tokens: Sequence[Token]
    keys: list[str]
    gaz: Gazetteer
    cues: CueLexicon
    fw: dict[str, set[str]]
    known: dict[str, str]
    _roles: list  # roles_at()'s memo, per token
    # (text, key) -> name_like's answer for a word whose neighbours cannot change it, else _UNSET (see
    # name_like_word); None: every token is read in its place
    _word_memo: KeyMemo | None

    def is_punct(self, i: int) -> bool:
        t = self.tokens[i].text
        return len(t) == 1 and (t in _PUNCT_STOP or not t.isalnum())

    def is_function(self, i: int) -> bool:
        return function_key(self.keys[i], self.fw)

    def name_like(self, i: int) -> bool:
        """Could token i be part of a personal name? Not punctuation, a function word, a cue, a
        prepositional phrase (للصحافيين، بالقاهرة), or a noun carrying a possessive (تفهمه)."""
        found = self._name_like[i]
        if found is _UNSET:
            found = self._name_like[i] = self._name_like_uncached(i)
        return found

    def _name_like_uncached(self, i: int) -> bool:
        tok = self.tokens[i]
        if self._word_memo is not None:
            found = self._word_memo[tok.text, tok.key]  # the answer when the word alone gives it
            if found is not _UNSET:
                return found
        return name_like_word(tok.text, tok.key, self.fw, self.cues, self, i)

    def name_run(self, i: int, limit: int, max_len: int = 5) -> int:
        """End of the run of name-like tokens starting at i (i itself when there is none).

        A name the document has already given (ليون from «برناردينو ليون») ends where the known
        tokens end, so «وأكد ليون الأطراف ...» does not take the object into the name, nor the next
        person's: «اتهم كير مشار»."""
        if i < limit and self.keys[i] in self.known and self.name_like(i):
            # and where another person's name starts: «اتهم كير مشار» is Kiir accusing Machar
            full = self.known[self.keys[i]]
            j = i + 1
            while j < limit:
                if self.known.get(self.keys[j]) == full and self.name_like(j):
                    j += 1
                elif len(self.keys[j]) <= 2 and self.name_like(j) and self.keys[j] in norm_key(full).split():
                    j += 1  # «وانغ يي»: a word of two letters is not learnt alone, but is part of the name
                elif (self._hyphen(j, limit) or self.keys[j] in _NAME_LINKS) and j + 1 < limit \
                        and self.known.get(self.keys[j + 1]) == full:
                    j += 2  # «سلطان بن أحمد الجابر», «توماس-جرينفيلد»: the links are not learnt alone
                else:
                    break
            if j < limit and self.keys[j] in _NAME_LINKS and j + 1 < limit:
                j += 1  # (a link the known run stopped at)
            if not (j < limit and self.keys[j - 1] in _NAME_JOINS and self.name_like(j)):
                return j
            # «الأستاذ سلمان بن يوسف الدوسري» after «الأمير محمد بن سلمان»: a first name the article knew
            # as part of another's name, going on with a nasab of its own, is read as a new name
        j = i
        links = 0  # «بن», «ولد» do not count towards max_len: «محمد بن عبدالعزيز بن صالح الخليفي»
        while j < limit and j - i - links < max_len:
            if j > i and (self.keys[j] in _NAME_JOINS or self.keys[j] in ("عبد", "ال")):
                links += 1  # (and «عبد», «آل»: «محمد بن عبد الرحمن بن جاسم آل ثاني»)
            if not self.name_like(j):
                if j == i and self.tokens[j].text == "علي" and j + 1 < limit and self.name_like(j + 1) \
                        and not self.keys[j + 1].startswith("ال") and not self.starts_phrase(j + 1):
                    j += 1  # «علي رضا عنايتي»: spelt with ي, a first name (the preposition is written على)
                    continue
                if j > i and self._hyphen(j, limit) and self.tokens[j + 1].text.isalpha():
                    j += 2  # a hyphenated name: «توماس-جرينفيلد», «كيم إيوي-كيوم» (كيوم is no ك + يوم here)
                    continue
                if j > i and self.tokens[j].text.isalpha() and self._hyphen(j + 1, limit) \
                        and self.tokens[j + 2].text.isalpha():
                    j += 3  # a word glued by a hyphen to the next is a name's part: «تشانغ هو-جين» (not «هو»)
                    continue
                if j > i and self.keys[j - 1] in _NAME_JOINS and self.tokens[j].text.isalpha() \
                        and not self._verb_cue(j):
                    j += 1  # after بن or ولد a name: «محمد بن علي» (not the preposition على), «ولد داداه»
                    continue
                if j > i and self.tokens[j].text == "علي" and (j + 1 >= limit or self.is_punct(j + 1) or self._verb_cue(j + 1)
                                                            or "complementizer" in self.fw.get(self.keys[j + 1], ())
                                                            or self.tokens[j + 1].text in ("ل", "لـ")):
                    j += 1  # «هبة محمد علي أن», «خالد علي لـ«مدى مصر»»: the name Ali, not the preposition على
                    break
                if j > i and self.tokens[j].text in ("فان", "فون") and j + 1 < limit and self.name_like(j + 1) \
                        and not self.keys[j + 1].startswith("ال"):
                    j += 1  # a particle inside a European name: «ماريا فان كيرخوف» (not فإن)
                    continue
                break
            key = self.keys[j]
            if j > i and self.keys[j - 1] in _NAME_JOINS:
                j += 1  # after بن the father's name, whatever else it may open: «سلمان بن يوسف الدوسري»
                continue
            if j > i and self.starts_phrase(j) and self._surname_like_a_name(j, limit):
                j += 1  # «تيريز كاييكوامبا فاغنر إن»: a surname that is also a group's name (Wagner)
                break
            if j > i and (key not in self.gaz.country_adj.no_phrase and self.gaz.country_adj.match(self.keys, j)
                          or self.starts_phrase(j)
                          or key not in self.gaz.country_name.no_phrase
                          and self.gaz.country_name.match(self.keys, j, clitics=False)):
                break  # «الوزير التركي موقف مصر»: no name holds a country
            j += 1
        return j

    def _surname_like_a_name(self, j: int, limit: int) -> bool:
        """Is token j, after words of a name, a one-word organisation name that ends the clause
        (punctuation or أن/إن next), so a surname rather than the organisation?"""
        key = self.keys[j]
        if key.startswith("ال") or not (found := self.gaz.named_forms.match(self.keys, j, clitics=False)) \
                or found[0] != 1 or self.roles_at(j) is not None:
            return False
        return j + 1 >= limit or self.is_punct(j + 1) or "complementizer" in self.fw.get(self.keys[j + 1], ())

    def _name_goes_on(self, i: int, match, limit: int) -> bool:
        """Does a name that matches a people-file alias of two words or more, short of the full
        name, go on past it? Then it is someone else's: «جان بيير لاكروا» holds the alias «جان بيير»
        (Karine Jean-Pierre). A full name or a one-word alias is followed by the verb or the object."""
        end = i + match[0]
        if self._house(end, limit) or end < limit and self.keys[end] in _NAME_JOINS:
            return False  # (a longer nasab is the same person: «محمد بن عبد الرحمن بن جاسم آل ثاني»)
        if match[0] == 1 and len(match[1].name.split()) > 1:
            # a one-word alias followed by the rest of another closed name: «وزير المالية الفلسطيني شكري
            # بشارة إن», «عون ذياب عبد الله،» are not Sameh Shoukry and Michel Aoun; but «أكد شكري ضرورة ...» is
            if end >= limit or self.keys[end].startswith("ال") or self.starts_phrase(end) \
                    or self.gaz.people.match(self.keys, end):
                return False
            nxt = self.name_run(end, limit, max_len=3)
            return nxt > end and (nxt >= limit or self.is_punct(nxt) or self._verb_cue(nxt)
                                  or "complementizer" in self.fw.get(self.keys[nxt], ()))
        if not 2 <= match[0] < len(match[1].name.split()):
            return False
        return end < limit and self.keys[end] not in self.known and self.name_like(end) \
            and not self.starts_phrase(end) and not self.gaz.people.match(self.keys, end) \
            and self.name_run(i, limit) > end

    def _house(self, j: int, limit: int) -> int:
        """Length of «آل نهيان» at j (a family name after a person's name), else 0."""
        return 2 if j + 1 < limit and self.tokens[j].text == "آل" and self.name_like(j + 1) else 0

    def _hyphen(self, j: int, limit: int) -> bool:
        """A hyphen glued to the words on both sides, inside a name."""
        t = self.tokens
        return 0 < j and j + 1 < limit and t[j].text in ("-", "\u2010") and t[j - 1].end == t[j].start \
            and t[j].end == t[j + 1].start

    def plausible_name(self, i: int, end: int, limit: int) -> bool:
        """A name after a role must be closed by punctuation, a particle, a reporting verb (subject
        before verb: «المتحدث باسم الجيش فيليب اغير نفى») or the clause end, and a lone definite word
        must be a name the lexicon or the document knows: «وأكد المبعوث الحرص» has no name, «الوزير
        الجبير» has."""
        # a name of two words or more that the article gave ends there (one word may open another's
        # name: «كيم» of «كيم جونغ أون» and of «كيم يونغ هيون»)
        known = end - i >= 2 and all(self.keys[x] in self.known for x in range(i, end))
        if end < limit and not known and not (self.is_punct(end) or self.is_function(end) or self._verb_cue(end)
                                or self.keys[end].startswith("لل")  # «... جرينفيلد للمجلس إن»
                                # «الرئيس الكولومبي خوان مانويل سانتوس وزعيم حركة فارك»: and a second office
                                or self.keys[end][:1] == "و" and self._role_at(end)
                                or any(c and v in self.fw for v, c in proclitic_variants(self.keys[end]))
                                or self._closed_by_object(i, end)):
            return False  # (and «... الحجرف بما تضمنه»)
        if end == i + 1 and self.keys[i].startswith("ال"):
            return self.keys[i] in self.known or bool(self.gaz.people.match(self.keys, i, clitics=False))
        if self._direction(i):
            return False  # «… لشؤون منطقة الشرق الأوسط وشمال أفريقيا إن»: a region
        if not known and all(self.tokens[x].text.startswith("ال") for x in range(i, end)) \
                and any(self._common_noun(x) for x in range(i, end)):
            return False  # «الرئيس المنتخب اليمين الدستورية»: definite nouns, the verb's object (not «الهادي الصغير»)
        if sum(len(self.keys[x]) > 4 and self.keys[x].endswith("ات") for x in range(i, end)) > 1:
            return False  # «، تناول مستجدات مفاوضات سد النهضة»: two plurals in ات (one may be عرفات)
        return True

    def _closed_by_object(self, i: int, end: int) -> bool:
        """A first and last name, then the verb's object carrying a pronoun or a number: «تسلم النائب
        الأول لحاكم مصرف لبنان وسيم منصوري مهامه». Two or three words, none definite, none with the
        endings of common nouns, and the next word could be no part of a name."""
        if not 2 <= end - i <= 3 or self.name_like(end):
            return False
        # (the article is written ال: «ألفارو أوريبي أنصاره» is a name whose key only looks definite)
        return not any(self.tokens[x].text.startswith("ال") or self._common_noun(x)
                       or self.keys[x].endswith(("ين", "ون")) for x in range(i, end))

    def _country_after(self, j: int, limit: int) -> tuple[str, int]:
        """A country adjective (الروسي) or a construct country name (روسيا) at j: (code, end)."""
        if j >= limit:
            return "", j
        g, key = self.gaz, self.keys[j]
        adj = g.country_adj.match(self.keys, j, clitics=False) if key not in g.country_adj.no_phrase else None
        m = g.country_name.match(self.keys, j, clitics=False) if key not in g.country_name.no_phrase else None
        if m and (adj is None or m[0] > adj[0]):
            # the longer reading: «غينيا» is also the accusative of الغيني (Guinean), but «وزير خارجية
            # غينيا الاستوائية» is Equatorial Guinea's
            return m[1], j + m[0]
        if adj:
            return adj[1], j + adj[0]
        if key == "النظام" and j + 1 < limit and (m := g.country_adj.match(self.keys, j + 1, clitics=False)):
            return m[1], j + 1 + m[0]  # «وزير خارجية النظام السوري»: the regime is the state
        # «في ليبيا», «لدى مصر»: a country named by a preposition close by
        if j + 1 < limit and self.keys[j] in ("في", "لدي") and (m := self.gaz.country_name.match(self.keys, j + 1)):
            return m[1], j + 1 + m[0]
        if key.startswith("ل") and key != "للمملكه" and (m := g.country_name.match(self.keys, j)) \
                and j + m[0] < limit and self.keys[j + m[0]] == "لدي":
            # «الممثلة الدائمة للولايات المتحدة لدى الأمم المتحدة»: the country a delegate speaks for
            # (without «لدى», «المبعوث الخاص لسوريا» is an envoy to the country; «للمملكة» alone is
            # whichever kingdom the outlet is in, Morocco or Jordan as well as Saudi Arabia)
            return m[1], j + m[0]
        return "", j

    def _skip_posting(self, j: int, limit: int) -> int:
        """Past what stands between a role and its holder's name: the posting of an envoy or
        ambassador («لدى الأمم المتحدة», «إلى سوريا»), a mission («بشأن ليبيا», «للمحادثات») and the
        adjectives of the office (الدائم، الخاصة). Only when a name follows: otherwise the words may
        be the role's own complement."""
        g, k = self.gaz, j
        for _ in range(4):
            if k < limit and self.keys[k] in _OFFICE_ADJECTIVES:
                k += 1
                continue
            if k + 1 < limit and self.tokens[k].text == "(":
                close = next((x for x in range(k + 1, min(limit, k + 5)) if self.tokens[x].text == ")"), None)
                if close is not None:
                    k = close + 1  # an acronym: «وكالة الأمم المتحدة لإغاثة ... (الأونروا) فيليب لازاريني»
                    continue
            second = k + 1 if k + 2 < limit and self.keys[k].startswith("ال") and self.keys[k + 1].startswith("و") else k
            if second + 1 < limit and self.keys[second].startswith("و") and self.keys[second + 1] in _BY_ITS_NAME \
                    and (r := g.roles.match([self.keys[second][1:], "باسم"], 0)) and r[1].kind == "spokesperson":
                # a second office, coordinated: «رئيس وفد الجماعة المفاوض والمتحدث باسمها محمد عبد السلام»
                k = second + 2
                continue
            if k + 1 < limit and self.keys[k] in _POSTING:
                found = g.country_name.match(self.keys, k + 1) or g.named_forms.match(self.keys, k + 1)
                if found:
                    k += 1 + found[0]
                    continue
                if self.keys[k] in ("لدي", "الي"):
                    # «مندوب روسيا لدى المنظمات الدولية في فيينا ميخائيل أوليانوف»: a posting the lexicon
                    # does not name, then perhaps its city
                    tail = self._genitive(k + 1, limit)
                    if tail + 1 < limit and self.keys[tail] == "في" and (
                            city := g.capital.match(self.keys, tail + 1, clitics=False)
                            or g.country_name.match(self.keys, tail + 1, clitics=False)):
                        tail += 1 + city[0]
                    if tail > k + 1 and (name := self._apposition_name(tail, limit)[0]) is not None \
                            and self._strict_name(name[0], name[1], name[1]):
                        k = tail
                        continue
                within = self._institution_phrase(k + 1, limit) if self.keys[k] == "في" else (None, "", "", k + 1)
                held = next((e for e in range(within[3], min(limit, within[3] + 3))
                             if (name := self._apposition_name(e, limit)[0]) is not None
                             and self._strict_name(name[0], name[1], name[1])), None) \
                    if within[3] > k + 1 and within[2] else None
                if held is not None:
                    k = held  # «وزير الخارجية في حكومة تصريف الأعمال عدنان منصور»: the body the office is in
                    continue
                if self.keys[k] in ("بشان", "حول") and self.name_like(k + 1):
                    k += 2
                    continue
                # a word in ة is more often a common noun before the place's name («في محافظة مأرب»)
                widths = (2, 1) if k + 1 < limit and self._common_noun(k + 1) else (1, 2)
                place = next((w for w in widths if self._place_then_name(k + 1, w, limit)), 0) \
                    if self.keys[k] == "في" else 0
                if place:
                    k += 1 + place  # «نائب رئيس الحركة في (قطاع) غزة خليل الحية»: a place the lexicon does not know
                    continue
            tail = k
            while tail < limit and tail - k < 4 and self.keys[tail].startswith(("وال", "بال", "ال")) \
                    and self.keys[tail].isalpha() and not self.starts_phrase(tail) and not self._joined_by_and(tail):
                tail += 1  # «وزير الشؤون الخارجية ... والمغاربة المقيمين بالخارج، ناصر بوريطة»
            if tail > k and tail + 1 < limit and self.keys[tail] == "في" and self.keys[tail + 1] == "الخارج":
                tail += 2  # «… والتعاون والموريتانيين في الخارج محمد سالم ولد مرزوك»: abroad
            if tail > k and self.keys[k].startswith("وال") and self._apposition_name(tail, limit)[0] is not None:
                k = tail
                continue
            if k + 1 < limit and self.keys[k] in _AFFAIRS and (past := self._portfolio(k, limit)) > k + 1:
                k = past  # «المنسقة الخاصة للأمم المتحدة لشؤون لبنان يوانا فرونتسكا»
                continue
            if k < limit and self.keys[k][:1] == "ل" and (org := g.named_forms.match(self.keys, k)) and org[2] == 1:
                k += org[0]  # «رئيس المجلس الرئاسي لحكومة الوفاق الوطني فايز السراج»: the body it serves
                continue
            if k < limit and self.keys[k].startswith("لل") and len(self.keys[k]) > 4 and self.keys[k].isalpha() \
                    and not self.starts_phrase(k):
                k += 1  # «رئيس الوفد الروسي للمحادثات فلاديمير ميدينسكي», «... للأمن القومي جون كيربي»
                while k < limit and self.keys[k].startswith("ال") and self.name_like(k) and (
                        not self.starts_phrase(k) or g.country_adj.match(self.keys, k, clitics=False)) \
                        and self._apposition_name(k, limit)[0] != (k, k + 1):
                    k += 1  # (and its adjectives: «وزير الدولة للشؤون الاقتصادية الكويتي»)
                continue
            break
        if k == j:
            return j
        name, _ = self._apposition_name(k, limit)
        if name is None and k < limit and (rank := self._body_role(k, limit)) is not None and rank[0] == 1:
            # «مندوب الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي»: a rank, then the name
            name, _ = self._apposition_name(k + 1, limit)
        return k if name is not None else j

    def _far_name(self, j: int, limit: int, commas: bool = False, set_off: bool = False) -> tuple[int, int] | None:
        """A strict name a few words on, past what more an office says of itself: «رئيس الوفد الحكومي
        المفاوض في ملف الأسرى هادي هيج إن», «رئيس لجنة المال والموازنة النيابية النائب إبراهيم كنعان».
        Only nouns, adjectives, «في», genitives with لـ and quote marks may stand between; a cue, a
        particle or punctuation ends the search. With `commas`, more offices between commas too, and then
        the name stands between commas: «وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج،
        السيد أحمد عطاف، عن»; `set_off` takes only such a name. The name's span, or None."""
        stop = min(limit, j + (16 if commas else 9))
        if set_off and not any(self.tokens[x].text in "،," for x in range(j, stop)):
            return None  # (no comma ahead: no name set off by one; most roles without a name end here)
        crossed = False
        party = False  # past «عن»: whom the office speaks for, up to the next comma, is no name
        for c in range(j, stop):
            t = self.tokens[c].text
            if t in _QUOTE_MARKS:
                continue
            if commas and t in "،,":
                crossed, party = True, False
                continue
            if party:
                continue
            if crossed and self.tokens[c - 1].text in "،," and self._joined_by_and(c):
                return None  # «… وزير خارجية إيران، والسيد ستيف ويتكوف»: someone else, joined by و
            if commas and self.keys[c] == "عن":
                party = True  # «الرئيس المشترك عن وفد النظام، أحمد الكزبري،»
                continue
            if self.keys[c] == "في" or commas and self.keys[c] in ("الي", "لدي"):
                if c == j and not commas:
                    return None  # («مسؤول في الوفد» is read by the caller)
                continue  # (a posting: «ورئيس وفد بلاده إلى المحادثات، رستم عمروف،»)
            if self.keys[c].startswith(("وال", "لل", "بال") if commas else ("وال", "لل")) and self.keys[c].isalpha() \
                    and len(self.keys[c]) > 3:
                continue  # «المال والموازنة», «التابعة للحوثيين», «بالخارج»: a coordinated or genitive word
            if commas and self.keys[c].startswith("ب") and self.gaz.body_forms.match(self.keys, c):
                continue  # «وزير الدولة بوزارة الخارجية»
            if not self.name_like(c) and not self._title_at(c) and not (
                    commas and self.tokens[c].text.isalpha() and not self.is_function(c) and not self._verb_cue(c)):
                return None  # (with commas, a noun with a pronoun too: «ورئيس وفد بلاده إلى المحادثات»)
            k = self._skip_titles(c, limit)
            if k > j and self.keys[k - 1] in _NAME_LINKS | _NAME_JOINS:
                return None  # «الداه ولد عبد الجليل» is not «عبد الجليل»: this name began before
            if crossed and not (self.tokens[k - 1].text in "،," or k > c):
                continue  # past a comma, the name is set off by one (or by its title)
            end = self.name_run(k, limit, max_len=4) if k < limit else k
            closed = end >= limit or self.is_punct(end) or self._verb_cue(end) or self._verb_cue_behind_fa(end) \
                or "complementizer" in self.fw.get(self.keys[end], ()) or self.keys[end] in _HIS_SAYING
            if crossed:
                closed = end < limit and (self.tokens[end].text in "،," or self._verb_cue(end))
            if end > k and closed and (crossed or not set_off) and self._strict_name(k, end, limit):
                return k, end
        return None

    def _office_within(self, end: int, limit: int):
        """The body an office is in, a few words on: «وزيرة الدولة والمبعوثة الخاصة للعمل المناخي الدولي
        في وزارة الخارجية الألمانية». Past a second office joined by و and the words of a portfolio
        (لل-, لـ and ال- words), «في» or «بـ» and a known body or institution: (institution, country,
        body, end), or None."""
        k = end
        if k < limit and self.keys[k][:1] == "و" and (r := self.roles_at(k)) is not None and r[2] == 1:
            k += r[0]
        start = k
        while k < limit and k - start < 6 and self.keys[k].startswith(("ل", "ال")) and self.keys[k].isalpha() \
                and self.name_like(k) or k < limit and self.keys[k].startswith("لل") and self.keys[k].isalpha():
            k += 1
        if k + 1 < limit and self.keys[k] in ("في", "ب"):
            k += 1
        elif not (k < limit and self.keys[k].startswith("ب") and len(self.keys[k]) > 3):
            return None
        inst, country, body, e = self._institution_phrase(k, limit)
        return (inst, country, body, e) if e > k and (inst is not None or body) else None

    def _person_first_last(self, k: int, end: int):
        """The people-file person named by the first and last words of a longer name whose middle is a
        nasab: «سلطان بن أحمد الجابر» is «سلطان الجابر». None if there is none."""
        if end - k < 3 or not any(self.keys[x] in _NAME_JOINS for x in range(k + 1, end - 1)):
            return None
        found = self.gaz.people.match([self.keys[k], self.keys[end - 1]], 0, clitics=False)
        return found[1] if found and found[0] == 2 else None

    def _joined_by_and(self, i: int) -> bool:
        """Does token i open a title or a role behind the conjunction و: «والسيد», «ووزير» (not «وزير»)?"""
        if self.keys[i][:1] != "و":
            return False
        r = self.roles_at(i)
        if r is not None:
            return r[2] >= 1
        b = self._body_role(i, len(self.keys))
        return bool(b) and b[2] >= 1

    def _joined_title(self, i: int) -> bool:
        """Does token i join a title or rank and a bare name to what comes before: «… والمستشار عقيلة
        صالح», «والسيد ستيف ويتكوف» (another person; «ووزير الخارجية» may be the same person's office)?"""
        key = self.keys[i]
        if key[:1] != "و" or i + 1 >= len(self.keys):
            return False
        r = self.roles_at(i)
        rank = r is not None and r[2] >= 1 and r[1].kind == "title" or key[1:] in _RANKS_BEFORE_NAMES
        return rank and self.name_like(i + 1) and not self.keys[i + 1].startswith("ال") and not self.starts_phrase(i + 1)

    def _title_at(self, i: int) -> bool:
        r = self._roles[i]
        if r is _UNSET:
            r = self.roles_at(i)
        return bool(r) and r[1].kind == "title" or self.keys[i] in _RANKS_BEFORE_NAMES

    def _verb_cue_behind_fa(self, i: int) -> bool:
        """«فكتب»، «فقال»: a cue verb behind ف (after «أما X»)."""
        key = self.keys[i]
        return key.startswith("ف") and (found := self.cues.lookup(key[1:])) is not None and found[0].kind == "verb"

    def _place_then_name(self, k: int, width: int, limit: int) -> bool:
        """Are the `width` words at k an unlisted place (indefinite, no phrase of the lexicon begins
        there), followed by a strict name?"""
        if k + width + 1 >= limit or self.keys[k].startswith("ال"):
            return False
        if not all(self.name_like(x) and not self.starts_phrase(x) for x in range(k, k + width)):
            return False
        name = self._apposition_name(k + width, limit)[0]
        return name is not None and self._strict_name(name[0], name[1], limit)

    def _body_role(self, i: int, limit: int):
        """A body role at i (bodies.tsv), but not an indefinite one-word office without its country:
        «سلطان بن أحمد الجابر» is a name, «سلطان عمان» the sultan."""
        body_roles = self.gaz.body_roles
        m = body_roles.match(self.keys, i) if self.keys[i] not in body_roles.no_phrase else None
        if m is None and self.keys[i].endswith("نا") and len(self.keys[i]) > 4:
            # «مندوبنا الدائم», «سفيرنا في القاهرة»: «our» is the country of the outlet, which the article gives
            own = body_roles.match([self.keys[i][:-2]] + self.keys[i + 1:i + 6], 0)
            return own if own is not None and own[2] == 0 else None
        if m and m[0] == 1 and m[2] == 0 and not self.keys[i].startswith("ال") \
                and not self._country_after(i + 1, limit)[0] and not (i + 1 < limit and self.keys[i + 1] == _HOME) \
                and not (self.keys[i] in _MINISTER and self._unlisted_portfolio(i + 1, limit) > i + 1):
            return None
        return m

    def _unlisted_portfolio(self, j: int, limit: int) -> int:
        """Past the portfolio of a minister that bodies.tsv does not list, when a country adjective
        follows it: «وزير البنية التحتية الأوكراني» (a minister of that government). j otherwise."""
        k = j
        while k < limit and k - j < 3 and self.keys[k].startswith(("ال", "وال")) and self.name_like(k) \
                and not self.gaz.country_adj.match(self.keys, k, clitics=False) and not self.starts_phrase(k):
            k += 1
        return k if k > j and self._country_after(k, limit)[0] else j

    def _portfolio(self, j: int, limit: int) -> int:
        """Past a portfolio after a role: «وزيرة دولة لشؤون التعاون الدولي», «مستشار الرئيس للشؤون
        الخارجية», «وزير البنية التحتية» before a country adjective (which is left to the caller)."""
        if j > 0 and self.keys[j - 1] in _MINISTER:
            return self._unlisted_portfolio(j, limit)
        if j + 1 < limit and self.keys[j] in _AFFAIRS:
            j += 1
            if (place := self.gaz.country_name.match(self.keys, j, clitics=False)) is not None:
                return j + place[0]  # «المنسقة الخاصة للأمم المتحدة لشؤون لبنان»
            while j < limit and self.keys[j].startswith(("ال", "وال")) and self.name_like(j) \
                    and not self.gaz.country_adj.match(self.keys, j, clitics=False) and not self._role_at(j):
                j += 1  # (a second office ends it: «وزيرة الدولة لشؤون الإعلام الناطقة الرسمية باسم الحكومة»)
        return j

    def _skip_titles(self, i: int, limit: int) -> int:
        roles = self._roles  # roles_at()'s memo, read here first: every parse starts with this loop
        while i < limit:
            r = roles[i]
            if r is _UNSET:
                r = self.roles_at(i)
            if r and r[1].kind == "title":
                i += r[0]
                if i < limit and self.keys[i] in _OFFICE_ADJECTIVES and r[0] > 1:
                    i += 1  # «دولة الرئيس المكلف نواف سلام»
            elif self.keys[i] in _RANKS_BEFORE_NAMES and i + 1 < limit and self.name_like(i + 1) \
                    and not self.keys[i + 1].startswith("ال") and not self.starts_phrase(i + 1):
                # «النائب جبران باسيل», a member of parliament; not «النائب الأول للحاكم»; «المستشار أحمد
                # أبو زيد», the honorific of Egypt's diplomats and judges, not «المستشار الألماني»
                i += 1
            else:
                break
        return i

    def _apposition_name(self, j: int, limit: int, strict: bool = False) -> tuple[tuple[int, int] | None, int]:
        """A name after a role, directly or between commas: «... الروسي سيرغي لافروف» / «، جو بايدن،»."""
        k = j
        if k < limit and self.tokens[k].text in "،," and k + 1 < limit:
            k += 1
            if self._joined_by_and(k):
                return None, j  # «… وزير خارجية إيران، والسيد ستيف ويتكوف»: someone else, joined by و
        k = self._skip_titles(k, limit)
        if k < limit and self.keys[k] not in self.gaz.people.no_phrase:
            m = self.gaz.people.match(self.keys, k, clitics=False)
            if m and not self._name_goes_on(k, m, limit):
                end = k + m[0] + self._house(k + m[0], limit)
                return (k, end), end
        if k < limit and (self._role_at(k) or self.keys[k] not in self.gaz.body_forms.no_phrase
                          and self.gaz.body_forms.match(self.keys, k, clitics=False)) \
                and self.keys[k] not in self.known:
            return None, j  # a second role: «... لرئيس الصين وزير الثقافة لوه شوشنج» (see _stacked)
        end = self.name_run(k, limit)
        if end > k and (place := self.gaz.capital.match(self.keys, k, clitics=False)
                        or self.gaz.country_name.match(self.keys, k, clitics=False)) and k + place[0] == end:
            return None, j  # «حذر الرئيس الروسي سيول من أن …»: a place, the verb's object, is no name
        if end > k and self.plausible_name(k, end, limit) and (not strict or self._strict_name(k, end, limit)):
            return (k, end), end
        return None, j

    def _strict_name(self, k: int, end: int, limit: int) -> bool:
        """After an institution (not a role) a name must look like one: known to the article, or two to
        four words, none a common noun, no article before the last, closed by punctuation or أن/إن.
        «وزارة الصحة في غزة ارتفاع عدد الضحايا» has no name in it."""
        if self.keys[k] in self.known:
            return True
        if (found := self.gaz.people.match(self.keys, k, clitics=False)) and k + found[0] == end:
            return True  # «محافظ مصرف ليبيا المركزي الصديق الكبير قرار ...»: a known office holder
        if self._direction(k):
            return False  # «… لشؤون منطقة الشرق الأوسط وشمال أفريقيا إن», «… لشرق أفريقيا»: a region
        if self.keys[k] not in self.gaz.named_forms.no_phrase and self.gaz.named_forms.match(self.keys, k):
            return False  # «مصادر في المجموعة لشفق نيوز إن»: the outlet spoken to, not a name
        # a title vouches for names in ة (الفريق أسامة ربيع، الشيخ حمزة …، السيدة سلمى مليكة حدادي):
        # «لجنة» has none
        titled = k > 0 and (r := self.roles_at(k - 1)) is not None and r[1].kind == "title"
        nouns = sum(self._common_noun(x) for x in range(k, end))
        if not 2 <= end - k <= 4 or nouns and not titled or nouns == end - k:
            return False
        if any(self.tokens[x].text.startswith("ال") for x in range(k, end - 1)) \
                and not any(self.keys[x] in _NAME_JOINS for x in range(k + 1, end - 1)):
            return False  # (but «الداه ولد عبد الجليل», «الطاهر بن علي»; «إلفيس»: إل is no article)
        if end + 1 < limit and self.keys[end].startswith("ل") and (
                "complementizer" in self.fw.get(self.keys[end + 1], ()) or self.is_punct(end + 1)) \
                and not any(self.keys[x].startswith("ال") for x in range(k, end)):
            return True  # «أسامة حمدان للجزيرة إن»: the outlet spoken to, then the words
        if end + 1 < limit and self.keys[end] in ("في", "خلال", "عبر") and (r := self.roles_at(end + 1)) is not None \
                and r[1].kind == "document":
            return True  # «عماد السايح في بيان إن»: the text that carries the words, then the words
        # closed by punctuation, أن/إن, or a verb's preposition: «… جينين هينيس-بلاسخارت عن قلق بالغ»
        return end >= limit or self.is_punct(end) or self.keys[end] in _VERB_PARTICLES \
            or "complementizer" in self.fw.get(self.keys[end], ()) or self.keys[end] in _HIS_SAYING

    def _direction(self, i: int) -> bool:
        """Is token i a point of the compass, bare or behind و، ل، ب (وشمال، لشرق)?"""
        key = self.keys[i]
        return key in _DIRECTIONS or key[:1] in ("و", "ل", "ب") and key[1:] in _DIRECTIONS

    def _verb_cue(self, i: int) -> bool:
        found = self.cues.lookup(self.keys[i], self.tokens[i].text)
        return found is not None and found[0].kind == "verb"

    def _common_noun(self, i: int) -> bool:
        """Endings that personal names seldom have: ة (لجنة، جماعة) and the feminine plural ات."""
        surface = self.tokens[i].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        return surface.endswith("\u0629") or (len(self.keys[i]) > 4 and self.keys[i].endswith("ات"))

    def _role_at(self, i: int) -> bool:
        r = self._roles[i]
        if r is _UNSET:
            r = self.roles_at(i)
        return bool(self._body_role(i, len(self.keys))) or bool(r and r[1].kind in ("spokesperson", "office",
                                                                                           "member"))

    def _gender(self, i: int) -> str:
        return _GENDER[self.keys[i]]


def function_key(key: str, fw: dict[str, set[str]]) -> bool:
    """Is a token with this key a function word, bare or behind و/ف (وأن، فقد)?"""
    if key in fw:
        return True
    if key[:1] not in ("و", "ف") or len(key) < 3 or (rest := fw.get(key[1:])) is None:
        return False
    # «فأي» (so any) is rare, and the names «فاي» (Faye), «فان» are not: ف before a determiner is a letter
    return not (key[0] == "ف" and rest == {"determiner"})


def name_like_word(text: str, key: str, fw: dict[str, set[str]], cues: CueLexicon,
                   parser: NameReader | None = None, i: int = 0) -> bool | object:
    """NameReader.name_like for a token with this text and key: could it be part of a personal name?
    With `parser` None the word is read alone, and the answer is _UNSET where a rule needs the words
    around it (the next one, or a person's name that starts at it); given the parser, token i is read
    in its place. A paragraph's words recur across paragraphs and articles: what needs no neighbour is
    kept per word (Pipeline's memo), and a token reads it instead of running the rules again."""
    if text in ("آل", "ال"):
        if parser is None:
            return _UNSET
        if i + 1 < len(parser.tokens) and not parser.is_punct(i + 1):
            return True  # a house: «عبدالله بن زايد آل نهيان», «تميم بن حمد آل ثاني»
    if len(text) == 1 and (text in _PUNCT_STOP or not text.isalnum()):  # (NameReader.is_punct)
        return False
    if function_key(key, fw):
        return False
    # a key of letters only holds no digit (no character is both, tests/test_parallel.py checks):
    # only the others are read character by character
    if not key or not key.isalpha() and any(c.isdigit() for c in key):
        return False
    if cues.may_be_cue[key]:
        return False
    if "\u064b" in text:  # FATHATAN: an accusative noun (اهتماماً، تزامناً), not a name
        return False
    if key.startswith(("لل", "بال", "وال")):
        return False
    if key[:1] in ("ب", "ل", "ك") and key[1:] in fw and len(key) > 2:
        if parser is None:
            return _UNSET
        if not parser.gaz.people.match(parser.keys, i):
            return False  # «بما», «لأن», «كما»: a particle behind a preposition (but «بان كي مون»)
    surface = text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if key[:1] == "ل" and len(key) >= 6 and surface.endswith("\u0629"):
        if parser is None:
            return _UNSET
        if i + 1 < len(parser.keys) and parser.keys[i + 1].startswith("ال"):
            return False  # «المجلس الوطني لحماية الوطن»: لـ and a noun in ة, in construct (not «لعمامرة»)
    if len(key) >= 4 and key.endswith(("ه", "ها", "هم", "هما", "هن")) and not key.endswith("الله") and \
            not surface.endswith("\u0629") and not key.startswith(("ال", "وال")):
        return False  # (TEH MARBUTA ends a noun, and the article never takes a pronoun: «الداه» is a name)
    return True


def _gender_of(key: str) -> str:
    """The grammatical gender of a head noun's key: a feminine plural (مصادر) or a word in ة is "f"."""
    for k, _ in proclitic_variants(key):
        if k in _FEMININE_PLURAL_HEADS:
            return "f"
    if key.endswith("ه") and not key.endswith("الله"):
        return "f"
    return "m"


_GENDER = KeyMemo(_gender_of)  # token key -> _gender_of(key): asked of every mention's head
