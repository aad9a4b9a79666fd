"""Sources, officials and members: speakers named by what they are, perhaps with a name after.

`OfficialReader` reads the roles.tsv kinds unnamed («مصادر مطلعة»), official («مسؤول تركي») and
member («مسؤول في الخارجية», «المستشار الدبلوماسي لرئيس الدولة»): their adjectives, the body they are in
or serve, and a name that may follow. It is mixed into `MentionParser` (speakers.py), which also gives it
`starts_phrase` and `roles_at`, and the phrases of `BodyReader` and `AppositionReader`.
"""
from __future__ import annotations

from .mention import Mention
from .model import replace
from .names import _NAME_JOINS, _OFFICE_ADJECTIVES, NameReader

_BODIES_OF_STATES = {"UN", "INT", "EU"}  # institutions.jsonl countries of international bodies
# «رفيع المستوى» (high-level), normalized: رفيع، رفيعة، رفيعو، رفيعي
_HIGH = {"رفيع", "رفيعه", "رفيعو", "رفيعي"}
# experts, who may be named after their field (normalized): خبير، باحث، محلل، أستاذ
_EXPERTS = {"خبير", "خبيره", "باحث", "باحثه", "محلل", "محلله", "استاذ", "استاذه"}
_HEAD = {"رييس", "رييسه"}  # «رئيس»، «رئيسة» (normalized), without proclitics
_INFORMED = {"مطلع", "مطلعه", "مطلعون", "مطلعين", "المطلع", "المطلعه", "المطلعون", "المطلعين"}  # «… مطلع على»


