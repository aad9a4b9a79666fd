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

The branches are spread over mixins of `MentionParser`: `BodyReader` (bodies.py) reads institution and
organisation phrases and the issuer of a document, `OfficialReader` (officials.py) sources, officials
and members, `AppositionReader` (appositions.py) a role and the name of its holder, and `NameReader`
(names.py) names and what stands between a role and a name. `Mention` lives in mention.py.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .appositions import AppositionReader
from .bodies import _AN_OFFICE, _OFFICES, BodyReader
from .cues import CueLexicon
from .institutions import Gazetteer
from .lexicon import cached_build, data_path, proclitic_variants, read_tsv
from .mention import Mention
from .model import Token, replace
from .names import _HOME, _NAME_JOINS, _UNSET
from .officials import _BODIES_OF_STATES, _EXPERTS, OfficialReader
from .text import KeyMemo

# what other modules import from here, some of it defined elsewhere: _BODIES_OF_STATES in officials.py
__all__ = ["Mention", "MentionParser", "load_function_words", "_BODIES_OF_STATES", "_QUANTIFIERS"]


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


_FORMER = {"السابق", "السابقه", "الاسبق", "الاسبقه"}  # normalized: «الرئيس الأسبق»
# «الخبير»، «والباحثة» …: the title of an expert (see officials._EXPERTS), with or without proclitics
_AN_EXPERT = KeyMemo(lambda key: any(v.startswith("ال") and v[2:] in _EXPERTS for v, _ in proclitic_variants(key)))
# «المالي» after the office of a state is Mali's, not financial (countries.tsv leaves the adjective out)
_MALIAN = {"المالي", "الماليه"}
_OFFICES_OF_STATE = {"foreign_ministry", "presidency", "prime_minister_office", "government", "defence_ministry",
                     "army"}
_ACTING = {"بالانابه", "بالوكاله"}  # normalized: «بالإنابة», «بالوكالة»
_AMONG = {"بينها", "منها", "ومنها", "وبينها", "بينهم", "منهم", "ومنهم", "وبينهم"}
_VAGUE = {"عده", "عديده", "كثيره", "اخري", "مختلفه", "غربيه", "عربيه"}
_QUANTIFIERS = {"بعض", "معظم", "اغلب", "عدد", "كبار", "احد", "احدي", "جميع", "كافه", "عده", "اثنان", "اثنين", "ثلاثه",
               "ثلاث", "اربعه", "اربع", "خمسه", "خمس", "سته", "ست", "سبعه", "عشره", "عشرات", "مييات"}


