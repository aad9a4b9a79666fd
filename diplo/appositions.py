"""A role and the name of the one who holds it.

`AppositionReader` joins a role to the name after it («الرئيس الأميركي، جو بايدن،») and finds the
office it speaks from: two roles stacked before one name, a role with a pronoun that points back
(«مديرها العام», «نظيره الفرنسي»), and a role after a known person's name. It is mixed into
`MentionParser` (speakers.py), which also gives it `roles_at` and `parse`.
"""
from __future__ import annotations

from .bodies import _OFFICES
from .mention import Mention
from .model import replace
from .names import _BY_ITS_NAME, _OFFICE_ADJECTIVES, NameReader
from .officials import _BODIES_OF_STATES
from .text import norm_key

_COUNTERPARTS = {"نظيره", "نظيرته", "نظيرها", "نظيرتها", "نظيريه", "نظرايه", "نظراءه", "نظيرهم"}


class AppositionReader(NameReader):
    """Roles and the names after them, for `MentionParser`."""

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
        clitic = 1 if key[:1] in ("و", "ف") and key[1:] in _COUNTERPARTS else 0  # («… ونظيره الأردني»)
        if clitic or key in _COUNTERPARTS:
            # «استقبل سامح شكري وزير الخارجية نظيرته الفرنسية كاترين كولونا»: the same office, of the
            # country that follows; the office is the host's, found by the pipeline
            country, end = self._country_after(i + 1, limit)
            if not country:
                return None
            mention = Mention(i, end, "role", None, (i, end), None, country, "", self._gender(i),
                              points_back="counterpart", clitic=clitic)
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
            k = mention.end
            while limit is not None and k < limit and k - mention.end < 2 and self.keys[k].startswith("ال") \
                    and self.name_like(k) and not self.starts_phrase(k) \
                    and not self.gaz.country_adj.match(self.keys, k, clitics=False):
                k += 1
            if k > mention.end and k < limit and self._role_at(k) and mention.role_span is not None:
                # «وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة مهند مبيضين»: the office's adjective,
                # then a second office
                mention = replace(mention, end=k, role_span=(mention.role_span[0], k))
            if limit is not None and mention.end < limit and self._role_at(mention.end) \
                    and not self._joined_title(mention.end):  # («… الليبي والمستشار عقيلة صالح»: another man)
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
                and self._one_word_role(mention):
            # «حكومة الرئيس نجيب ميقاتي», «الرئيس نبيه بري»: الرئيس alone is also the honorific of a
            # head of government or parliament; the people file knows which office it is
            return replace(mention, end=name_end, kind="person", name_span=name, person=p,
                           institution=self.gaz.person_institution(p), body=p.body or "", country=p.country)
        if p is not None and inst is None and mention.body and mention.body != "government" and not mention.country \
                and self._one_word_role(mention) \
                and (p.body or p.institution) and p.body != mention.body:
            # «السفير بسام راضي»: a one-word rank before a known person, whose own office the people file
            # knows (the presidency's spokesman, an ambassador by rank)
            inst = self.gaz.person_institution(p)
        elif p is not None and inst is None and mention.body and mention.body != "government" and not mention.country \
                and p.country not in _BODIES_OF_STATES:
            # «المستشار الدبلوماسي لرئيس الدولة أنور قرقاش»: the article's office, in the person's country
            # (not in an organisation the people file knows him in: «وزير الشؤون الخارجية … إسماعيل ولد
            # الشيخ أحمد», once a UN envoy, is a minister of the article's country)
            inst = self.gaz.institution(p.country, mention.body)
        if p is not None and (inst is None and not (mention.body not in ("", "government") and p.country in _BODIES_OF_STATES)
                              or mention.body in ("", "government") and inst is not None and inst.id.endswith("_government")
                              and (own := self.gaz.person_institution(p)) is not None and own.country == inst.country):
            # «المبعوث الأميركي آموس هوكشتاين», «الوزير الروسي سيرغي لافروف»: a generic role gives only
            # the government; the people file knows the office
            inst = self.gaz.person_institution(p)
        return replace(mention, end=name_end, kind="person", name_span=name, person=p, institution=inst)

    def _one_word_role(self, m: Mention) -> bool:
        """Is the role one word, an adjective of the office aside: «الرئيس», «الرئيس المكلف»?"""
        if m.role_span is None:
            return False
        a, b = m.role_span
        return b - a == 1 or b - a == 2 and self.keys[a + 1] in _OFFICE_ADJECTIVES

    def _addressed(self, k: int) -> bool:
        """Is token k a verb whose object is the person spoken to (أبلغ، حث، دعا)?"""
        found = self.cues.lookup(self.keys[k], self.tokens[k].text) if k >= 0 else None
        return found is not None and "addressee" in self.fw.get(norm_key(found[0].lemma), ())

    def _office_set_off(self, m: Mention, limit: int) -> Mention:
        """A person's office set off after the name by a comma. It is their role when the parse gave
        them none or a rank only («السفير بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية،»: a later
        «المتحدث الرسمي» is he), and says whose they are when the parse could not: «السفيرة ليندا
        توماس-غرينفيلد، الممثلة الدائمة للولايات المتحدة لدى الأمم المتحدة،», «الدكتور مايكل رايان،
        المدير التنفيذي لبرنامج الطوارئ الصحية في المنظمة،». The mention still ends with the name."""
        k = m.end + 1
        if k >= limit or self.tokens[m.end].text not in "،," or not self._role_at(k):
            return m
        office = self.parse(k, limit)
        if office is None or office.name_span is not None or office.role_span is None:
            return m
        if m.role_span is None or m.role_span[1] - m.role_span[0] == 1:
            m = replace(m, role_span=office.role_span)
            if m.person is not None and (office.institution is not None and office.institution.country != "UN"
                                         or office.points_back and office.points_back[0] != "*"):
                # «سلطان بن أحمد الجابر، رئيس المؤتمر،»: the office the article gives outranks the people
                # file's (but «…، الأمين العام للأمم المتحدة» adds nothing to what it knows)
                return replace(m, institution=office.institution, country=office.country,
                               body=office.body, points_back=office.points_back)
        if m.institution is not None or m.country or m.person is not None \
                or office.institution is None and not office.points_back or m.body and office.body != m.body:
            return m  # (a rank before the name must be of the same body)
        return replace(m, institution=office.institution, country=office.country, body=office.body or m.body,
                       points_back=office.points_back)

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