class OfficialReader(NameReader):
    """Sources, officials and members, for `MentionParser`."""

    def _official(self, start: int, i: int, n: int, role, limit: int) -> Mention:
        """A source, an official or a member (roles.tsv kinds unnamed, official, member), its role the n
        tokens at i: «مصدر دبلوماسي رفيع», «مسؤول في الخارجية», «المستشار الدبلوماسي لرئيس الدولة أنور قرقاش».
        An unnamed speaker, or a role with its holder's name."""
        g = self.gaz
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
        elif j == i + n and j < limit and not self.keys[i].startswith("ال"):
            # «منسق الاتحاد الأوروبي», «مسؤول الأمم المتحدة», «مراسل الأناضول»: the organisation in construct
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
            and g.body_forms.match(self.keys, j) is not None
        if inst is None and j < limit and (role.kind == "member" or self.keys[j] in ("في", "ب", "من", "لدي")
                                           or glued):  # («مصدر بوزارة الشؤون الخارجية»)
            # («المستشار في وزارة الموارد المائية»: a member role whose row has no «في» takes it here)
            k = j + 1 if (role.kind != "member" or self.keys[j] in ("في", "لدي")) and not glued else j
            if k < limit and role.kind in ("member", "official") and (noun := self._organisation_noun(k)) \
                    and not g.named_forms.match(self.keys, k):  # (but «للاتحاد العام التونسي للشغل»)
                points_back, j = noun, k + 1  # «القيادي في الحركة», «الأمين العام للمنظمة»
                k = limit
                if not country and j < limit and (c := g.country_adj.match(self.keys, j, clitics=False)):
                    # «رئيسة الاتحاد السويسري»: the country's own, not one named before
                    points_back, country, j = "", c[1], j + c[0]
            sub, c2, b2, end = self._institution_phrase(k, limit)
            if role.kind == "unnamed" and k > j and g.country_name.match(self.keys, k):
                # «أهالي السجناء في العراق», «مصادر في بغداد»: a place, not who they speak for
                sub, c2, b2, j = None, "", "", end
            if sub is not None or c2 or b2:  # «مصدر مسؤول في وزارة الخارجية»: the country comes later
                inst, country, body, j = sub, c2 or country, b2, end
                while j < limit and self.gaz.country_adj.match(self.keys, j, clitics=False):
                    j += self.gaz.country_adj.match(self.keys, j, clitics=False)[0]
            elif role.kind == "member" and (k > j or role.form.endswith((" في", " ب", " لدى"))) \
                    and not (k < limit and (r3 := self.roles_at(k)) is not None and r3[1].kind == "document"):
                # (not «رئيس الوفد الفلسطيني في تغريدة»: where he said it)
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
        if inst is None and country and role.kind == "member" and n == 1 \
                and self.keys[i][(self.roles_at(i) or (0, 0, 0))[2]:] in _HEAD \
                and g.country_name.match(self.keys, i + 1, clitics=False):
            inst = g.institution(country, "presidency")  # «رئيس السنغال»: the head of that state
        if inst is None and country and role.kind in ("official", "member"):
            inst = g.institution(country, sector_body or "government")
        elif inst is None and country and sector_body and role.kind == "unnamed":
            inst = g.institution(country, sector_body)  # «مصدر دبلوماسي تركي», «مصادر أمنية عراقية»
        if not body and sector_body and role.kind in ("official", "member") \
                and not role.form.startswith(("مصدر", "مصادر")):
            # the country may come from the article: «مسؤولون عسكريون»; but a source without one
            # speaks for no institution: «مصادر دبلوماسية في نيويورك»
            body = sector_body
        if inst is None and not points_back and j < limit and j >= i + n and role.kind in ("member", "official"):
            # «المدير التنفيذي لبرنامج الطوارئ الصحية في المنظمة»: a post in the organisation named before
            k = j
            if self.keys[k].startswith("ل") and not self.keys[k].startswith("لل") and self.name_like(k):
                k = self._genitive(k + 1, limit)  # (past the unit it heads: «لبرنامج الطوارئ الصحية»)
            if k + 1 < limit and self.keys[k] == "في" and (noun := self._organisation_noun(k + 1)):
                points_back, j = noun, k + 2
        if j + 1 < limit and self.keys[j] == "في" and j >= i + n:
            # where the source sits, for the record: «مسؤول في الوفد المشارك في المفاوضات»، «مصادر
            # طبية في المستشفى»
            j = pp if (pp := self._genitive(j + 1, limit)) > j + 1 else j
        if kind == "unnamed" and inst is None and self.keys[i][(self.roles_at(i) or (0, 0, 0))[2]:] in _EXPERTS \
                and (far := self._far_name(i + n, limit)) is not None and self._strict_name(far[0], far[1], limit) \
                and self.keys[far[0] - 1] != "في":  # («باحث موريتاني في شؤون الساحل،» is his field)
            # «خبير المياه الدكتور عباس شراقي», «أستاذ العلوم السياسية بجامعة القاهرة حسن نافعة»: an
            # expert named after his field, who speaks for no institution
            return Mention(start, far[1], "person", far, (start, far[0]), None, "", "", self._gender(i))
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
            elif j == i + n and j + 1 < limit and role.kind == "member" and self.keys[j] in ("دول", "الدول") \
                    and (owner := g.named_forms.match(self.keys, j + 1, clitics=False)):
                # «قادة دول حلف شمال الأطلسي»: the members of an organisation speak for it
                j = j + 1 + owner[0]
                inst = g.named[owner[1]]
                mention = replace(mention, end=j, role_span=(start, j), institution=inst,
                                  country=inst.country, points_back="")
            elif j == i + n and role.kind == "member" and not self.keys[i].startswith("ال"):
                # «رئيس مؤتمر المناخ سلطان الجابر»: an unlisted body in construct, then the name
                chain = j
                while chain < limit and chain - j < 3 and self.name_like(chain) \
                        and not self.starts_phrase(chain) and not self.keys[chain].startswith("ال"):
                    if (place := g.capital.match(self.keys, chain, clitics=False)) is not None:
                        chain += place[0]  # «محافظ أربيل أوميد خوشناو»: a city the office is of, then the name
                        break
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
