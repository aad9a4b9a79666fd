"""When a cue word reports speech, and when it does not: negated, hypothetical or conditional speech,
verbal nouns, impersonal formulas, the future, participles used as adjectives, and cues inside someone
else's quoted words.
"""
from __future__ import annotations

from .cues import CueHit, CueLexicon
from .institutions import Gazetteer
from .lexicon import proclitic_variants
from .quotes import COMMAS, QUOTE_CHARS, SENTENCE_END, clause_limit
from .subjects import Paragraph
from .text import norm_key


# a verb's object pronouns, and what may stand before a verb that carries one (normalized): a relative,
# قد, a pronoun subject
# «وفق ما قال», «حسب ما ذكر»: ما after these is the report, not «what»
_ACCORDING_TO_WHAT = {"وفق", "وفقا", "حسب", "بحسب", "طبقا", "كما", "وكما", "مثلما", "علي", "بناء"}
# «بلاده»: the speaker's country, whose stance in his quoted words is his statement (normalized keys)
_ONES_COUNTRY = {"بلاده", "بلادها", "بلادهم", "بلادنا", "وبلاده", "وبلادها"}
# «دعا إليه», after «الذي/التي»: to convene a meeting, not to call for something (normalized keys)
_CONVENE = {"دعا"}
_TO_IT = {"اليه", "اليها"}
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
_WHICH = {"الذي", "التي", "اللذين", "اللتين", "الذين"}
_IT_IS = {"هو", "وهو", "هي", "وهي", "هذا", "وهذا", "ذلك", "وذلك"}  # «وهو ما أكده»: the report itself
_RESUMED = {"عليه", "عليها", "اليه", "اليها", "به", "بها", "عنه", "عنها", "فيه", "فيها"}  # «ما شدد عليه»
_POSSESSIVES = {"ه", "ها", "هم", "هما"}
# before أن, words that make it «before/after/until …», not the أن of reported words (normalized)
_NOT_REPORTED_BEFORE = {"قبل", "بعد", "الي", "دون", "حتي", "بمجرد", "منذ"}
_BEFORE_OBJECT_PRONOUN = {"ما", "وما", "الذي", "التي", "الذين", "اللذين", "اللتين", "قد", "لقد", "وقد", "فقد", "كما"}


def _has_particle(keys: list[str], toks, a: int, b: int, requires: tuple[str, ...]) -> bool:
    """Is one of the `requires` particles among the words keys[a:b], behind proclitics or not? The
    particle may carry a pronoun: عبر عنه، أعرب عنها. Not a أن of time («وتابع رؤساء الوفود الخطاب قبل
    أن يلتقي»), nor «فإن» opening the next clause after a comma. (Loops that stop at the first, where a
    list of every word's variants was made and then searched.)"""
    for j in range(a, b):
        if keys[j] in ("ان", "فان") and (keys[j - 1] in _NOT_REPORTED_BEFORE or toks[j - 1].text in COMMAS):
            continue
        for w, _ in proclitic_variants(keys[j]):
            for r in requires:
                if w == r or w.startswith(r) and len(w) <= len(r) + 2:
                    return True
    return False


