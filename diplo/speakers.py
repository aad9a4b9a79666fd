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


_QUANTIFIERS = {"بعض", "معظم", "اغلب", "عدد", "كبار", "احد", "احدي", "جميع", "كافه"}
_UNSET = object()
_PUNCT_STOP = set("،,.:;؛!?؟()[]{}«»\"“”'‘’-–—/|")
_FEMININE_PLURAL_HEADS = {"مصادر", "المصادر", "السلطات", "سلطات", "الدول", "دول", "التقارير", "تقارير",
                          "الاوساط", "اوساط", "الحكومات", "وسايل", "الصحف", "صحف"}


class MentionParser:
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

    def is_punct(self, i: int) -> bool:
        t = self.tokens[i].text
        return len(t) == 1 and (t in _PUNCT_STOP or not t.isalnum())

    def is_function(self, i: int) -> bool:
        key = self.keys[i]
        return key in self.fw or (key[:1] in ("و", "ف") and len(key) > 2 and key[1:] in self.fw)

    def starts_phrase(self, i: int) -> bool:
        found = self._phrase[i]
        if found is _UNSET:
            found = self._phrase[i] = self._starts_phrase_uncached(i)
        return found

    def _starts_phrase_uncached(self, i: int) -> bool:
        g, keys = self.gaz, self.keys
        # an `or` chain, not any() over a generator: this runs for most tokens of every paragraph
        return bool(g.named_forms.match(keys, i) or g.body_roles.match(keys, i) or g.body_forms.match(keys, i)
                    or self.roles_at(i))

    def roles_at(self, i: int):
        found = self._roles[i]
        if found is _UNSET:
            found = self._roles[i] = self.gaz.roles.match(self.keys, i)
        return found

    def name_like(self, i: int) -> bool:
        """Could token i be part of a personal name? Not punctuation, a function word, a cue, a
        prepositional phrase (للصحافيين، بالقاهرة), or a noun carrying a possessive (تفهمه)."""
        found = self._name_like[i]
        if found is _UNSET:
            found = self._name_like[i] = self._name_like_uncached(i)
        return found

    def _name_like_uncached(self, i: int) -> bool:
        if self.is_punct(i) or self.is_function(i):
            return False
        key = self.keys[i]
        if not key or key[0].isdigit() or any(c.isdigit() for c in key):
            return False
        if self.cues.lookup(key) is not None:
            return False
        if "\u064b" in self.tokens[i].text:  # FATHATAN: an accusative noun (اهتماماً، تزامناً), not a name
            return False
        if key.startswith(("لل", "بال", "وال")):
            return False
        surface = self.tokens[i].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        if len(key) >= 4 and key.endswith(("ه", "ها", "هم", "هما", "هن")) and not key.endswith("الله") and \
                not surface.endswith("\u0629"):  # TEH MARBUTA ends a noun, not a pronoun
            return False
        return True

    def name_run(self, i: int, limit: int, max_len: int = 5) -> int:
        """End of the run of name-like tokens starting at i (i itself when there is none).

        A name the document has already given (ليون from «برناردينو ليون») ends where the known
        tokens end, so «وأكد ليون الأطراف ...» does not take the object into the name."""
        if i < limit and self.keys[i] in self.known and self.name_like(i):
            j = i + 1
            while j < limit and self.keys[j] in self.known and self.name_like(j):
                j += 1
            return j
        j = i
        while j < limit and j - i < max_len and self.name_like(j):
            if j > i and (self.gaz.country_adj.match(self.keys, j) or self.starts_phrase(j)):
                break
            j += 1
        return j

    def plausible_name(self, i: int, end: int, limit: int) -> bool:
        """A name after a role must be closed by punctuation, a particle, a reporting verb (subject
        before verb: «المتحدث باسم الجيش فيليب اغير نفى») or the clause end, and a lone definite word
        must be a name the lexicon or the document knows: «وأكد المبعوث الحرص» has no name, «الوزير
        الجبير» has."""
        if end < limit and not (self.is_punct(end) or self.is_function(end) or self._verb_cue(end)):
            return False
        if end == i + 1 and self.keys[i].startswith("ال"):
            return self.keys[i] in self.known or bool(self.gaz.people.match(self.keys, i, clitics=False))
        return True

    # -- parsing -------------------------------------------------------------------------------

    def _country_after(self, j: int, limit: int) -> tuple[str, int]:
        """A country adjective (الروسي) or a construct country name (روسيا) at j: (code, end)."""
        if j >= limit:
            return "", j
        m = self.gaz.country_adj.match(self.keys, j, clitics=False)
        if m:
            return m[1], j + m[0]
        m = self.gaz.country_name.match(self.keys, j, clitics=False)
        if m:
            return m[1], j + m[0]
        # «في ليبيا», «لدى مصر»: a country named by a preposition close by
        if j + 1 < limit and self.keys[j] in ("في", "لدي") and (m := self.gaz.country_name.match(self.keys, j + 1)):
            return m[1], j + 1 + m[0]
        return "", j

    def _skip_posting(self, j: int, limit: int) -> int:
        """Past the posting of an envoy or ambassador, «إلى سوريا» / «لدى واشنطن», to the name after it."""
        if j + 1 < limit and self.keys[j] in ("الي", "لدي", "في") and self.gaz.country_name.match(self.keys, j + 1):
            return j + 1 + self.gaz.country_name.match(self.keys, j + 1)[0]
        return j

    def _skip_titles(self, i: int, limit: int) -> int:
        while i < limit:
            r = self.roles_at(i)
            if r and r[1].kind == "title":
                i += r[0]
            else:
                break
        return i

    def _apposition_name(self, j: int, limit: int, strict: bool = False) -> tuple[tuple[int, int] | None, int]:
        """A name after a role, directly or between commas: «... الروسي سيرغي لافروف» / «، جو بايدن،»."""
        k = j
        if k < limit and self.tokens[k].text in "،," and k + 1 < limit:
            k += 1
        k = self._skip_titles(k, limit)
        if k < limit:
            m = self.gaz.people.match(self.keys, k, clitics=False)
            if m:
                return (k, k + m[0]), k + m[0]
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
        if not 2 <= end - k <= 4 or any(self._common_noun(x) for x in range(k, end)):
            return False
        if any(self.keys[x].startswith("ال") for x in range(k, end - 1)):
            return False
        return end >= limit or self.is_punct(end) or "complementizer" in self.fw.get(self.keys[end], ())

    def _institution_phrase(self, i: int, limit: int) -> tuple[Institution | None, str, str, int]:
        """An institution phrase at i: (institution, country, body, end)."""
        g = self.gaz
        if i >= limit:
            return None, "", "", i
        m = g.named_forms.match(self.keys, i)
        if m:
            inst = g.named[m[1]]
            return inst, inst.country, "", i + m[0]
        m = g.body_forms.match(self.keys, i)
        if m:
            body = m[1]
            country, end = self._country_after(i + m[0], limit)
            if not country and end < limit and self.name_like(end) and not self.starts_phrase(end) \
                    and not self.keys[end].startswith("ال") and not self._common_noun(end):
                # «وكالة أنباء دوجان»: a body with a proper name is that one body, not the country's
                return None, "", "", self.name_run(end, limit, max_len=3)
            if not country and end < limit and (sub := g.named_forms.match(self.keys, end)):
                # «بعثة الأمم المتحدة», «وفد الاتحاد الأوروبي»: a body of an organisation is the organisation
                inst = g.named[sub[1]]
                return inst, inst.country, "", end + sub[0]
            return g.institution(country, body), country, body, end
        m = g.body_roles.match(self.keys, i)
        if m:  # «المتحدث باسم وزير الخارجية الروسي»
            body = m[1]
            country, end = self._country_after(i + m[0], limit)
            return g.institution(country, body), country, body, end
        m = g.country_name.match(self.keys, i)
        if m:
            return g.institution(m[1], "government"), m[1], "government", i + m[0]
        return None, "", "", i

    def parse(self, i: int, limit: int) -> Mention | None:
        """The speaker mention that starts at token i and ends before `limit`, or None."""
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

        m = g.people.match(self.keys, i)
        if m:
            person = m[1]
            return Mention(start, i + m[0], "person", (i, i + m[0]), None, g.person_institution(person),
                           person.country, person.body, "", person)

        m = g.named_forms.match(self.keys, i)
        if m:
            inst = g.named[m[1]]
            # «وفقا للأمم المتحدة»: the preposition is not part of the speaker (لل stands for ل + ال)
            clitic = m[2]
            if clitic and self.keys[i][clitic - 2:clitic] == "لل":
                clitic -= 2  # «للأمم» is ل + الأمم without its alef: the span keeps «لل»
            mention = Mention(start, i + m[0], "institution", None, None, inst, inst.country, "",
                              self._gender(i), clitic=clitic if start == i else 0)
            # an office named as an institution, then its holder: «الأمين العام للأمم المتحدة أنطونيو غوتيريش»
            name, name_end = self._apposition_name(i + m[0], limit, strict=True)
            if name is not None:
                return self._with_name(replace(mention, kind="role", role_span=(start, i + m[0])), name, name_end)
            return mention

        m = g.body_roles.match(self.keys, i)
        r = self.roles_at(i)
        if m and not (r and r[0] > m[0]):  # «قائد الجيش الوطني الليبي» is longer in roles.tsv than «قائد الجيش»
            body = m[1]
            country, end = self._country_after(i + m[0], limit)
            sub_inst = None
            if not country and end < limit and self.keys[end] in ("في", "ب", "لدي"):
                sub_inst, country, _, sub_end = self._institution_phrase(end + 1, limit)
                if sub_inst is not None:
                    end = sub_end
            end = self._skip_posting(end, limit)
            name, name_end = self._apposition_name(end, limit)
            inst = g.institution(country, body) or sub_inst
            return self._with_name(Mention(start, end, "role", None, (start, end), inst, country, body,
                                           self._gender(i)), name, name_end)

        if r:
            n, role, _ = r
            if role.kind == "group":
                end = i + n
                # «الرئيسان المصري والفرنسي»: the members' countries belong to the mention
                while end < limit and (c := g.country_adj.match(self.keys, end)) is not None:
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
                                               inst.country if inst else "", "", self._gender(i)), name, name_end)
            if role.kind == "spokesperson":
                j = i + n
                if j < limit and self.keys[j] in ("الرسمي", "الرسميه"):
                    j += 1
                inst, country, body, end = self._institution_phrase(j, limit)
                points_back = ""
                if end == j and j < limit and self.keys[j].startswith("ال") and self.name_like(j):
                    # «المتحدثة باسم الوزارة»: a bare definite noun names an institution already met
                    points_back, end = self.keys[j], j + 1
                name, name_end = self._apposition_name(end, limit)
                return self._with_name(Mention(start, end, "role", None, (start, end), inst, country, body,
                                               self._gender(i), points_back=points_back), name, name_end)
            if role.kind in ("member", "unnamed", "official"):
                j = i + n
                country = ""
                # a sector word inside the role phrase itself: «مسؤول أمني», «مسؤولون عسكريون»
                sector_body = next((g.sectors[self.keys[k]] for k in range(i + 1, i + n)
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
                    # an adjective agrees in definiteness with its head: مصدر مطلع، المصادر المطلعة
                    if role.kind != "member" and self.name_like(j) and not self.starts_phrase(j) \
                            and not g.country_name.match(self.keys, j) \
                            and self.keys[j].startswith("ال") == self.keys[i].startswith("ال"):
                        j += 1
                        continue
                    break
                inst = None
                body = ""
                if j < limit and (role.kind == "member" or self.keys[j] in ("في", "ب", "من", "لدي")):
                    k = j + 1 if role.kind != "member" else j
                    sub, c2, b2, end = self._institution_phrase(k, limit)
                    if sub is not None or c2 or b2:  # «مصدر مسؤول في وزارة الخارجية»: the country comes later
                        inst, country, body, j = sub, c2 or country, b2, end
                        while j < limit and self.gaz.country_adj.match(self.keys, j, clitics=False):
                            j += self.gaz.country_adj.match(self.keys, j, clitics=False)[0]
                    elif role.kind == "member":
                        # «مسؤول في الوفد المصري»: an unlisted body, whose country adjective still tells
                        end = self.name_run(k, limit, max_len=3)
                        c, cend = self._country_after(end, limit) if end > k else ("", end)
                        if c:
                            country, j = c, cend
                        elif end > k:
                            j = end
                if inst is None and country and role.kind in ("official", "member"):
                    inst = g.institution(country, sector_body or "government")
                if not body and sector_body and role.kind in ("official", "member"):
                    body = sector_body  # the country may come from the article: «مسؤولون عسكريون»
                return Mention(start, j, "unnamed", None, (start, j), inst, country, body, self._gender(i),
                               role_kind=role.kind)
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
                sub, country, body, end = self._institution_phrase(j, limit)
                if sub is not None:
                    return Mention(start, end, "institution", None, None, sub, country, body, self._gender(j))
                return Mention(start, i + n, "unnamed", None, None, None, "", "", "m", None, True)

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
            mention = Mention(start, end, "person", (i, end), None, None, "", "", "", None, anaphoric)
            # an unknown body with a country adjective: «قوات خفر السواحل الإيطالية»
            if end < limit and not anaphoric and self.keys[i].startswith("ال") and \
                    (c := self.gaz.country_adj.match(self.keys, end, clitics=False)):
                return Mention(start, end + c[0], "institution", None, None, None, c[1], "", self._gender(i))
            # a role after the name: «أحمد أبو زيد، المتحدث الرسمي باسم وزارة الخارجية»
            k = end + 1 if end < limit and self.tokens[end].text in "،," else end
            role = self.parse(k, limit) if k < limit and self._role_at(k) else None
            if role is not None and role.name_span is None and (
                    role.kind == "role" or role.role_kind == "member" and (role.institution or role.body)):
                # «علاء ياسين مستشار وزير الري»: a member role after the name gives the office
                return replace(mention, end=role.end, role_span=role.role_span, institution=role.institution,
                               country=role.country, body=role.body, gender=role.gender, anaphoric=False)
            return mention
        return None

    def _possessive_role(self, i: int, limit: int) -> Mention | None:
        """A role with a pronoun for its institution: «وقال مديرها العام رافائيل غروسي» after «الوكالة
        الدولية للطاقة الذرية»; the institution is the last one the article named (points_back "*")."""
        key, surface = self.keys[i], self.tokens[i].text
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

    def _verb_cue(self, i: int) -> bool:
        found = self.cues.lookup(self.keys[i], self.tokens[i].text)
        return found is not None and found[0].kind == "verb"

    def _common_noun(self, i: int) -> bool:
        """Endings that personal names seldom have: ة (لجنة، جماعة) and the feminine plural ات."""
        surface = self.tokens[i].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        return surface.endswith("\u0629") or (len(self.keys[i]) > 4 and self.keys[i].endswith("ات"))

    def _role_at(self, i: int) -> bool:
        r = self.roles_at(i)
        return bool(self.gaz.body_roles.match(self.keys, i)) or bool(r and r[1].kind in ("spokesperson", "office",
                                                                                           "member"))

    def _with_name(self, mention: Mention, name: tuple[int, int] | None, name_end: int) -> Mention:
        if name is None:
            return mention
        person = self.gaz.people.match(self.keys, name[0], clitics=False)
        p = person[1] if person and person[0] == name[1] - name[0] else None
        inst = mention.institution
        if inst is None and p is not None:
            inst = self.gaz.person_institution(p)
        return replace(mention, end=name_end, kind="person", name_span=name, person=p, institution=inst)

    def _gender(self, i: int) -> str:
        key = self.keys[i]
        for k, _ in proclitic_variants(key):
            if k in _FEMININE_PLURAL_HEADS:
                return "f"
        if key.endswith("ه") and not key.endswith("الله"):
            return "f"
        return "m"
