"""Speaker mentions: role + name appositions, institutions, unnamed sources, and their resolution.

`parse_mention` reads the noun phrase that starts at a token and says what it is. The order of the
tries is the order of specificity, so the longest, most informative reading wins:

0. titles are skipped (السيد، الدكتور); a role with a pronoun points back («مديرها العام»); a
   quantifier reads the noun it counts («بعض المصادر»);
1. a known office holder (people.jsonl): «جون كيري» -> person, US State Department;
2. a named institution: «البيت الأبيض» -> White House;
3. a state role with its country: «وزير الخارجية الروسي» (or construct «وزير خارجية روسيا»);
4. a generic role word: spokesperson «المتحدثة باسم البيت الأبيض», member «مسؤول في الخارجية»,
   official or source «مسؤول تركي», «مصادر مطلعة», office «المبعوث الأممي», group «الرئيسان», deputy
   «مساعد الناطق باسم ...», document «بيان للجيش التركي»;
5. a state body with its country: «وزارة الخارجية المصرية», «الخارجية»;
6. a country or capital standing for its government: «موسكو», «مصر»;
7. else a run of name-like tokens: «شتاينماير», followed perhaps by its role («علاء ياسين مستشار
   وزير الري»); a run with common-noun endings (لجنة، مهمات) is no name.
After a role, a following name is taken as apposition: «الرئيس الأميركي، جو بايدن،».
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .cues import CueLexicon
from .institutions import Gazetteer, Person
from .lexicon import cached_build, data_path, proclitic_variants, read_tsv
from .model import Institution, Token, fast_init, replace
from .names import _BY_ITS_NAME, _NAME_JOINS, _OFFICE_ADJECTIVES, _UNSET, NameReader
from .text import norm_key


@fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token indices, half-open
    end: int
    kind: str  # person | institution | role | group | unnamed
    name_span: tuple[int, int] | None
    role_span: tuple[int, int] | None
    institution: Institution | None
    country: str
    body: str
    gender: str  # m | f | "" (unknown)
    person: Person | None = None
    anaphoric: bool = False  # a bare definite head (الوزارة، المتحدث) that points back
    points_back: str = ""  # the key of a bare institution noun inside a role: «باسم الوزارة»
    role_kind: str = ""  # the roles.tsv kind of an unnamed speaker: official, member, unnamed
    clitic: int = 0  # characters of a proclitic before the first word: «وفقا لشترايتر»


@lru_cache(maxsize=8)
def load_function_words(extra: tuple[Path, ...] = ()) -> dict[str, set[str]]:
    """Normalized function word -> its classes (complementizer, preposition, time, ...)."""
    from .text import norm_key

    paths = (data_path("function_words.tsv"), *(p for p in extra if p.name == "function_words.tsv"))

    def build() -> dict[str, set[str]]:
        words: dict[str, set[str]] = {}
        for path in paths:
            for _, row in read_tsv(path, ("form", "class")):
                words.setdefault(norm_key(row["form"]), set()).add(row["class"])
        return words

    return cached_build("function_words", dict, paths, build)


_OFFICES = {"مكتب", "ديوان"}  # an office, whose holder may be named after it
_COUNTERPARTS = {"نظيره", "نظيرته", "نظيرها", "نظيرتها", "نظيريه", "نظرايه", "نظراءه", "نظيرهم"}
_BODIES_OF_STATES = {"UN", "INT", "EU"}  # institutions.jsonl countries of international bodies
_AMONG = {"بينها", "منها", "ومنها", "وبينها", "بينهم", "منهم", "ومنهم", "وبينهم"}
_VAGUE = {"عده", "عديده", "كثيره", "اخري", "مختلفه", "غربيه", "عربيه"}
_QUOTES = set("«»“”„‟\"'‹›")
_HEADS_OF_STATE = {"رييس", "رييسه"}  # normalized: ئ -> ي
# the federal government's bodies, as against a region's: وزارة النفط الاتحادية (normalized)
_FEDERAL = {"الاتحاديه", "الاتحادي", "الفيدراليه", "الفيدرالي", "الفدراليه", "الفدرالي"}
# «رفيع المستوى» (high-level), normalized: رفيع، رفيعة، رفيعو، رفيعي
_HIGH = {"رفيع", "رفيعه", "رفيعو", "رفيعي"}
_INFORMED = {"مطلع", "مطلعه", "مطلعون", "مطلعين", "المطلع", "المطلعه", "المطلعون", "المطلعين"}  # «… مطلع على»
# bodies abroad, named with the country that hosts them
_HOSTED = {"embassy"}
_QUANTIFIERS = {"بعض", "معظم", "اغلب", "عدد", "كبار", "احد", "احدي", "جميع", "كافه", "عده", "اثنان", "اثنين", "ثلاثه",
               "ثلاث", "اربعه", "اربع", "خمسه", "خمس", "سته", "ست", "سبعه", "عشره", "عشرات", "مييات"}


class MentionParser(NameReader):
    def __init__(self, tokens: Sequence[Token], gaz: Gazetteer, cues: CueLexicon,
                 function_words: dict[str, set[str]], known_names: dict[str, str] | None = None) -> None:
        self.tokens = tokens
        self.keys = [t.key for t in tokens]
        self.gaz = gaz
        self.cues = cues
        self.fw = function_words
        # name token key -> full name, learnt from the document so far (shared with the pipeline)
        self.known = known_names if known_names is not None else {}
        # answers that depend on the tokens alone, per token index: both passes over a paragraph and
        # every parse that starts near a token ask them again
        self._roles: list = [_UNSET] * len(tokens)
        self._name_like: list = [_UNSET] * len(tokens)
        self._phrase: list = [_UNSET] * len(tokens)

    # -- token classes -------------------------------------------------------------------------

    def starts_phrase(self, i: int) -> bool:
        found = self._phrase[i]
        if found is _UNSET:
            found = self._phrase[i] = self._starts_phrase_uncached(i)
        return found

    def _starts_phrase_uncached(self, i: int) -> bool:
        g, keys = self.gaz, self.keys
        key = keys[i]
        if not g.heads_phrase(key):
            return False
        # an `or` chain, not any() over a generator: this runs for most tokens of every paragraph
        # (and each index is asked only if the key may open one of its phrases: see no_phrase)
        return bool(key not in g.named_forms.no_phrase and g.named_forms.match(keys, i)
                    or key not in g.body_roles.no_phrase and g.body_roles.match(keys, i)
                    or key not in g.body_forms.no_phrase and g.body_forms.match(keys, i)
                    or self.roles_at(i))

    def roles_at(self, i: int):
        found = self._roles[i]
        if found is _UNSET:
            key = self.keys[i]
            found = self.gaz.roles.match(self.keys, i) if key not in self.gaz.roles.no_phrase else None
            if found is None and len(key) > 4 and key.endswith("ا") and not key.startswith("ال"):
                # the accusative after أن: «غير أن دبلوماسيا أوروبيا قال», «إن مصدرا مطلعا أكد»
                bare = self.gaz.roles.match([key[:-1]], 0)
                found = bare if bare is not None and bare[0] == 1 else None
            self._roles[i] = found
        return found

    # -- parsing -------------------------------------------------------------------------------

    def _institution_phrase(self, i: int, limit: int) -> tuple[Institution | None, str, str, int]:
        """An institution phrase at i: (institution, country, body, end)."""
        g = self.gaz
        if i >= limit:
            return None, "", "", i
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
        if m is None and i + 1 < limit and any(v in _OFFICES for v, _ in proclitic_variants(key)):
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
            if not country and end < limit and (sub := g.named_forms.match(self.keys, end)):
                # «بعثة الأمم المتحدة», «وفد الاتحاد الأوروبي»: a body of an organisation is the organisation
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
        if i + 1 < limit and any(v in _HEADS_OF_STATE for v, _ in proclitic_variants(self.keys[i])) and \
                (m := g.country_name.match(self.keys, i + 1, clitics=False)):
            # «المبعوث الخاص لرئيس الصين»: a bare رئيس is no role (رئيس المكتب السياسي), but with a
            # country's name after it, it is that country's head of state
            return g.institution(m[1], "presidency"), m[1], "presidency", i + 1 + m[0]
        return None, "", "", i

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

    def parse(self, i: int, limit: int) -> Mention | None:
        """The speaker mention that starts at token i and ends before `limit`, or None."""
        m = self._parse(i, limit)
        if m is not None and not m.clitic and m.start == i and m.kind == "institution" and (m.institution or m.body) \
                and (r := self.gaz.body_forms.match(self.keys, i) or self.gaz.body_roles.match(self.keys, i)) and r[2]:
            # «وفقا لوزارة النفط»: as for a named institution, the preposition is no part of the speaker
            m = replace(m, clitic=r[2] - 2 if self.keys[i][r[2] - 2:r[2]] == "لل" else r[2])
        elif m is not None and not m.clitic and m.start == i and m.role_span is not None and m.role_span[0] == i \
                and (r := self.roles_at(i)) is not None and r[2]:
            # «وفقا لمصادر دبلوماسية»: the preposition is not part of the speaker (لل stands for ل + ال)
            m = replace(m, clitic=r[2] - 2 if self.keys[i][r[2] - 2:r[2]] == "لل" else r[2])
        if m is not None and m.kind in ("group", "unnamed") and m.end < limit:
            return self._with_members(m, limit)
        if m is not None and m.kind == "institution" and m.end < limit and self.keys[m.end].startswith("و") \
                and self._a_country(m):
            return self._countries(m, limit)
        return m

    def _a_country(self, m: Mention) -> bool:
        found = self.gaz.country_name.match(self.keys, m.start)
        return bool(found) and m.start + found[0] == m.end

    def _countries(self, m: Mention, limit: int) -> Mention:
        """Countries named together speak together, for no one institution: «لندن وواشنطن وباريس»."""
        end = m.end
        while end < limit and self.keys[end].startswith("و"):
            nxt = self._parse(end, limit)
            if nxt is None or nxt.kind != "institution" or not self._a_country(nxt):
                break
            end = nxt.end
        if end == m.end:
            return m
        return Mention(m.start, end, "group", None, (m.start, end), None, "", "", "f", clitic=m.clitic)

    def _with_members(self, m: Mention, limit: int) -> Mention:
        """A group and the members it names: «دول عدة بينها ماليزيا وهولندا وبلجيكا», «منظمات الإغاثة
        ومنها أطباء بلا حدود». One named member is the institution; several are none."""
        j = m.end
        while j < limit and self.keys[j] in _VAGUE:
            j += 1
        if j + 1 < limit and self.keys[j] in ("من", "ومن") and self.keys[j + 1] in _AMONG:
            j += 1
        if j >= limit or self.keys[j] not in _AMONG:
            return m
        k, members = j + 1, []
        while k < limit and len(members) < 8:
            if members and not self.keys[k].startswith("و"):
                break
            item = self._parse(k, limit)
            if item is None or item.kind not in ("institution", "person") or item.end <= k:
                break
            members.append(item)
            k = item.end
        if not members:
            return m
        named = [x.institution for x in members if x.institution is not None]
        inst = named[0] if len(members) == 1 and named else m.institution
        return replace(m, end=k, role_span=(m.start, k), institution=inst,
                       country=inst.country if inst is not None else m.country)

    def _parse(self, i: int, limit: int) -> Mention | None:
        if i >= limit or self.is_punct(i):
            return None
        g = self.gaz
        start = i
        i = self._skip_titles(i, limit)
        if i >= limit:
            return None
        owner = self._possessive_role(i, limit)
        if owner is not None:
            return owner
        if self.keys[i] in _QUANTIFIERS and i + 1 < limit:
            # «بعض المصادر», «معظم المسؤولين», «عدد من الدبلوماسيين»: the quantified noun speaks
            k = i + 2 if i + 2 < limit and self.keys[i + 1] == "من" else i + 1
            inner = self.parse(k, limit)
            return replace(inner, start=start) if inner is not None else None

        m = g.people.match(self.keys, i) if self.keys[i] not in g.people.no_phrase else None
        if m and self._name_goes_on(i, m, limit):
            m = None  # «وقال جان بيير لاكروا» is not «(كارين) جان بيير»
        if m:
            person = m[1]
            end = i + m[0] + self._house(i + m[0], limit)  # «عبدالله بن زايد» + «آل نهيان»
            if end < limit and self.keys[end] in _NAME_JOINS:
                end = max(end, self.name_run(i, limit))  # a longer nasab: «محمد بن عبد الرحمن بن جاسم آل ثاني»
            # («وعقيلة صالح» in a headline: the name without its و)
            return Mention(start, self._role_after_known(end, limit), "person", (i, end), None, g.person_institution(person),
                           person.country, person.body, "", person, clitic=m[2] if start == i else 0)

        m = g.named_forms.match(self.keys, i) if self.keys[i] not in g.named_forms.no_phrase else None
        if m:
            inst = g.named[m[1]]
            # «وفقا للأمم المتحدة»: the preposition is not part of the speaker (لل stands for ل + ال)
            clitic = m[2]
            if clitic and self.keys[i][clitic - 2:clitic] == "لل":
                clitic -= 2  # «للأمم» is ل + الأمم without its alef: the span keeps «لل»
            end = self._hosted(inst, i + m[0], limit)
            mention = Mention(start, end, "institution", None, None, inst, inst.country, "",
                              self._gender(i), clitic=clitic if start == i else 0)
            # an office named as an institution, then its holder: «الأمين العام للأمم المتحدة أنطونيو غوتيريش»
            name, name_end = self._apposition_name(end, limit, strict=True)
            if name is not None and any(v in _OFFICES for v, _ in proclitic_variants(self.keys[i])):
                # «مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو»: the office speaks, not its holder
                return replace(mention, end=name_end)
            if name is not None:
                return self._with_name(replace(mention, kind="role", role_span=(start, i + m[0])), name, name_end)
            return mention

        r = self.roles_at(i)
        if r and r[1].kind == "organisation":
            org = self._organisation(start, i, r[0], limit)
            if org is not None:
                return org

        m = self._body_role(i, limit)
        if m and not (r and r[0] > m[0]):  # «قائد الجيش الوطني الليبي» is longer in roles.tsv than «قائد الجيش»
            body = m[1]
            country, end = self._country_after(i + m[0], limit)
            sub_inst = None
            if not country and (whole := g.named_forms.match(self.keys, i + m[0] - 1, clitics=False)) \
                    and whole[0] > 1:
                # «رئيس البرلمان العربي»: the role's last word opens a named institution
                sub_inst, end = g.named[whole[1]], i + m[0] - 1 + whole[0]
            if not country and end < limit and (own := g.body_forms.match(self.keys, end, clitics=False)):
                # «وزير داخلية الحكومة الانتقالية في ليبيا»: the body the role belongs to, then its country
                k = end + own[0]
                while k < limit and k - end - own[0] < 2 and self.keys[k].startswith("ال") and self.name_like(k) \
                        and not self.starts_phrase(k):
                    k += 1
                c, cend = self._country_after(k, limit)
                if c:
                    country, end = c, cend
            if not country and end < limit and self.keys[end] in ("في", "ب", "لدي"):
                sub_inst, country, _, sub_end = self._institution_phrase(end + 1, limit)
                if sub_inst is not None:
                    end = sub_end
            elif not country and end < limit and body == "government" and self.keys[end].startswith("ب") \
                    and (within := self._institution_phrase(end, limit))[3] > end and within[2]:
                # «وزير الدولة بوزارة الخارجية»: a minister of state in a ministry speaks for it
                sub_inst, country, body, end = within
            elif not country and body == "government" and (within := self._office_within(end, limit)) is not None:
                # «وزيرة الدولة والمبعوثة الخاصة للعمل المناخي الدولي في وزارة الخارجية الألمانية»
                sub_inst, country, end = within[0], within[1], within[3]
                body = within[2] or (g.body_of(sub_inst) if sub_inst is not None else "") or body
            end = self._portfolio(end, limit)
            if not country:
                country, end = self._country_after(end, limit)
            posted = self._skip_posting(end, limit)
            if not country:  # a country adjective after the posting: «... للشؤون الاقتصادية الكويتي»
                country = next((c[1] for k in range(end, posted)
                                if (c := g.country_adj.match(self.keys, k, clitics=False))), "")
            end = posted
            name, name_end = self._apposition_name(end, limit)
            inst = g.institution(country, body) or sub_inst
            return self._with_name(Mention(start, end, "role", None, (start, end), inst, country, body,
                                           self._gender(i)), name, name_end, limit)

        if r:
            n, role, _ = r
            if role.kind == "group":
                end = i + n
                # «الرئيسان المصري والفرنسي»: the members' countries belong to the mention
                while end < limit and (c := g.country_adj.match(self.keys, end)) is not None:
                    end += c[0]
                if end == i + n and end < limit and g.country_name.match(self.keys, end, clitics=False):
                    # «وزراء خارجية الأردن والسعودية والعراق»: the countries in construct, joined by و
                    end += g.country_name.match(self.keys, end, clitics=False)[0]
                    while end < limit and self.keys[end][:1] == "و" and (c := g.country_name.match(self.keys, end)):
                        end += c[0]
                return Mention(start, end, "group", None, (start, end), None, "", "", "m")
            if role.kind == "office":
                inst = g.named.get(role.note)
                end = i + n
                country, end = self._country_after(end, limit)
                if inst is None and not country and end < limit:
                    # «المبعوث الخاص للرئيس الصيني»: the office of whoever the role serves
                    sub, country, _, sub_end = self._institution_phrase(end, limit)
                    if sub is not None:
                        inst, end = sub, sub_end
                end = self._skip_posting(end, limit)
                if inst is None and country:
                    inst = g.institution(country, "government")  # «المبعوث الصيني»
                name, name_end = self._apposition_name(end, limit)
                return self._with_name(Mention(start, end, "role", None, (start, end), inst,
                                               inst.country if inst else "", "", self._gender(i)), name, name_end,
                                       limit, outer_first=True)
            if role.kind == "spokesperson":
                j = i + n
                if j < limit and self.keys[j] in ("الرسمي", "الرسميه"):
                    j += 1
                inst, country, body, end = self._institution_phrase(j, limit)
                points_back = ""
                if end == j and j < limit and (r2 := self.roles_at(j)) is not None and r2[1].kind in ("member", "office"):
                    # «المتحدث باسم الأمين العام ستيفان دوجاريك»: the spokesperson of an office of the
                    # organisation named last
                    points_back, end = "*", j + r2[0]
                elif end == j and j < limit and self.keys[j].startswith("ال") and self.name_like(j):
                    # «المتحدثة باسم الوزارة»: a bare definite noun names an institution already met
                    points_back, end = self.keys[j], j + 1
                end = self._skip_posting(end, limit)
                name, name_end = self._apposition_name(end, limit)
                return self._with_name(Mention(start, end, "role", None, (start, end), inst, country, body,
                                               self._gender(i), points_back=points_back), name, name_end, limit,
                                       outer_first=True)
            if role.kind in ("member", "unnamed", "official"):
                j = i + n
                country = ""
                kind = role.kind
                # a sector word inside the role phrase itself: «مسؤول أمني», «مسؤولون عسكريون», «دبلوماسي»
                sector_body = next((g.sectors[self.keys[k]] for k in range(i, i + n)
                                    if self.keys[k] in g.sectors), "")
                # adjectives of a source or official: «مصدر دبلوماسي رفيع», «مسؤول أميركي», «مصادر مطلعة»
                while j < limit and j - (i + n) < 3:
                    c, cend = self._country_after(j, limit)
                    if c and cend > j and self.keys[j] not in ("في", "لدي"):
                        country, j = c, cend
                        continue
                    if self.keys[j] in g.sectors and role.kind != "member":
                        sector_body, j = g.sectors[self.keys[j]], j + 1  # «مسؤول عسكري» -> the army
                        continue
                    if j + 1 < limit and self.keys[j - 1] in _INFORMED and self.keys[j] == "علي" \
                            and self.keys[j + 1].startswith("ال"):
                        j += 2  # «مسؤول إيراني مطلع على المحادثات»
                        continue
                    if j + 1 < limit and self.keys[j] in _HIGH and self.keys[j + 1] == "المستوي":
                        j += 2  # «مصدر مصري رفيع المستوى»: an adjective in construct
                        continue
                    # an adjective agrees in definiteness with its head: مصدر مطلع، المصادر المطلعة
                    # (a title word is an adjective here: «المسؤول الإعلامي»)
                    title = (r2 := self.roles_at(j)) is not None and r2[1].kind == "title"
                    if (role.kind != "member" or " " not in role.form and self.keys[i].startswith("ال")) \
                            and self.name_like(j) and (title or not self.starts_phrase(j)) \
                            and not (self.keys[j].startswith("ل") and role.kind == "unnamed") \
                            and not g.country_name.match(self.keys, j) \
                            and self.keys[j].startswith("ال") == self.keys[i].startswith("ال"):
                        j += 1
                        continue
                    break
                named_after = None
                if n > 1 and (whole := g.named_forms.match(self.keys, i + n - 1, clitics=False)) and whole[0] > 1 \
                        and j == i + n:
                    # «رئيسة بعثة الأمم المتحدة لمساعدة العراق»: the role's last word opens a named body
                    named_after, j = whole, i + n - 1 + whole[0]
                elif j == i + n and j < limit and not self.keys[i].startswith("ال") and role.kind != "unnamed":
                    # «منسق الاتحاد الأوروبي», «مسؤول الأمم المتحدة»: the organisation in construct
                    named_after = g.named_forms.match(self.keys, j, clitics=False)
                if named_after:
                    if j == i + n:
                        j += named_after[0]
                elif role.kind != "member" and not self.keys[i].startswith("ال") and not country \
                        and not self.keys[i + n - 1].endswith(("ون", "ين")):
                    # a construct: «مسؤول عمليات الإغاثة في الأمم المتحدة», «أهالي السجناء السعوديين»;
                    # a country adjective after it describes the genitive, not the speaker. A sound
                    # plural loses its ن in a construct, so after «رفض مسؤولون» a definite noun is the
                    # object: «رفض مسؤولون إثيوبيون التعليق»
                    j = self._genitive(j, limit)
                inst = g.named[named_after[1]] if named_after else None
                body = ""
                if inst is None and role.kind == "member" and j + 1 < limit and self.keys[j] in _OFFICE_ADJECTIVES \
                        and self.keys[j + 1].startswith("ل") and not self.keys[j + 1].startswith("لل"):
                    j += 1  # «رئيس الوفد المفاوض لجماعة أنصار الله»: the office's adjective, then whom it serves
                if inst is None and j < limit and self.keys[j].startswith("ل") and not self.keys[j].startswith("لل") \
                        and role.kind == "member" and not role.form.endswith((" في", " ب", " لدى", " من")):
                    # (not after a source or an official: «مصدر مطلع لشفق نيوز» is the outlet spoken to)
                    # «المستشار الدبلوماسي لرئيس الدولة»: the office served
                    sub, c2, b2, end = self._institution_phrase(j, limit)
                    if b2 or sub is not None:
                        inst, country, body, j = sub, c2 or country, b2, end
                    else:
                        # «الأمين التنفيذي لاتفاقية الأمم المتحدة ...»: an organisation a word or two on
                        found = next(((k, f) for k in range(j + 1, min(limit, j + 3))
                                      if (f := g.named_forms.match(self.keys, k, clitics=False))), None)
                        if found and all(self.name_like(x) for x in range(j + 1, found[0])):
                            inst = g.named[found[1][1]]
                            country, j = inst.country, found[0] + found[1][0]
                if inst is None and role.kind not in ("member", "unnamed") and j < limit and self.keys[j].startswith("لل") \
                        and j > i + n - 1:  # (a source «للأناضول» names the outlet it spoke to)
                    # «المسؤول الإعلامي للجناح العسكري لحزب العمال الكردستاني»: the organisation at the
                    # end of a chain of «لـ» genitives
                    for k in range(j, min(limit, j + 5)):
                        found = g.named_forms.match(self.keys, k)
                        if found and (k == j or self.keys[k].startswith("ل")):
                            inst = g.named[found[1]]
                            country, j = inst.country, k + found[0]
                            break
                        if not self.name_like(k) and not self.keys[k].startswith("لل"):
                            break
                points_back = ""
                if j >= i + n > i + 1 and role.kind in ("member", "official"):
                    # «كبير مفاوضي الجماعة», «رئيس اللجنة»: the group named before
                    points_back = self._organisation_noun(j - 1)
                glued = j < limit and role.kind != "member" and self.keys[j][:1] == "ب" and len(self.keys[j]) > 3 \
                    and not self.keys[j].startswith("بال") and g.body_forms.match(self.keys, j) is not None
                if inst is None and j < limit and (role.kind == "member" or self.keys[j] in ("في", "ب", "من", "لدي")
                                                   or glued):  # («مصدر بوزارة الشؤون الخارجية»)
                    k = j + 1 if role.kind != "member" and not glued else j
                    if k < limit and role.kind in ("member", "official") and (noun := self._organisation_noun(k)) \
                            and not g.named_forms.match(self.keys, k):  # (but «للاتحاد العام التونسي للشغل»)
                        points_back, j = noun, k + 1  # «القيادي في الحركة», «الأمين العام للمنظمة»
                        k = limit
                    sub, c2, b2, end = self._institution_phrase(k, limit)
                    if role.kind == "unnamed" and k > j and g.country_name.match(self.keys, k):
                        # «أهالي السجناء في العراق», «مصادر في بغداد»: a place, not who they speak for
                        sub, c2, b2, j = None, "", "", end
                    if sub is not None or c2 or b2:  # «مصدر مسؤول في وزارة الخارجية»: the country comes later
                        inst, country, body, j = sub, c2 or country, b2, end
                        while j < limit and self.gaz.country_adj.match(self.keys, j, clitics=False):
                            j += self.gaz.country_adj.match(self.keys, j, clitics=False)[0]
                    elif role.kind == "member" and (k > j or role.form.endswith((" في", " ب", " لدى"))):
                        # «مسؤول في الوفد المصري»: an unlisted body, whose country adjective still tells
                        end = self.name_run(k, limit, max_len=3)
                        c, cend = self._country_after(end, limit) if end > k else ("", end)
                        sub, c2, b2, send = self._institution_phrase(end, limit) if end == k + 1 else (None, "", "", end)
                        if c:
                            country, j = c, cend
                        elif sub is not None or b2:
                            # «مصدر في إدارة المصرف المركزي»: a part of a known body speaks for it
                            inst, country, body, j = sub, c2 or country, b2, send
                        elif end > k:
                            j = end
                if role.form.startswith("دبلوماسي") and (points_back or inst is not None and inst.country in _BODIES_OF_STATES):
                    # «دبلوماسيون في مجلس الأمن»: a diplomat at an international body speaks for a member
                    # state, not for the body, nor for the article's government: a source like any other
                    inst, country, points_back, sector_body = None, "", "", ""
                    kind = "unnamed"
                if inst is None and country and role.kind in ("official", "member"):
                    inst = g.institution(country, sector_body or "government")
                elif inst is None and country and sector_body and role.kind == "unnamed":
                    inst = g.institution(country, sector_body)  # «مصدر دبلوماسي تركي», «مصادر أمنية عراقية»
                if not body and sector_body and role.kind in ("official", "member") \
                        and not role.form.startswith(("مصدر", "مصادر")):
                    # the country may come from the article: «مسؤولون عسكريون»; but a source without one
                    # speaks for no institution: «مصادر دبلوماسية في نيويورك»
                    body = sector_body
                if j + 1 < limit and self.keys[j] == "في" and j >= i + n:
                    # where the source sits, for the record: «مسؤول في الوفد المشارك في المفاوضات»، «مصادر
                    # طبية في المستشفى»
                    j = pp if (pp := self._genitive(j + 1, limit)) > j + 1 else j
                mention = Mention(start, j, "unnamed", None, (start, j), inst, country, body, self._gender(i),
                                  role_kind=kind, points_back=points_back if inst is None else "")
                if role.kind in ("official", "member"):
                    # «مسؤول عمليات الإغاثة في الأمم المتحدة ستيفن أوبراين»: an official with a name
                    if j == i + n < limit and role.kind == "member" and not self.keys[i].startswith("ال") \
                            and (r2 := self.roles_at(j)) is not None and r2[1].kind == "organisation" \
                            and (org := self._organisation(j, j, r2[0], limit)) is not None:
                        # «رئيس كتلة "الوفاء للمقاومة" النائب محمد رعد»: an organisation by its name
                        j = org.end
                        mention = replace(mention, end=j, role_span=(start, j), institution=org.institution,
                                          country=org.country, points_back="")
                    elif j == i + n and role.kind == "member" and not self.keys[i].startswith("ال"):
                        # «رئيس مؤتمر المناخ سلطان الجابر»: an unlisted body in construct, then the name
                        chain = j
                        while chain < limit and chain - j < 3 and self.name_like(chain) \
                                and not self.starts_phrase(chain) and not self.keys[chain].startswith("ال"):
                            chain += 1
                        # «محافظ البصرة أسعد العيداني»: or a definite genitive straight away
                        chain = self._genitive(chain, limit) if chain > j or chain < limit and self.keys[chain].startswith("ال") \
                            else j
                        if chain > j and self._apposition_name(chain, limit)[0] is not None:
                            j = chain
                            mention = replace(mention, end=j, role_span=(start, j))
                        elif chain > j and chain < limit and (owner := g.named_forms.match(self.keys, chain, clitics=False)):
                            # «مدير مكتب الجزيرة في غزة»: the office of a known organisation
                            j = chain + owner[0]
                            inst = g.named[owner[1]]
                            mention = replace(mention, end=j, role_span=(start, j), institution=inst,
                                              country=inst.country, points_back="")
                    j = self._skip_posting(j, limit)
                    mention = replace(mention, end=j, role_span=(start, j))
                    name, name_end = self._apposition_name(j, limit)
                    if name is not None and self.keys[name[0]].startswith("ل") \
                            and self.keys[name[0]] not in self.known \
                            and not self.gaz.people.match(self.keys, name[0], clitics=False) \
                            and (role.kind == "official" or (o := g.named_forms.match(self.keys, name[0])) and o[2]):
                        name = None  # «مسؤول أمني عراقي لشفق نيوز»: the outlet spoken to, not a name
                    if name is not None and (self.keys[name[0]] in self.known or self.gaz.people.match(
                            self.keys, name[0], clitics=False) or self._strict_name(
                            name[0], name[1], limit) or name[1] < limit and self._verb_cue(name[1]) and self._strict_name(
                            name[0], name[1], name[1])):
                        return self._with_name(replace(mention, kind="role", role_kind=""), name, name_end)
                    if role.kind == "member" and (far := self._far_name(j, limit, commas=True)) is not None:
                        # «رئيس الوفد الحكومي المفاوض في ملف الأسرى هادي هيج إن»: a long office, then its holder;
                        # its adjectives may say which body: «الوفد الحكومي», «لجنة المال والموازنة النيابية»
                        sector = next((g.sectors[self.keys[k]] for k in range(j, far[0]) if self.keys[k] in g.sectors), "")
                        (j, name_end), name = far, far
                        mention = replace(mention, end=j, role_span=(start, j), body=mention.body or sector)
                        return self._with_name(replace(mention, kind="role", role_kind=""), name, name_end)
                return mention
            if role.kind == "title":
                return None
            if role.kind == "deputy":
                # «مساعد الناطق باسم الخارجية الأميركية مارك تونر»: the role after it, and its office
                inner = self.parse(i + n, limit)
                if inner is not None and inner.role_span is not None:
                    return replace(inner, start=start, role_span=(start, inner.role_span[1]))
            if role.kind == "document":
                # «بيان للجيش التركي», «البيان الصادر عن الرئاسة»: the issuer speaks
                j = i + n
                while j < limit and self.keys[j] in ("صادر", "الصادر", "عن", "من", "رسمي", "الرسمي", "مشترك"):
                    j += 1
                if j + 1 < limit and self.keys[j].startswith("ل") is False and self.keys[j + 1].startswith("ل") \
                        and self.name_like(j) and not self.starts_phrase(j) and not self._common_noun(j):
                    j += 1  # an adjective: «تقرير سري للوكالة», «بيان جديد للخارجية»
                sub, country, body, end = self._institution_phrase(j, limit)
                if sub is None and not body and j < limit and self.keys[j].startswith("ل"):
                    # «البيان الختامي للدورة الحادية والأربعين للمجلس الأعلى لمجلس التعاون»: the issuer at
                    # the end of a chain of لـ genitives
                    for k in range(j + 1, min(limit, j + 8)):
                        if self.is_punct(k) or self._verb_cue(k):
                            break
                        if self.keys[k].startswith("ل") and (found := self._institution_phrase(k, limit))[0] is not None:
                            sub, country, body, end = found
                            break
                        if k <= j + 2 and all(self.name_like(x) for x in range(j, k)) \
                                and (named := g.named_forms.match(self.keys, k, clitics=False)):
                            # «بيان لبعثة مراقبي الاتحاد الأفريقي»: a body of a known organisation, in construct
                            sub = g.named[named[1]]
                            country, end = sub.country, k + named[0]
                            break
                if sub is not None or body:  # «بيان لرئاسة الجمهورية»: the country may come from the article
                    while end + 1 < limit and self.keys[end].startswith("و") and (
                            more := self._institution_phrase(end, limit))[3] > end and more[0] is not None:
                        end = more[3]  # «بيان مشترك صادر عن السعودية والولايات المتحدة»: all its issuers
                    return Mention(start, end, "institution", None, None, sub, country, body, self._gender(j))
                return Mention(start, i + n, "unnamed", None, None, None, "", "", "m", None, True, role_kind="document")

        inst, country, body, end = self._institution_phrase(i, limit)
        if end > i:
            return Mention(start, end, "institution", None, None, inst, country, body, self._gender(i))

        for stripped, clitic in proclitic_variants(self.keys[i]):
            if clitic and stripped in self.known and self.name_like(i):
                # «ووفقا لشترايتر»: a name the article gave, behind a preposition
                end = i + 1
                while end < limit and self.keys[end] in self.known and self.name_like(end):
                    end += 1
                return Mention(start, end, "person", (i, end), None, None, "", "", "", clitic=clitic)
        if (part := self._part_of_body(start, i, limit)) is not None:
            return part  # «قيادة المسرح الشرقي في الجيش الصيني»
        end = self.name_run(i, limit, max_len=4)
        if end > i:
            key = self.keys[i]
            anaphoric = end == i + 1 and any(v.startswith("ال") for v, _ in proclitic_variants(key))
            if i + 1 < limit and (sub := self.gaz.named_forms.match(self.keys, i + 1)) and self.name_like(i):
                # «لجنة الأمم المتحدة ...», «مفوضية الاتحاد الأوروبي»: a body of a known organisation
                inst = self.gaz.named[sub[1]]
                return Mention(start, i + 1 + sub[0], "institution", None, None, inst, inst.country, "",
                               self._gender(i))
            if not anaphoric and key not in self.known and any(self._common_noun(k) for k in range(i, end)):
                return None  # «حثت الأطراف»، «جماعة إرهابية»: a noun phrase, not someone's name
            if end == i + 1 and key not in self.known and len(key) > 4 and key.endswith(("ون", "ين")) \
                    and not self.gaz.people.match(self.keys, i):
                # «لكن منتقدين يقولون»: a sound plural is a group of people, not a name
                return Mention(start, end, "unnamed", None, None, None, "", "", "m")
            known = self._person_first_last(i, end)  # «سلطان بن أحمد الجابر»
            mention = Mention(start, end, "person", (i, end), None, known and g.person_institution(known),
                              known.country if known else "", known.body if known else "", "", known, anaphoric)
            # an unknown body with a country adjective: «قوات خفر السواحل الإيطالية»
            if end < limit and not anaphoric and self.keys[i].startswith("ال") and \
                    (c := self.gaz.country_adj.match(self.keys, end, clitics=False)):
                return Mention(start, end + c[0], "institution", None, None, None, c[1], "", self._gender(i))
            # a role after the name: «أحمد أبو زيد، المتحدث الرسمي باسم وزارة الخارجية»
            k = end + 1 if end < limit and self.tokens[end].text in "،," else end
            role = self.parse(k, limit) if k < limit and self._role_at(k) else None
            if role is not None and role.name_span is not None and role.name_span[0] > k \
                    and self.keys[role.name_span[0]][:1] == "و":
                # «… وكيلة الأمين العام للشؤون السياسية وبناء السلام»: the name came first, so what
                # follows its role is more of the role, joined by و (see _role_after_known)
                role = self.parse(k, role.name_span[0])
            if role is not None and role.name_span is None and (
                    role.kind == "role" or role.role_kind == "member" and (role.institution or role.body
                                                                            or role.points_back)):
                # «علاء ياسين مستشار وزير الري»: a member role after the name gives the office
                return replace(mention, end=role.end, role_span=role.role_span, institution=role.institution,
                               country=role.country, body=role.body, gender=role.gender, anaphoric=False,
                               points_back=role.points_back)
            return mention
        return None

    def _part_of_body(self, start: int, i: int, limit: int) -> Mention | None:
        """An unlisted part of a known body, named by a noun in ة and its genitives, then where it is:
        «قيادة المسرح الشرقي في الجيش الصيني» (the Chinese army), «وكالة الاستخبارات الوطنية في كوريا
        الجنوبية» (a body named inside, in that country). None when it is in nothing known."""
        if not self._common_noun(i):
            return None
        g = self.gaz
        k = i + 1  # its definite genitive and adjectives, a body form among them («الاستخبارات»)
        while k < limit and k - i <= 4 and self.keys[k].startswith("ال") and self.name_like(k) \
                and not g.country_name.match(self.keys, k, clitics=False) \
                and not g.named_forms.match(self.keys, k, clitics=False):
            k += 1
        if k == i + 1 or k + 1 >= limit or self.keys[k] not in ("في", "لدي"):
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

    def _role_after_known(self, end: int, limit: int) -> int:
        """Past a role after a known person's name whose last words a fresh parse would take for a
        second name, joined by و: «روزماري ديكارلو وكيلة الأمين العام للشؤون السياسية وبناء السلام»
        (not «وبناء السلام», a person). Otherwise `end` as it is: the role is read on its own."""
        k = end + 1 if end < limit and self.tokens[end].text in "،," else end
        if k >= limit or not self._role_at(k) or not any(self.keys[x][:1] == "و" for x in range(k + 1, min(limit, k + 14))):
            return end  # (no word joined by و ahead: nothing a fresh parse could mistake for a name)
        role = self.parse(k, limit)
        if role is None or role.name_span is None or role.name_span[0] <= k or self.keys[role.name_span[0]][:1] != "و":
            return end
        return role.name_span[1]

    def _organisation(self, start: int, i: int, n: int, limit: int) -> Mention | None:
        """An organisation named by a common noun and its name, often quoted: «حركة «حماس»»,
        «تنظيم داعش», «غرفة عمليات «فجر ليبيا»», «صحيفة "واشنطن بوست"». The institution is the named
        one inside, when the lexicon knows it; the speaker is the whole phrase either way."""
        j = i + n
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
        return None

    def _organisation_noun(self, k: int) -> str:
        """A bare definite organisation noun that points back: الحركة، الجماعة، الحزب، التنظيم, also
        behind لـ («الأمين العام للمنظمة»). Its definite form, or ""."""
        key = self.keys[k]
        if key.startswith("لل"):
            key = "ا" + key[1:]  # ل + ال, whose alef is not written
        if not key.startswith("ال") or len(key) < 5:
            return ""
        r = self.gaz.roles.match([key[2:]], 0)
        return key if r is not None and r[0] == 1 and r[1].kind == "organisation" else ""

    def _genitive(self, j: int, limit: int) -> int:
        """Past a definite genitive and its adjectives (at most three words): «عمليات الإغاثة»,
        «السجناء السعوديين في ...» stops before في. Not past a named institution or a country, which
        the caller reads for what they tell."""
        g, start = self.gaz, j
        while j < limit and j - start < 3 and self.keys[j].startswith("ال") and self.name_like(j) \
                and not self.starts_phrase(j) and not g.country_name.match(self.keys, j, clitics=False) \
                and not g.named_forms.match(self.keys, j, clitics=False) and not self._verb_cue(j) \
                and not (j + 1 < limit and self.keys[j + 1] in _NAME_JOINS):  # «الداه ولد عبد الجليل» is a name
            j += 1
        return j

    def _possessive_role(self, i: int, limit: int) -> Mention | None:
        """A role with a pronoun for its institution: «وقال مديرها العام رافائيل غروسي» after «الوكالة
        الدولية للطاقة الذرية»; the institution is the last one the article named (points_back "*")."""
        key, surface = self.keys[i], self.tokens[i].text
        if not key.endswith(("ه", "ها", "هم")) and not (i + 1 < limit and self.keys[i + 1] in _BY_ITS_NAME):
            # every parse asks, and most words carry no pronoun (nor does any of _COUNTERPARTS lack
            # one) and have no «باسمه» after them: none of the tests below can hold
            return None
        if key.endswith(("ه", "ها")) and not surface.endswith("\u0629") and \
                (key[:-2] if key.endswith("ها") else key[:-1]) in _OFFICES:
            # «وقال مكتبه في بيان» after «رئيس الوزراء الإسرائيلي بنيامين نتنياهو»: that person's office
            return Mention(i, i + 1, "institution", None, None, None, "", "", "m", points_back="*person")
        if key in _COUNTERPARTS:
            # «استقبل سامح شكري وزير الخارجية نظيرته الفرنسية كاترين كولونا»: the same office, of the
            # country that follows; the office is the host's, found by the pipeline
            country, end = self._country_after(i + 1, limit)
            if not country:
                return None
            mention = Mention(i, end, "role", None, (i, end), None, country, "", self._gender(i),
                              points_back="counterpart")
            name, name_end = self._apposition_name(end, limit)
            return self._with_name(mention, name, name_end)
        if i + 1 < limit and self.keys[i + 1] in _BY_ITS_NAME:
            # «المتحدث باسمها جيمس قاديت», «الناطق باسمه»: a spokesperson for whoever was named last
            r = self.gaz.roles.match([key, "باسم"], 0)
            if r is None or r[0] != 2 or r[1].kind != "spokesperson":
                return None
            mention = Mention(i, i + 2, "role", None, (i, i + 2), None, "", "", self._gender(i), points_back="*")
            name, name_end = self._apposition_name(i + 2, limit)
            return self._with_name(mention, name, name_end)
        if surface.endswith("\u0629") or not key.endswith(("ها", "ه", "هم")):  # TEH MARBUTA: no pronoun
            return None
        stem = key[:-2] if key.endswith(("ها", "هم")) else key[:-1]
        word = self.gaz.roles.match([stem, *self.keys[i + 1:i + 3]], 0)
        if word is None or word[0] != 1 or word[1].kind not in ("member", "office", "deputy"):
            return None
        end = i + 1
        while end < limit and self.keys[end] in ("العام", "التنفيذي", "الاعلي", "الجديد", "الرسمي"):
            end += 1
        mention = Mention(i, end, "role", None, (i, end), None, "", "", self._gender(i), points_back="*")
        name, name_end = self._apposition_name(end, limit)
        return self._with_name(mention, name, name_end)

    def _with_name(self, mention: Mention, name: tuple[int, int] | None, name_end: int,
                   limit: int | None = None, outer_first: bool = False) -> Mention:
        if name is None:
            if limit is not None and mention.end < limit and self._role_at(mention.end):
                stacked = self._stacked(mention, limit, outer_first)
                if stacked is not None:
                    return stacked
            if limit is None or (far := self._far_name(mention.end, limit, commas=True, set_off=True)) is None:
                return mention
            # «وزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني السعودي، مساعد بن محمد العيبان»: offices
            # stacked before one name; a later, more telling one gives the institution
            mention = replace(mention, end=far[0], role_span=(mention.start, far[0]))
            if mention.body in ("", "government") and mention.institution is None or mention.body == "government":
                inner = next((m for k in range(mention.start + 1, far[0]) if self._role_at(k)
                              and (m := self.parse(k, far[0])) is not None and (m.body not in ("", "government")
                                                                              or m.institution is not None)), None)
                if inner is not None:
                    country = inner.country or mention.country
                    inst = inner.institution or self.gaz.institution(country, inner.body)
                    mention = replace(mention, institution=inst, country=country, body=inner.body)
            name, name_end = far, far[1]
        person = self.gaz.people.match(self.keys, name[0], clitics=False)
        p = person[1] if person and person[0] == name[1] - name[0] else self._person_first_last(*name)
        if p is None and name[1] - name[0] > 1 and mention.body:
            # «وزير الخارجية عادل بن أحمد الجبير»: a fuller form of a known surname, in the same office
            last = self.gaz.people.match(self.keys, name[1] - 1, clitics=False)
            if last and last[0] == 1 and last[1].body == mention.body and (
                    not mention.country or last[1].country == mention.country):
                p = last[1]
        inst = mention.institution
        if p is not None and (p.body or p.institution) and p.body != mention.body == "presidency" and not mention.country \
                and mention.role_span is not None and mention.role_span[1] - mention.role_span[0] == 1:
            # «حكومة الرئيس نجيب ميقاتي», «الرئيس نبيه بري»: الرئيس alone is also the honorific of a
            # head of government or parliament; the people file knows which office it is
            return replace(mention, end=name_end, kind="person", name_span=name, person=p,
                           institution=self.gaz.person_institution(p), body=p.body or "", country=p.country)
        if p is not None and inst is None and mention.body and mention.body != "government" and not mention.country \
                and mention.role_span is not None and mention.role_span[1] - mention.role_span[0] == 1 \
                and (p.body or p.institution) and p.body != mention.body:
            # «السفير بسام راضي»: a one-word rank before a known person, whose own office the people file
            # knows (the presidency's spokesman, an ambassador by rank)
            inst = self.gaz.person_institution(p)
        elif p is not None and inst is None and mention.body and mention.body != "government" and not mention.country:
            # «المستشار الدبلوماسي لرئيس الدولة أنور قرقاش»: the article's office, in the person's country
            inst = self.gaz.institution(p.country, mention.body)
        if p is not None and (inst is None or mention.body in ("", "government") and inst.id.endswith("_government")
                              and (own := self.gaz.person_institution(p)) is not None and own.country == inst.country):
            # «المبعوث الأميركي آموس هوكشتاين», «الوزير الروسي سيرغي لافروف»: a generic role gives only
            # the government; the people file knows the office
            inst = self.gaz.person_institution(p)
        return replace(mention, end=name_end, kind="person", name_span=name, person=p, institution=inst)

    def _addressed(self, k: int) -> bool:
        """Is token k a verb whose object is the person spoken to (أبلغ، حث، دعا)?"""
        found = self.cues.lookup(self.keys[k], self.tokens[k].text) if k >= 0 else None
        return found is not None and "addressee" in self.fw.get(norm_key(found[0].lemma), ())

    def _stacked(self, outer: Mention, limit: int, outer_first: bool) -> Mention | None:
        """Two roles before one name. The person holds both, and the role next to the name is the
        office they speak from: «نائب رئيس مجلس الوزراء وزير الخارجية الكويتي ...» (Foreign Ministry),
        «نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح» (Government, the country from the first role).
        But a spokesperson or an envoy speaks in that capacity, and what follows is a rank or a home
        office: «الناطق باسم الرئاسة المصرية السفير علاء يوسف» (Presidency), «المبعوث الخاص لرئيس الصين
        وزير الثقافة لوه شوشنج» (Chinese Presidency)."""
        inner = self.parse(outer.end, limit)
        if inner is None or inner.role_span is None:
            return None
        if inner.name_span is None and (not outer.country or inner.country not in ("", outer.country)
                                        or inner.role_span[1] - inner.role_span[0] < 2
                                        or self._addressed(outer.start - 1)):
            # without a name, a second office of another country is the verb's object: «أبلغ وزير
            # الخارجية الأميركي رئيس الوزراء العراقي أن ...»; «كما أشاد نائب الرئيس اليمني رئيس مجلس
            # الوزراء» is one man's two offices
            return None
        inst, country, body = outer.institution, outer.country, outer.body
        r = self.roles_at(outer.start)
        rank = inner.role_span[1] - inner.role_span[0] == 1 and not inner.country  # «السفير», a rank
        outer_first = outer_first or rank or (r is not None and r[1].kind == "spokesperson")
        # the cabinet at large is the least telling office: «وزير النفط وزير الدولة للشؤون الاقتصادية ...»
        vaguer = inner.body == "government" and body not in ("", "government")
        if not outer_first and not vaguer and (inner.institution is not None or inner.body) or inst is None and not body:
            inst, country, body = inner.institution, inner.country, inner.body
            if inst is None and not country and outer.country:
                country = outer.country
                inst = self.gaz.institution(country, body)
        elif inst is None and not country and inner.country:
            # «وزير النفط وزير الدولة ... الكويتي»: the country comes with the second role
            country = inner.country
            inst = self.gaz.institution(country, body)
        return replace(inner, start=outer.start, role_span=(outer.start, inner.role_span[1]),
                       institution=inst, country=country, body=body, gender=outer.gender, clitic=outer.clitic)