class ReportFilters:
    """The context filters of `Pipeline`, which provides the lexicons they read."""

    fw: dict[str, set[str]]
    cues: CueLexicon
    gaz: Gazetteer

    def _is_reporting(self, h: CueHit, p: Paragraph, regions, inside) -> bool:
        """Context filters: a cue form reports speech here unless it is negated or hypothetical,
        inside someone's quoted words, missing its required particle, or a participle used as an
        adjective (معلومات مؤكدة)."""
        toks, keys, parser = p.tokens, p.parser.keys, p.parser
        i = h.index
        n = len(toks)
        if inside[i] >= 0 and not self._reported_inside_quote(h, p, regions[inside[i]].open):
            return False
        if inside[i] >= 0 and h.form.kind == "verb" and h.form.gender == "":
            return False  # the quoted speaker's own «أرحب», «نرى», «أؤكد»: the quote is the statement
        prev = keys[i - 1] if i > 0 else ""
        prev2 = keys[i - 2] if i > 1 else ""
        if "determiner" in self.fw.get(prev, ()):
            return False  # «أي رد على تصريحاته»: a noun after a determiner
        if prev == "ما" and h.form.kind == "verb" and toks[i].key.endswith(h.key) and prev2 not in _ACCORDING_TO_WHAT \
                and prev2 not in _IT_IS and (keys[i + 1] if i + 1 < n else "") not in _RESUMED:
            # «لم يصدر ما يؤكد قبولها», «تنفيذ ما ورد في الإعلان»: «what confirms, what was stated», no
            # speaker (but «وفق ما أعلنه البيت الأبيض», «وهو ما أكده الوزير» carry the pronoun)
            return False
        # impersonal formulas of news prose: «يذكر أن ...» (it is worth recalling), «يشار إلى أن»
        nxt = keys[i + 1] if i + 1 < n else ""
        if nxt in _TO_IT and prev in _WHICH and norm_key(h.form.lemma) in _CONVENE:
            return False  # «القمة التي دعا إليها الرئيس»: the summit he convened, no words of his
        if h.form.kind == "verb" and h.key != toks[i].key and toks[i].key.endswith(_OBJECT_PRONOUNS) \
                and not h.key.endswith(_OBJECT_PRONOUNS):
            if prev in _WHICH and not (i + 1 < n and (toks[i + 1].text in QUOTE_CHARS or nxt[:1] == "ب"
                                                      or "complementizer" in self.fw.get(nxt, ()))):
                # «الجدول الذي تعلنه الشركة»: what was announced is the antecedent, and no words follow
                # (but «القرار الذي وصفه بـ"قصير النظر"» says what he called it)
                return False
            if (before_cue := self.cues.lookup(prev, toks[i - 1].text) if i > 0 else None) is not None \
                    and before_cue[0].kind == "participle":
                return False  # «مجددا رفضه لكل أشكال التدخل»: his rejection, the participle's object
        if "formula" in self.fw.get(f"{h.key} {nxt}", ()) or "formula" in self.fw.get(
                f"{toks[i].key} {nxt}", ()):
            return False
        # a verb never follows a preposition: «بناء على طلب من» is the noun «request», and so are
        # «إلى «رفض أي نص»» and «في ظل رفض نقابات عدة»
        k = i - 1
        while k > 0 and toks[k].text in QUOTE_CHARS:
            k -= 1
        before = keys[k] if k >= 0 else ""
        if h.form.kind in ("verb", "participle") and (
                "preposition" in self.fw.get(before, ()) and len(before) > 1
                or k > 0 and "preposition" in self.fw.get(f"{keys[k - 1]} {before}", ())):
            return False
        # a verbal noun with a possessive, the object of a report still waiting for its words: «أعلنت
        # الخارجية، في بيان، رفضها "أي محاولة"»، «أعلن الإطار التنسيقي رفضه القاطع» (but «وهو ما أكده
        # الوزير»، «قال إنه رفضها»، «أكد أن بلاده رفضته» are verbs)
        if h.form.kind == "verb" and toks[i].key.startswith(h.key) and toks[i].key[len(h.key):] in _POSSESSIVES \
                and prev not in _BEFORE_OBJECT_PRONOUN and "complementizer" not in self.fw.get(prev, ()):
            for k in range(i - 1, max(-1, i - 25), -1):
                t = toks[k].text
                if t in SENTENCE_END or t == ":" or t in QUOTE_CHARS or "complementizer" in self.fw.get(keys[k], ()):
                    break
                if self._is_verb_cue(keys[k]):
                    return False
        # a passive or a noun after تم: «تم نقلهم»، «يتم الإعلان»
        if prev in ("تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "تمت"):
            return False
        # the future is not a statement yet: سيعلن، وسينقل
        if h.form.kind == "verb" and h.key != toks[i].key and toks[i].key[: len(toks[i].key) - len(h.key)] in ("س", "وس", "فس"):
            return False
        # negation particles, also behind و/ف (ولم، فلا); not ما, which is mostly «what» (كما قال، وفق ما قالت)
        neg = self.fw.get(prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 2 else prev, set())
        # and conditions: «ولو أقر المؤتمر»، «فإذا أعلنت الحكومة»، «وفي حال أعلن المشير»
        if "negation" in neg or "negation" in self.fw.get(prev, set()) or "hypothetical" in neg or \
                "hypothetical" in self.fw.get(f"{prev2} {prev}", set()) or "hypothetical" in self.fw.get(prev, ()):
            return False
        if prev == "ان":
            # «ويخشى ناشطون أن تعلن الحركة»: the head of «X أن» a subject or two before it
            for k in range(i - 3, max(-1, i - 6), -1):
                if parser.is_punct(k):
                    break
                head = keys[k][1:] if keys[k][:1] in ("و", "ف") and len(keys[k]) > 3 else keys[k]
                if "hypothetical" in self.fw.get(f"{head} ان", ()):
                    return False
        # «لم يوضح ما إذا كانت الإدارة الأميركية تعتبر ...»: a question put, a few words back in the clause
        verb = self.cues.verb_keys
        for k in range(i - 2, i - 7 if i > 6 else -1, -1):  # (to max(-1, i - 7), without the call)
            if parser.is_punct(k) or "complementizer" in self.fw.get(keys[k], ()) or verb[keys[k]]:
                break
            if keys[k] == "اذا" and "hypothetical" in self.fw.get(f"{keys[k - 1]} {keys[k]}" if k > 0 else "", ()):
                return False
        if h.form.kind in ("verb", "participle") and (
                h.form.kind == "participle" and "auxiliary" in self.fw.get(prev, ())  # «كان متوقعا»: a predicate
                or h.form.kind == "verb" and i > 0 and self._is_verb_cue(prev) and toks[i - 1].key == prev
                and not parser.is_punct(i - 1)):  # «وجددت رفض السودان»: the object of the verb before
            return False
        if h.form.kind == "participle" and h.form.lemma == "قال" and i > 0 and self._is_verb_cue(prev) \
                and toks[i - 1].key == prev:
            return False  # «وتابع قائلا:»: one report, carried by the verb
        if h.form.requires:
            if i > 0 and keys[i] == h.key and not prev.startswith(("ال", "وال")) and toks[i - 1].text.isalpha() \
                    and prev not in self.fw and prev not in parser.known and parser._common_noun(i - 1):
                return False  # «طائرة نقل عسكرية», «شاحنات نقل»: an indefinite noun in construct, not the verb
            if not keys[i].endswith(h.key):
                # an object pronoun on the verb is another sense: «ونقلتهم إلى المركز» (took them), «أقره
                # البرلمان» (passed it), «أعاده» (brought it back)
                return False
            stop = clause_limit(parser, i + 1, min(n, i + 30))
            if inside[i] >= 0 and stop < n and stop == regions[inside[i]].close:
                stop -= 1  # not the mark that closes the quote the cue stands in: «أنها "تابعت باهتمام …"»
            elif stop < n and toks[stop].text in QUOTE_CHARS:
                # «ونقلت «بوابة الوسط» عن مصدر»: past a short quoted name to the particle
                close = next((x for x in range(stop + 1, min(n, stop + 6)) if toks[x].text in QUOTE_CHARS), None)
                if close is not None:
                    stop = clause_limit(parser, close + 1, min(n, close + 20))
            # the word that ends the clause counts too: a quote mark, a colon, أن; not past a participle,
            # which opens a clause of its own («وتابع المجلس سير الاستعدادات …، معربا عن تطلعه إلى أن»)
            end = min(n, stop + 1)
            for j in range(i + 3, end):
                if self.cues.may_be_cue[keys[j]] and (other := self.cues.lookup(keys[j], toks[j].text)) is not None \
                        and other[0].kind == "participle":
                    end = j
                    break
            if not _has_particle(keys, toks, i + 1, end, h.form.requires):
                return False
        if i + 1 >= n or (toks[i + 1].text in SENTENCE_END):
            return False
        kind = h.form.kind
        if kind == "participle" and "adverb" in self.fw.get(toks[i].key, ()) and i > 0 and not parser.is_punct(i - 1):
            return False  # «يكشف مجددا عن»: «again», not «renewing»
        if kind == "verb" and self._inanimate_subject(h, p):
            return False
        if kind == "participle":
            # the accusative of a circumstantial participle (مؤكدا، معتبرا) marks it; other endings
            # (مؤكدة) are as often adjectives (معلومات مؤكدة) and need a comma before them
            accusative = h.form.gender == "m" and h.form.number == "sg"
            if i > 0 and not accusative and not parser.is_punct(i - 1):
                return False
        if kind == "noun":
            if not (h.key.startswith("بال") or toks[i].key.startswith("ب")):
                # «نقلت وكالة X عن Y قوله»: the noun reports only after عن + speaker
                if not any(keys[j] == "عن" for j in range(max(0, i - 6), i)):
                    return False
        if kind == "according_to":
            nxt = keys[i + 1] if i + 1 < n else ""
            if nxt in ("لما", "ما", "لل") or nxt.startswith("لما"):
                return False
        return True

    def _person_before(self, p: Paragraph, k: int) -> bool:
        """Does a person's name end right before token k (one the people file or the article knows)?"""
        parser = p.parser
        if k == 0 or parser.keys[k - 1] not in parser.known and not parser.name_like(k - 1):
            return False
        for a in range(max(0, k - 4), k):
            if (found := self.gaz.people.match(parser.keys, a)) and a + found[0] == k:
                return True
        return parser.keys[k - 1] in parser.known

    def _reported_inside_quote(self, h: CueHit, p: Paragraph, open_index: int) -> bool:
        """A cue inside quotation marks reports speech only when it opens the quoted words (إن بايدن
        "شدد ..."), follows nothing but particles («لقد ذكر زميلي»), or has a subject that is a known
        speaker («التي اقترح الرئيس الروسي»); «من قال إن ...» inside a slogan does not."""
        i = h.index
        between = range(open_index + 1, i)
        if open_index > 0 and p.parser.keys[open_index - 1] in _ONES_COUNTRY:
            return False  # «أكد … أن بلاده "تتمسك بالحل التفاوضي"»: the speaker's own words for his country
        if h.form.present and open_index == i - 1 and not self._person_before(p, open_index):
            # «قال البوسعيدي إن السلطنة "تثمن روح التعاون"», «إن واشنطن "تدين الهجوم"»: a stance in the
            # present, the quote's first word, is the speaker's wording of where his side stands (but
            # «إن بايدن "يرحب"» reports a person)
            return False
        if all("adverb" in self.fw.get(p.parser.keys[k], ()) for k in between):
            return True
        if h.form.kind == "participle":
            # «“أكد المتحدث ... معتبرا تصريحات ...”»: a participle continues a report quoted before it
            return any(self._is_verb_cue(p.parser.keys[k]) for k in between)
        if h.form.kind != "verb":
            return False
        m = p.parser.parse(i + 1, clause_limit(p.parser, i + 1, len(p.tokens)))
        if m is None:
            m, _ = self._preverbal_subject(p, i)  # «لكن الرئيس الإيراني روحاني قال ...»
        return m is not None and (m.person is not None or m.institution is not None or m.role_span is not None)
