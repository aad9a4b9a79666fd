"""Institution and organisation phrases inside a speaker mention.

`BodyReader` reads what names a body: a named institution, a state body and its country («وزارة
الخارجية المصرية», «هيئة الأركان المشتركة في كوريا الجنوبية»), a body abroad and where it sits
(«السفارة الأميركية في بيروت»), an organisation by a common noun and its name («حركة «حماس»»), an
unlisted part of a known body, and the issuer of a document («بيان للجيش التركي»). It is mixed into
`MentionParser` (speakers.py), which also gives it `starts_phrase`.
"""
from __future__ import annotations

from .lexicon import proclitic_variants
from .mention import Mention
from .model import Institution
from .names import NameReader
from .text import KeyMemo

_OFFICES = {"مكتب", "ديوان"}  # an office, whose holder may be named after it
_QUOTES = set("«»“”„‟\"'‹›")
_HEADS_OF_STATE = {"رييس", "رييسه"}  # normalized: ئ -> ي
# token key -> is it one of the words above, with or without proclitics? (asked at most institution
# phrases: a dict probe rather than a generator over the key's variants)
_AN_OFFICE = KeyMemo(lambda key: any(v in _OFFICES for v, _ in proclitic_variants(key)))
_A_HEAD_OF_STATE = KeyMemo(lambda key: any(v in _HEADS_OF_STATE for v, _ in proclitic_variants(key)))
# the federal government's bodies, as against a region's: وزارة النفط الاتحادية (normalized)
_FEDERAL = {"الاتحاديه", "الاتحادي", "الفيدراليه", "الفيدرالي", "الفدراليه", "الفدرالي"}
# bodies abroad, named with the country that hosts them
_HOSTED = {"embassy"}
# a declaration («إعلان جدة»), whose name is where it was made (normalized)
_DECLARATIONS = {"اعلان", "الاعلان"}
# «التابعة لـ»: a part of the body named next (normalized)
_SUBORDINATE = {"التابع", "التابعه", "التابعين", "التابعتين"}


