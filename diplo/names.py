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

_UNSET = object()  # a per-token memo not filled yet
_POSTING = {"لدي", "في", "الي", "بشان", "حول"}  # normalized: لدى, إلى, بشأن
_OFFICE_ADJECTIVES = {"الدايم", "الدايمه", "الخاص", "الخاصه", "المكلف", "المكلفه", "المعتمد", "المعتمده",
                      "المفاوض", "المفاوضه", "السابق", "السابقه", "الاسبق", "الاسبقه"}
_NAME_LINKS = {"بن", "ابن", "بنت", "ابو", "عبد", "ال"}  # normalized; not learnt as names alone
_BY_ITS_NAME = {"باسمه", "باسمها", "باسمهم", "باسمهما"}
_PUNCT_STOP = set("،,.:;؛!?؟()[]{}«»\"“”'‘’-–—/|")
_FEMININE_PLURAL_HEADS = {"مصادر", "المصادر", "السلطات", "سلطات", "الدول", "دول", "التقارير", "تقارير",
                          "الاوساط", "اوساط", "الحكومات", "وسايل", "الصحف", "صحف"}


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

    def is_punct(self, i: int) -> bool:
        t = self.tokens[i].text
        return len(t) == 1 and (t in _PUNCT_STOP or not t.isalnum())

    def is_function(self, i: int) -> bool:
        key = self.keys[i]
        return key in self.fw or (key[:1] in ("و", "ف") and len(key) > 2 and key[1:] in self.fw)

    def name_like(self, i: int) -> bool:
        """Could token i be part of a personal name? Not punctuation, a function word, a cue, a
        prepositional phrase (للصحافيين، بالقاهرة), or a noun carrying a possessive (تفهمه)."""
        found = self._name_like[i]
        if found is _UNSET:
            found = self._name_like[i] = self._name_like_uncached(i)
        return found

    def _name_like_uncached(self, i: int) -> bool:
        if self.tokens[i].text in ("آل", "ال") and i + 1 < len(self.tokens) and not self.is_punct(i + 1):
            return True  # a house: «عبدالله بن زايد آل نهيان», «تميم بن حمد آل ثاني»
        if self.is_punct(i) or self.is_function(i):
            return False
        key = self.keys[i]
        # a key of letters only holds no digit (no character is both, tests/test_parallel.py checks):
        # only the others are read character by character
        if not key or not key.isalpha() and any(c.isdigit() for c in key):
            return False
        if self.cues.may_be_cue[key]:
            return False
        if "\u064b" in self.tokens[i].text:  # FATHATAN: an accusative noun (اهتماماً، تزامناً), not a name
            return False
        if key.startswith(("لل", "بال", "وال")):
            return False
        if key[:1] in ("ب", "ل", "ك") and key[1:] in self.fw and len(key) > 2 and not self.gaz.people.match(self.keys, i):
            return False  # «بما», «لأن», «كما»: a particle behind a preposition (but «بان كي مون»)
        surface = self.tokens[i].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        if len(key) >= 4 and key.endswith(("ه", "ها", "هم", "هما", "هن")) and not key.endswith("الله") and \
                not surface.endswith("\u0629"):  # TEH MARBUTA ends a noun, not a pronoun
            return False
        return True

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
                elif (self._hyphen(j, limit) or self.keys[j] in _NAME_LINKS) and j + 1 < limit \
                        and self.known.get(self.keys[j + 1]) == full:
                    j += 2  # «سلطان بن أحمد الجابر», «توماس-جرينفيلد»: the links are not learnt alone
                else:
                    break
            return j
        j = i
        while j < limit and j - i < max_len:
            if not self.name_like(j):
                if j > i and self._hyphen(j, limit) and self.name_like(j + 1):
                    j += 2  # a hyphenated name: «توماس-جرينفيلد»
                    continue
                break
            key = self.keys[j]
            if j > i and (key not in self.gaz.country_adj.no_phrase and self.gaz.country_adj.match(self.keys, j)
                          or self.starts_phrase(j)
                          or key not in self.gaz.country_name.no_phrase
                          and self.gaz.country_name.match(self.keys, j, clitics=False)):
                break  # «الوزير التركي موقف مصر»: no name holds a country
            j += 1
        return j

    def _name_goes_on(self, i: int, match, limit: int) -> bool:
        """Does a name that matches a people-file alias of two words or more, short of the full
        name, go on past it? Then it is someone else's: «جان بيير لاكروا» holds the alias «جان بيير»
        (Karine Jean-Pierre). A full name or a one-word alias is followed by the verb or the object."""
        end = i + match[0]
        if self._house(end, limit):
            return False
        if match[0] == 1 and len(match[1].name.split()) > 1:
            # a one-word alias followed by another closed name: «وزير المالية الفلسطيني شكري بشارة إن»
            # is not Sameh Shoukry; but «أكد شكري ضرورة ...» is
            nxt = end + 1
            return end < limit and self.name_like(end) and not self.keys[end].startswith("ال") \
                and not self.starts_phrase(end) \
                and not self.gaz.people.match(self.keys, end) \
                and (nxt >= limit or self.is_punct(nxt) or self._verb_cue(nxt)
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
        if end < limit and not (self.is_punct(end) or self.is_function(end) or self._verb_cue(end)
                                or self.keys[end].startswith("لل")  # «... جرينفيلد للمجلس إن»
                                or any(c and v in self.fw for v, c in proclitic_variants(self.keys[end]))
                                or self._closed_by_object(i, end)):
            return False  # (and «... الحجرف بما تضمنه»)
        if end == i + 1 and self.keys[i].startswith("ال"):
            return self.keys[i] in self.known or bool(self.gaz.people.match(self.keys, i, clitics=False))
        return True

    def _closed_by_object(self, i: int, end: int) -> bool:
        """A first and last name, then the verb's object carrying a pronoun or a number: «تسلم النائب
        الأول لحاكم مصرف لبنان وسيم منصوري مهامه». Two or three words, none definite, none with the
        endings of common nouns, and the next word could be no part of a name."""
        if not 2 <= end - i <= 3 or self.name_like(end):
            return False
        return not any(self.keys[x].startswith("ال") or self._common_noun(x) or self.keys[x].endswith(("ين", "ون"))
                       for x in range(i, end))

    def _country_after(self, j: int, limit: int) -> tuple[str, int]:
        """A country adjective (الروسي) or a construct country name (روسيا) at j: (code, end)."""
        if j >= limit:
            return "", j
        g, key = self.gaz, self.keys[j]
        m = g.country_adj.match(self.keys, j, clitics=False) if key not in g.country_adj.no_phrase else None
        if m:
            return m[1], j + m[0]
        m = g.country_name.match(self.keys, j, clitics=False) if key not in g.country_name.no_phrase else None
        if m:
            return m[1], j + m[0]
        # «في ليبيا», «لدى مصر»: a country named by a preposition close by
        if j + 1 < limit and self.keys[j] in ("في", "لدي") and (m := self.gaz.country_name.match(self.keys, j + 1)):
            return m[1], j + 1 + m[0]
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
                if self.keys[k] in ("بشان", "حول") and self.name_like(k + 1):
                    k += 2
                    continue
                if self.keys[k] == "في" and k + 3 < limit and self.name_like(k + 1) and not self.starts_phrase(k + 1) \
                        and not self.keys[k + 1].startswith("ال") and (name := self._apposition_name(k + 2, limit)[0]) \
                        and self._strict_name(name[0], name[1], limit):
                    k += 2  # «نائب رئيس الحركة في غزة خليل الحية»: a city the lexicon does not know
                    continue
            tail = k
            while tail < limit and tail - k < 4 and self.keys[tail].startswith(("وال", "بال", "ال")) \
                    and self.keys[tail].isalpha() and not self.starts_phrase(tail):
                tail += 1  # «وزير الشؤون الخارجية ... والمغاربة المقيمين بالخارج، ناصر بوريطة»
            if tail > k and self.keys[k].startswith("وال") and self._apposition_name(tail, limit)[0] is not None:
                k = tail
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
        return k if name is not None else j

    def _body_role(self, i: int, limit: int):
        """A body role at i (bodies.tsv), but not an indefinite one-word office without its country:
        «سلطان بن أحمد الجابر» is a name, «سلطان عمان» the sultan."""
        body_roles = self.gaz.body_roles
        m = body_roles.match(self.keys, i) if self.keys[i] not in body_roles.no_phrase else None
        if m and m[0] == 1 and m[2] == 0 and not self.keys[i].startswith("ال") \
                and not self._country_after(i + 1, limit)[0]:
            return None
        return m

    def _portfolio(self, j: int, limit: int) -> int:
        """Past a portfolio after a role: «وزيرة دولة لشؤون التعاون الدولي», «مستشار الرئيس للشؤون
        الخارجية» (a country adjective after it is left to the caller)."""
        if j + 1 < limit and self.keys[j] in ("لشوون", "للشوون"):
            j += 1
            while j < limit and self.keys[j].startswith(("ال", "وال")) and self.name_like(j) \
                    and not self.gaz.country_adj.match(self.keys, j, clitics=False):
                j += 1
        return j

    def _skip_titles(self, i: int, limit: int) -> int:
        roles = self._roles  # roles_at()'s memo, read here first: every parse starts with this loop
        while i < limit:
            r = roles[i]
            if r is _UNSET:
                r = self.roles_at(i)
            if r and r[1].kind == "title":
                i += r[0]
            elif self.keys[i] in ("النايب", "النايبه") and i + 1 < limit and self.name_like(i + 1) \
                    and not self.keys[i + 1].startswith("ال") and not self.starts_phrase(i + 1):
                i += 1  # «النائب جبران باسيل», a member of parliament; not «النائب الأول للحاكم»
            else:
                break
        return i

    def _apposition_name(self, j: int, limit: int, strict: bool = False) -> tuple[tuple[int, int] | None, int]:
        """A name after a role, directly or between commas: «... الروسي سيرغي لافروف» / «، جو بايدن،»."""
        k = j
        if k < limit and self.tokens[k].text in "،," and k + 1 < limit:
            k += 1
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
        # a title vouches for a first name in ة (الفريق أسامة ربيع، الشيخ حمزة ...): «لجنة» has none
        titled = k > 0 and (r := self.roles_at(k - 1)) is not None and r[1].kind == "title"
        if not 2 <= end - k <= 4 or any(self._common_noun(x) for x in range(k + titled, end)):
            return False
        if any(self.keys[x].startswith("ال") for x in range(k, end - 1)):
            return False
        if end + 1 < limit and self.keys[end].startswith("ل") and (
                "complementizer" in self.fw.get(self.keys[end + 1], ()) or self.is_punct(end + 1)) \
                and not any(self.keys[x].startswith("ال") for x in range(k, end)):
            return True  # «أسامة حمدان للجزيرة إن»: the outlet spoken to, then the words
        if end + 1 < limit and self.keys[end] in ("في", "خلال", "عبر") and (r := self.roles_at(end + 1)) is not None \
                and r[1].kind == "document":
            return True  # «عماد السايح في بيان إن»: the text that carries the words, then the words
        return end >= limit or self.is_punct(end) or "complementizer" in self.fw.get(self.keys[end], ())

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
        key = self.keys[i]
        for k, _ in proclitic_variants(key):
            if k in _FEMININE_PLURAL_HEADS:
                return "f"
        if key.endswith("ه") and not key.endswith("الله"):
            return "f"
        return "m"