class MentionParser(OfficialReader, AppositionReader, BodyReader):
    def __init__(self, tokens: Sequence[Token], gaz: Gazetteer, cues: CueLexicon,
                 function_words: dict[str, set[str]], known_names: dict[str, str] | None = None,
                 keys: list[str] | None = None, word_memo: KeyMemo | None = None) -> None:
        self.tokens = tokens
        self.keys = [t.key for t in tokens] if keys is None else keys  # (the tokens' keys, if made already)
        self.gaz = gaz
        self.cues = cues
        self.fw = function_words
        # name token key -> full name, learnt from the document so far (shared with the pipeline)
        self.known = known_names if known_names is not None else {}
        # the tokens at which a phrase or a clause may end (Pipeline._stop_key), in order, once the
        # statement pass has found them: clause_limit and clause_end then test only these
        self.stops: list[int] | None = None
        # answers that depend on the tokens alone, per token index: both passes over a paragraph and
        # every parse that starts near a token ask them again
        self._roles: list = [_UNSET] * len(tokens)
        self._name_like: list = [_UNSET] * len(tokens)
        self._phrase: list = [_UNSET] * len(tokens)
        # name_like's answers per word, for words whose neighbours cannot change them (names.name_like_word):
        # kept by the pipeline across paragraphs and articles, for these lexicons
        self._word_memo = word_memo

    # -- token classes -------------------------------------------------------------------------

    def starts_phrase(self, i: int) -> bool:
        found = self._phrase[i]
        if found is _UNSET:
            found = self._phrase[i] = self._starts_phrase_uncached(i)
        return found

    def _starts_phrase_uncached(self, i: int) -> bool:
        g, keys = self.gaz, self.keys
        key = keys[i]
        if not g.phrase_head[key]:  # (heads_phrase's memo, read without a call)
            return False
        # an `or` chain, not any() over a generator: this runs for most tokens of every paragraph
        # (and each index is asked only if the key may open one of its phrases: see no_phrase). A role
        # is asked first: its memo is most often filled already (the learning pass reads it before
        # this), and a role word («المتحدث», «وزير») then needs none of the three lookups
        r = self._roles[i]
        return bool((r if r is not _UNSET else self.roles_at(i))
                    or key not in g.named_forms.no_phrase and g.named_forms.match(keys, i)
                    or key not in g.body_roles.no_phrase and g.body_roles.match(keys, i)
                    or key not in g.body_forms.no_phrase and g.body_forms.match(keys, i))

    def roles_at(self, i: int):
        found = self._roles[i]
        if found is _UNSET:
            key = self.keys[i]
            found = self.gaz.roles.match(self.keys, i) if key not in self.gaz.roles.no_phrase else None
            if found is None and len(key) > 4 and key.endswith("ا") and not key.startswith("ال"):
                # the accusative after أن: «غير أن دبلوماسيا أوروبيا قال», «إن مصدرا مطلعا أكد»
                bare = self.gaz.roles.match([key[:-1]], 0)
                found = bare if bare is not None and bare[0] == 1 else None
            elif found is not None and not _ACTING.isdisjoint(self.keys[i + found[0]:i + 4]) \
                    and (acting := next((k for k in range(i + found[0], min(len(self.keys), i + 4))
                                         if self.keys[k] in _ACTING), None)) is not None:
                # (the three words after the role looked at in one set test first: «acting» is rare)
                # «الممثلة الخاصة بالإنابة للأمين العام للأمم المتحدة»: «acting» inside the office's name
                longer = self.gaz.roles.match(self.keys[i:acting] + self.keys[acting + 1:acting + 8], 0)
                if longer is not None and longer[0] > acting - i:
                    found = (longer[0] + 1, longer[1], longer[2])
            self._roles[i] = found
        return found

    # -- parsing -------------------------------------------------------------------------------

    def parse(self, i: int, limit: int) -> Mention | None:
        """The speaker mention that starts at token i and ends before `limit`, or None."""
        m = self._parse(i, limit)
        if m is not None and not m.clitic and m.start == i and m.kind == "institution" and (m.institution or m.body) \
                and (r := self.gaz.body_forms.match(self.keys, i) or self.gaz.body_roles.match(self.keys, i)) and r[2]:
            # «وفقا لوزارة النفط»: as for a named institution, the preposition is no part of the speaker
            m = replace(m, clitic=r[2] - 2 if self.keys[i][r[2] - 2:r[2]] == "لل" else r[2])
        elif m is not None and not m.clitic and m.start == i and m.role_span is not None and m.role_span[0] == i \
                and (r := self.roles_at(i) or self.gaz.body_roles.match(self.keys, i)) is not None and r[2]:
            # «وفقا لمصادر دبلوماسية», «زيارة لأمير كويتي»: the preposition is not part of the speaker (لل
            # stands for ل + ال)
            m = replace(m, clitic=r[2] - 2 if self.keys[i][r[2] - 2:r[2]] == "لل" else r[2])
        if m is not None and m.role_span is not None and (m.institution is not None or m.body) and self._former(m):
            # «الرئيس الكولومبي الأسبق ألفارو أوريبي»: a former office holder no longer speaks for it
            m = replace(m, institution=None, body="", points_back="")
        if m is not None and m.kind == "person" and m.name_span is not None and m.name_span[1] == m.end \
                and m.end + 1 < limit and self.tokens[m.end].text in "،,":
            m = self._office_set_off(m, limit)
            if m.role_span is not None and (m.institution or m.body) and self._former(m):
                m = replace(m, institution=None, body="", points_back="")  # «…، وزير الري الأسبق،»
            return m
        if m is not None and m.kind in ("group", "unnamed") and m.end < limit:
            return self._with_members(m, limit)
        if m is not None and m.kind == "institution" and m.end < limit and self.keys[m.end].startswith("و") \
                and self._a_country(m):
            return self._countries(m, limit)
        return m

    def _former(self, m: Mention) -> bool:
        """Does the role say its holder held it before: «الرئيس الكولومبي الأسبق», «وزير الري الأسبق»
        (the adjective may end the role or follow it)?"""
        a, b = m.role_span
        return bool(_FORMER.intersection(self.keys[a:b + 1]))

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

    def _each_of(self, start: int, k: int, limit: int) -> Mention | None:
        """«كل من النرويج وإيرلندا وإسبانيا», «كل من وزير الخارجية المصري ونظيره الأردني»: the
        speakers named together, joined by و, speak together (a group, for no one institution)."""
        first = self.parse(k, limit)
        if first is None or first.end <= k:
            return None
        if first.kind == "group":
            return replace(first, start=start, role_span=(start, first.end), institution=None, country="")
        end, members = first.end, 1
        while end < limit and self.keys[end].startswith("و") and members < 8:
            nxt = self.parse(end, limit)
            if nxt is None or nxt.end <= end or nxt.kind == "group":
                break
            end, members = nxt.end, members + 1
        if members < 2:
            return None
        return Mention(start, end, "group", None, (start, end), None, "", "", "m")

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
        if i > start and self.keys[i] == "في" and _AN_EXPERT[self.keys[i - 1]]:
            # «الخبير في الشؤون الأفريقية عباس شراقي», «الباحث في مركز الأهرام للدراسات …»: the title
            # of an expert, his field, then his name, if any; he speaks for no institution
            if (far := self._far_name(i + 1, limit)) is not None and self._strict_name(far[0], far[1], limit) \
                    and far[0] > i + 1:
                return Mention(start, far[1], "person", far, (start, far[0]), None, "", "", self._gender(i - 1))
            if (field := self._genitive(i + 1, limit)) > i + 1:
                return Mention(start, field, "unnamed", None, (start, field), None, "", "", self._gender(i - 1))
        owner = self._possessive_role(i, limit)
        if owner is not None:
            return owner
        if self.keys[i] == "كل" and i + 2 < limit and self.keys[i + 1] == "من":
            return self._each_of(start, i + 2, limit)
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
            # (not a body: in «أعلن المجلس الوطني الانتخابي في فنزويلا فوز مادورو» the words are the object)
            head = self.roles_at(i)
            office = head is not None and head[1].kind not in ("organisation", "document", "group", "unnamed") \
                or self._body_role(i, limit) is not None or any(v in _OFFICES for v, _ in proclitic_variants(self.keys[i]))
            name, name_end = self._apposition_name(end, limit, strict=True) if office else (None, end)
            if name is not None and any(v in _OFFICES for v, _ in proclitic_variants(self.keys[i])):
                # «مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو»: the office speaks, not its holder
                return replace(mention, end=name_end)
            if name is not None:
                return self._with_name(replace(mention, kind="role", role_span=(start, i + m[0])), name, name_end)
            return mention

        r = self._roles[i]  # (roles_at's memo, filled by _skip_titles above)
        if r is _UNSET:
            r = self.roles_at(i)
        if r and r[1].kind == "organisation":
            org = self._organisation(start, i, r[0], limit)
            if org is not None:
                return org

        m = self._body_role(i, limit)
        if m and not (r and r[0] > m[0]):  # «قائد الجيش الوطني الليبي» is longer in roles.tsv than «قائد الجيش»
            body = m[1]
            country, end = self._country_after(i + m[0], limit)
            if not country and end < limit and self.keys[end] in _MALIAN and body in _OFFICES_OF_STATE:
                country, end = "ML", end + 1  # «وزير الخارجية المالي»: Malian (elsewhere «المالي» is financial)
            if not country and end < limit and self.keys[end] == _HOME:
                end += 1  # «أمير البلاد»: the article's country, which pipeline._resolve gives the body
            elif not country and end < limit and not self.keys[end - 1].startswith(("ال", "وال")) \
                    and (org := g.named_forms.match(self.keys, end, clitics=False)) \
                    and g.named[org[1]].country in _BODIES_OF_STATES:
                # «وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني»: the office in an international body, in
                # construct (not after a definite office: in «وطالب الوزير الأمم المتحدة بـ…» it is the object)
                return self._with_name(Mention(start, end + org[0], "role", None, (start, end + org[0]),
                                               g.named[org[1]], g.named[org[1]].country, "", self._gender(i)),
                                       *self._apposition_name(end + org[0], limit), limit)
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
            if not country and sub_inst is None and end < limit and self.keys[end][:1] == "ل" \
                    and (org := g.named_forms.match(self.keys, end)) and org[2] == 1:
                sub_inst, end = g.named[org[1]], end + org[0]  # «القائد العام لكتائب القسام»: its organisation
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
                elif end == i + n and end + 1 < limit and self.keys[end] in ("دول", "الدول") \
                        and (org := g.named_forms.match(self.keys, end + 1, clitics=False)) \
                        and g.named[org[1]].country in _BODIES_OF_STATES:
                    # «وزراء خارجية دول مجلس التعاون الخليجي»: the members of an organisation speak for it
                    end += 1 + org[0]
                    return Mention(start, end, "group", None, (start, end), g.named[org[1]], g.named[org[1]].country,
                                   "", "m")
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
                return self._official(start, i, n, role, limit)
            if role.kind == "title":
                return None
            if role.kind == "deputy":
                # «مساعد الناطق باسم الخارجية الأميركية مارك تونر»: the role after it, and its office
                inner = self.parse(i + n, limit)
                if inner is not None and inner.role_span is not None:
                    return replace(inner, start=start, role_span=(start, inner.role_span[1]))
            if role.kind == "document":
                return self._document(start, i, n, limit)

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
            if not anaphoric and key not in self.known and r and r[1].kind == "organisation" \
                    and (org := self._unlisted_organisation(start, i, i + r[0], limit)) is not None:
                return org  # «جمعية الوفاق الوطني الإسلامية», «حزب التجمع الوطني للإصلاح والتنمية»
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
            if role is not None and role.name_span is None and end == i + 1 and k == end and _AN_OFFICE[key] \
                    and role.kind == "role" and (role.institution is not None or role.body):
                # «وفقا لمكتب المبعوث الأممي»: the office of a role, which speaks for the role's institution
                clitic = next((c for v, c in proclitic_variants(key) if v in _OFFICES), 0)
                return Mention(start, role.end, "institution", None, None, role.institution, role.country, role.body,
                               "m", clitic=clitic if start == i else 0)
            if role is not None and role.name_span is None and (
                    role.kind == "role" or role.role_kind == "member" and (role.institution or role.body
                                                                            or role.points_back)):
                # «علاء ياسين مستشار وزير الري»: a member role after the name gives the office
                return replace(mention, end=role.end, role_span=role.role_span, institution=role.institution,
                               country=role.country, body=role.body, gender=role.gender, anaphoric=False,
                               points_back=role.points_back)
            return mention
        return None