class BodyReader(NameReader):
    """Institution and organisation phrases of `MentionParser`."""

    def _institution_phrase(self, i: int, limit: int) -> tuple[Institution | None, str, str, int]:
        """An institution phrase at i: (institution, country, body, end)."""
        g = self.gaz
        if i >= limit:
            return None, "", "", i
        if self.tokens[i].text in ("ل", "لـ") and i + 2 < limit and self.tokens[i + 1].text in _QUOTES:
            # «الأمين التنفيذي لـ"إيقاد"»: the preposition written apart, then a quoted name
            inner = self._institution_phrase(i + 1, limit)
            return inner if inner[0] is not None else (None, "", "", i)
        if self.tokens[i].text in _QUOTES and i + 2 < limit:
            # «الناطق الرسمي باسم «اليونيفيل» أندريا تيننتي»: a known name in quotation marks
            inst, country, body, end = self._institution_phrase(i + 1, limit)
            if end > i + 1 and end < limit and self.tokens[end].text in _QUOTES:
                return inst, country, body, end + 1
            return None, "", "", i
        key = self.keys[i]
        m = g.named_forms.match(self.keys, i) if key not in g.named_forms.no_phrase else None
        if m:
            inst = g.named[m[1]]
            return inst, inst.country, "", self._hosted(inst, i + m[0], limit)
        m = g.body_forms.match(self.keys, i) if key not in g.body_forms.no_phrase else None
        if m is None and i + 1 < limit and _AN_OFFICE[key]:
            # «مكتب الرئاسة التايوانية», «ديوان الرئاسة»: the office of a body speaks for the body
            inner = self._institution_phrase(i + 1, limit)
            if inner[3] > i + 1 and (inner[0] is not None or inner[2]):
                return inner
        if m:
            body = m[1]
            country, end = self._country_after(i + m[0], limit)
            if not country:
                # its adjectives, then where it is: «هيئة الأركان المشتركة في كوريا الجنوبية»
                k = i + m[0]
                while k < limit and k - i - m[0] < 2 and self.keys[k].startswith("ال") and self.name_like(k) \
                        and not g.country_adj.match(self.keys, k, clitics=False) \
                        and not g.named_forms.match(self.keys, k, clitics=False):
                    k += 1
                if k > i + m[0] and k < limit and self.keys[k] in ("في", "لدي") \
                        and (c := g.country_name.match(self.keys, k + 1, clitics=False)):
                    country, end = c[1], k + 1 + c[0]
            if end < limit and self.keys[end] in _FEDERAL:
                # «وزارة النفط الاتحادية» (Baghdad's, not Erbil's): the adjective is part of the name
                end += 1
                if not country:
                    country, end = self._country_after(end, limit)
            if not country and end < limit and not self.keys[i + m[0] - 1].startswith("ال") \
                    and self.name_like(end) and not self.starts_phrase(end) \
                    and not self.keys[end].startswith("ال") and not self._common_noun(end) \
                    and not any(self.keys[x].startswith("ال") for x in range(end, self.name_run(end, limit, max_len=3))):
                # «وكالة أنباء دوجان»: a body with a proper name is that one body, not the country's (but
                # «طالبت وزارة الخارجية بتوفير الحماية الدولية» goes on with the verb's complement)
                return None, "", "", self.name_run(end, limit, max_len=3)
            if not country and end < limit and (sub := g.named_forms.match(self.keys, end)) \
                    and not (sub[2] and self._spoken_to(end, sub[0], limit)) \
                    and not self.keys[end - 1].startswith(("ال", "وال")) \
                    and not (sub[0] == 1 and end + 1 < limit and self.name_like(end + 1)
                             and self.keys[end + 1][:1] not in ("ا", "و", "ف")
                             and not (self.keys[end + 1][:1] in ("ب", "ل") and len(self.keys[end + 1]) >= 5)
                             and not self.starts_phrase(end + 1)):
                # «بعثة الأمم المتحدة», «وفد الاتحاد الأوروبي»: a body of an organisation is the organisation
                # (but a one-word name in construct is a noun: «أعلنت المفوضية … فتح باب الترشح», and an
                # outlet behind لـ is who was spoken to: «مسؤول في وزارة التعليم العالي لفرانس برس»; after a
                # definite body the organisation is the verb's object: «طالبت وزارة الخارجية والمغتربين
                # مجلس الأمن الدولي بـ…»)
                inst = g.named[sub[1]]
                return inst, inst.country, "", end + sub[0]
            if body in _HOSTED:
                end = self._host(end, limit)
            return g.institution(country, body), country, body, end
        m = self._body_role(i, limit)
        if m:  # «المتحدث باسم وزير الخارجية الروسي»
            body = m[1]
            country, end = self._country_after(i + m[0], limit)
            return g.institution(country, body), country, body, end
        m = g.country_name.match(self.keys, i) if key not in g.country_name.no_phrase else None
        if m:
            return g.institution(m[1], "government"), m[1], "government", i + m[0]
        if i + 1 < limit and _A_HEAD_OF_STATE[key] and \
                (m := g.country_name.match(self.keys, i + 1, clitics=False)):
            # «المبعوث الخاص لرئيس الصين»: a bare رئيس is no role (رئيس المكتب السياسي), but with a
            # country's name after it, it is that country's head of state
            return g.institution(m[1], "presidency"), m[1], "presidency", i + 1 + m[0]
        return None, "", "", i

    def _spoken_to(self, k: int, n: int, limit: int) -> bool:
        """Is the name of n tokens at k, behind لـ, whom someone spoke to: «… لفرانس برس، طالبا …»,
        «… لرويترز إن …» (punctuation or أن/إن right after it)?"""
        after = k + n
        return self.keys[k].startswith("ل") and (after >= limit or self.is_punct(after)
                                                 or "complementizer" in self.fw.get(self.keys[after], ()))

    def _hosted(self, inst: Institution, end: int, limit: int) -> int:
        if end < limit and self.keys[end] in ("في", "لدي") and self.gaz.body_of(inst) in _HOSTED:
            return self._host(end, limit)
        return end

    def _host(self, end: int, limit: int) -> int:
        """Past the place that hosts a body abroad: «السفارة الأميركية في بيروت», «سفارة مصر لدى ليبيا»."""
        if end + 1 < limit and self.keys[end] in ("في", "لدي") \
                and (host := self.gaz.country_name.match(self.keys, end + 1, clitics=False)):
            return end + 1 + host[0]
        return end

    def _organisation(self, start: int, i: int, n: int, limit: int) -> Mention | None:
        """An organisation named by a common noun and its name, often quoted: «حركة «حماس»»,
        «تنظيم داعش», «غرفة عمليات «فجر ليبيا»», «صحيفة "واشنطن بوست"». The institution is the named
        one inside, when the lexicon knows it; the speaker is the whole phrase either way."""
        j = i + n
        if j + 1 < limit and self.keys[j].startswith("ال") and self.tokens[j + 1].text in _QUOTES:
            j += 1  # «مؤتمر الأطراف "كوب 29"»: a definite genitive, then the quoted name
        if j >= limit:
            return None
        if self.tokens[j].text in _QUOTES:
            close = next((k for k in range(j + 1, min(limit, j + 7)) if self.tokens[k].text in _QUOTES), None)
            if close is None or close == j + 1 or any(self.is_punct(k) or self._verb_cue(k) for k in range(j + 1, close)):
                return None
            sub = self.gaz.named_forms.match(self.keys, j + 1)
            inst = self.gaz.named[sub[1]] if sub and j + 1 + sub[0] == close else None
            return Mention(start, close + 1, "institution", None, None, inst, inst.country if inst else "", "",
                           self._gender(i))
        sub = self.gaz.named_forms.match(self.keys, j, clitics=False)
        if sub:  # «تنظيم داعش», «لجنة الأمم المتحدة»
            inst = self.gaz.named[sub[1]]
            return Mention(start, j + sub[0], "institution", None, None, inst, inst.country, "", self._gender(i))
        if any(v == "لجنه" for v, _ in proclitic_variants(self.keys[i])):
            # «لجنة فلسطين النيابية», «لجنة الشؤون الخارجية البرلمانية»: a committee of the parliament
            # (of the article's country, as the body is read in pipeline._resolve)
            k = j
            while k < limit and k - j < 4 and self.name_like(k) and self.keys[k] not in self.gaz.sectors:
                k += 1
            if j < k < limit and self.keys[k].startswith("ال") and self.gaz.sectors.get(self.keys[k]) == "parliament":
                return Mention(start, k + 1, "institution", None, None, None, "", "parliament", self._gender(i))
        return None

    def _unlisted_organisation(self, start: int, i: int, j: int, limit: int) -> Mention | None:
        """An organisation the lexicons do not know, named by its head noun and a definite genitive
        (perhaps behind one indefinite noun), where the clause goes on: «وقالت جمعية الوفاق الوطني
        الإسلامية إن …», «دعت رابطة صناعة النفط في كردستان …». It speaks, for no listed institution;
        the verb's subject is not then taken for the speaker before. Not a definite head («الجمعية»
        points back) nor an indefinite name, which may as well be a noun («حركة نزوح»). The last reading
        of `_parse`: a known body or a country adjective in the phrase is read before."""
        r = self.roles_at(i)
        if r is None or self.keys[i][r[2]:].startswith("ال") or j >= limit:
            return None
        first = j + 1 if j + 1 < limit and not self.keys[j].startswith("ال") and self.name_like(j) \
            and not self.gaz.named_forms.match(self.keys, j) and (self.keys[j + 1].startswith("ال")
                                               or self.gaz.country_name.match(self.keys, j + 1, clitics=False)) else j
        k = self._genitive(first, limit)
        if k == first and (place := self.gaz.country_name.match(self.keys, first, clitics=False)) and first > j:
            k = first + place[0]  # «نقابة أطباء السودان»: the country closes the genitive
        if k == first:
            return None
        tail = k  # «حزب التجمع الوطني للإصلاح والتنمية»: what it stands for, with لـ, and its conjuncts
        while tail < limit and tail - k < 3 and self.keys[tail].startswith(("لل", "وال") if tail > k else "لل") \
                and self.keys[tail].isalpha() and len(self.keys[tail]) > 4 and not self.starts_phrase(tail):
            tail += 1
        if tail > k and (tail >= limit or self.is_punct(tail) or self.tokens[tail].text in _QUOTES
                         or "complementizer" in self.fw.get(self.keys[tail], ())):
            k = tail
        if k + 1 < limit and self.keys[k] == "في" and (place := self.gaz.country_name.match(self.keys, k + 1, clitics=False)
                                                     or self.gaz.capital.match(self.keys, k + 1, clitics=False)):
            k += 1 + place[0]  # «… في كردستان»: where it is, part of its name
        if k < limit and not (self.is_punct(k) or self.tokens[k].text in _QUOTES
                              or "complementizer" in self.fw.get(self.keys[k], ())
                              or self.keys[k] in ("في", "عن") or self.keys[k].startswith("ال")):
            return None  # («أعلنت حركة الملاحة استئناف …»: a noun phrase running on is no name)
        return Mention(start, k, "institution", None, None, None, "", "", self._gender(i), role_kind="organisation")

    def _part_of_body(self, start: int, i: int, limit: int) -> Mention | None:
        """An unlisted part of a known body, named by a noun in ة and its genitives, then where it is or
        whose it is: «قيادة المسرح الشرقي في الجيش الصيني» (the Chinese army), «وكالة الاستخبارات
        الوطنية في كوريا الجنوبية» (a body named inside, in that country), «لجنة التعريفة الجمركية
        التابعة لمجلس الدولة الصيني» (the Chinese government). None when it is in nothing known."""
        if not self._common_noun(i):
            return None
        g = self.gaz
        k = i + 1  # its definite genitive and adjectives, a body form among them («الاستخبارات»)
        while k < limit and k - i <= 4 and self.keys[k].startswith("ال") and self.name_like(k) \
                and self.keys[k] not in _SUBORDINATE \
                and not g.country_name.match(self.keys, k, clitics=False) \
                and not g.named_forms.match(self.keys, k, clitics=False):
            k += 1
        if k == i + 1 or k + 1 >= limit:
            return None
        if self.keys[k] in _SUBORDINATE:
            inst, country, body, end = self._institution_phrase(k + 1, limit)
            if inst is None or not self.keys[k + 1].startswith("ل"):
                return None
            return Mention(start, end, "institution", None, None, inst, inst.country, body, self._gender(i))
        if self.keys[k] not in ("في", "لدي"):
            return None
        if c := g.country_name.match(self.keys, k + 1, clitics=False):
            # in a country: the body named inside the phrase, if any
            country, end = c[1], k + 1 + c[0]
            body = next((b[1] for x in range(i, k) if (b := g.body_forms.match(self.keys, x, clitics=False))), "")
            inst = g.institution(country, body) if body else None
        else:
            inst, country, body, end = self._institution_phrase(k + 1, limit)
            if inst is None and body and country:
                inst = g.institution(country, body)
        if inst is None:
            return None
        return Mention(start, end, "institution", None, None, inst, inst.country, body, self._gender(i))

    def _document(self, start: int, i: int, n: int, limit: int) -> Mention:
        """A document (roles.tsv kind document), its word the n tokens at i, stands for its issuer: an
        institution, else an unnamed speaker that points back."""
        g = self.gaz
        # «بيان للجيش التركي», «البيان الصادر عن الرئاسة»: the issuer speaks
        j = i + n
        while j < limit and self.keys[j] in ("صادر", "الصادر", "صدر", "صدرت", "عن", "من", "رسمي", "الرسمي", "مشترك"):
            j += 1
        if j + 1 < limit and self.keys[j].startswith("ل") is False and self.keys[j + 1].startswith("ل") \
                and self.name_like(j) and not self.starts_phrase(j) and not self._common_noun(j):
            j += 1  # an adjective: «تقرير سري للوكالة», «بيان جديد للخارجية»
        sub, country, body, end = self._institution_phrase(j, limit)
        issuer = j
        declaration = any(v in _DECLARATIONS for v, _ in proclitic_variants(self.keys[i]))
        if declaration and j == i + n and (sub is not None or body) and (
                (place := g.capital.match(self.keys, j, clitics=False)) or (place := g.country_name.match(
                    self.keys, j, clitics=False))) and j + place[0] == end:
            # «إعلان جدة», «إعلان البحرين»: a declaration named after where it was made, not by whom
            return Mention(start, end, "unnamed", None, None, None, "", "", "m", None, True, role_kind="document")
        if sub is None and not body and j < limit and self.keys[j].startswith("ل"):
            # «البيان الختامي للدورة الحادية والأربعين للمجلس الأعلى لمجلس التعاون»: the issuer at
            # the end of a chain of لـ genitives
            for k in range(j + 1, min(limit, j + 8)):
                if self.is_punct(k) or self._verb_cue(k):
                    break
                if self.keys[k].startswith("ل") and ((found := self._institution_phrase(k, limit))[0] is not None
                                                     or found[2]):  # («… لرئيس الوزراء»: the article's country's)
                    sub, country, body, end = found
                    # «بيان للمكتب الإعلامي لرئيس الوزراء» is the office's; a long chain names an occasion
                    issuer = j if k - j <= 2 else -1
                    break
                if k <= j + 2 and all(self.name_like(x) for x in range(j, k)) \
                        and (named := g.named_forms.match(self.keys, k, clitics=False)):
                    # «بيان لبعثة مراقبي الاتحاد الأفريقي»: a body of a known organisation, in construct
                    sub = g.named[named[1]]
                    country, end = sub.country, k + named[0]
                    issuer = j
                    break
        if sub is not None or body:  # «بيان لرئاسة الجمهورية»: the country may come from the article
            while end < limit and self.keys[end].startswith("و") and (
                    more := self._institution_phrase(end, limit))[3] > end and more[0] is not None:
                end = more[3]  # «بيان مشترك صادر عن السعودية والولايات المتحدة»: all its issuers
                issuer = -1  # (a joint statement is named by its words: «البيان الختامي الصادر عن …»)
            return Mention(start, end, "institution", None, None, sub, country, body, self._gender(j),
                           issuer=issuer if 0 <= issuer < end else -1)
        key = self.keys[j] if j < limit else ""
        construct = j == i + n and not any(v.startswith("ال") for v, _ in proclitic_variants(self.keys[i]))
        issued_by = j > i + n and self.keys[j - 1] in ("عن", "من")
        if (issued_by or construct or key.startswith("لل")) and key.startswith(("ال", "لل")) and len(key) > 4 \
                and self.name_like(j) \
                and (j + 1 >= limit or self.is_punct(j + 1) or self.is_function(j + 1) or self._verb_cue(j + 1)):
            # «بيان صادر عن اللجنة», «بيان للوزارة», «بيان الحركة» (not «البيان الختامي»): the issuer is
            # the body of that name met before
            # (points_back holds the noun with ال, which pipeline._resolve looks for)
            return Mention(start, j + 1, "unnamed", None, None, None, "", "", "m", None, True,
                           points_back="ال" + key[2:] if key.startswith("لل") else key, role_kind="document")
        end = i + n
        if declaration and j == end and j < limit and not self.keys[j].startswith("ال"):
            end = self.name_run(j, limit, max_len=3)  # «إعلان قازان», «إعلان قادة نيودلهي»: its name
            if end < limit and (place := g.capital.match(self.keys, end, clitics=False)):
                end += place[0]  # (a name run stops at a place)
        return Mention(start, end, "unnamed", None, None, None, "", "", "m", None, True, role_kind="document")
