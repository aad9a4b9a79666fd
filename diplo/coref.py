"""Coreference: the document's memory of who is who.

A `DocState` holds, for one document, the fullest name given to each person, the role the article ties
to a name, the country each state body was given, the speakers so far and the entities met. From it,
short names resolve to full ones (ساكي -> جين ساكي), dropped subjects (وأضاف، مشيرا) to the speaker
they continue, and anaphors (المصدر نفسه، الوزارة، المبعوث) to what they point back to.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from .cues import CueHit
from .lexicon import proclitic_variants
from .model import Institution, Role, Speaker, Statement, Token
from .speakers import Mention
from .text import norm_key, strip_invisible


@dataclass
class Resolved:
    """A speaker as resolved, remembered for dropped subjects and anaphora."""

    speaker: Speaker
    institution: Institution | None
    role: Role | None
    gender: str


@dataclass
class DocState:
    """What one document has said so far about who is who."""

    names: dict[str, str] = field(default_factory=dict)  # name token key -> fullest name
    # full name key -> (institution, role, gender, whether the article's own role gave the institution)
    person_info: dict[str, tuple[Institution | None, Role | None, str, bool]] = field(default_factory=dict)
    role_person: dict[str, str] = field(default_factory=dict)  # role key -> full name
    # state body -> [(offset, country)], in text order: where the article gave that body a country
    body_countries: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    dominant: str = ""  # the country the article is clearly about, if any
    dateline: str = ""  # the country of the dateline («الجزائر - ...»), if any
    first_id: int = 0  # the id of statements[0]: earlier sections' statements are already out
    history: list[Resolved] = field(default_factory=list)
    entities: list[Resolved] = field(default_factory=list)  # institutions and role holders, in text order
    statements: list[Statement] = field(default_factory=list)


def body_country(state: DocState, body: str, here: int, home: str = "") -> str:
    """The country a bare body («وزارة الخارجية») has at offset `here`: the one the article gave it
    last before, else the outlet's home country or the article's, else the first one it gives later."""
    if state.dateline and not home:
        return state.dateline  # a bare body is the home country's: the press names foreign ones
    seen = state.body_countries.get(body, ())
    before = [c for at, c in seen if at < here]
    if before:
        return before[-1]
    return home or state.dominant or (seen[0][1] if seen else "")


def note_body_country(state: DocState, body: str, country: str, at: int) -> None:
    seen = state.body_countries.setdefault(body, [])
    for a, _ in seen:  # (a loop, not any() over a generator: this is asked at most mentions of a body)
        if a == at:
            return
    seen.append((at, country))
    seen.sort()


def fullest(name: str, state: DocState) -> str:
    """The longest name the article gave that holds every word of `name`: ساكي -> جين ساكي. A surname of
    five letters or more that the article spelt one letter otherwise is that name too: بلنكن -> أنتوني
    بلينكن (transliterations vary within one article)."""
    best = name
    words = norm_key(name).split()
    for k in words:
        cand = state.names.get(k)
        if cand and len(cand) > len(best):
            have = _NAME_WORDS.get(cand)
            if have is None:
                have = set(norm_key(cand).split())
                have |= {t[2:] for t in have if t.startswith("ال")}
                if len(_NAME_WORDS) > _MEMO_MAX:
                    _NAME_WORDS.clear()
                _NAME_WORDS[cand] = have
            if have.issuperset(words):
                best = cand
    if best == name and len(words) == 1 and len(words[0]) >= 5 and words[0] not in state.names:
        near = {full for k, full in state.names.items() if len(k) >= 5 and _one_edit(k, words[0])}
        if len(near) == 1:
            best = near.pop()
    return best


def _one_edit(a: str, b: str) -> bool:
    """Do a and b differ by exactly one letter inserted, dropped or changed?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


# A full name -> the keys of its words, with and without ال (fullest), and a span's text -> its
# clean_name: asked for the same names at every mention of them, in each pass
_NAME_WORDS: dict[str, set[str]] = {}
_CLEAN_NAMES: dict[str, str] = {}
_MEMO_MAX = 100_000


def anaphor(m: Mention, tokens: Sequence[Token], state: DocState, same: bool,
            body_of: Callable[[Institution], str] | None = None) -> Resolved | None:
    """The antecedent of «المصدر نفسه» (the last speaker) or of a definite head noun (الوزارة،
    الحزب، المبعوث, الوزير الألماني): the latest speaker or entity before it whose words hold
    that noun, and whose country agrees when the anaphor names one."""
    if same:
        return state.history[-1] if state.history else None
    here = tokens[m.start].start
    head = tokens[m.start].key
    heads = {v for v, _ in proclitic_variants(head)}
    bare = {h[2:] for h in heads if h.startswith("ال")}
    # «قالت الناطقة الرسمية» after «الناطق الرسمي باسم الحكومة جمانة غنيمات»: a woman's office is often
    # written in the masculine
    masculine = {h[:-1] for h in heads | bare if h.endswith("ه") and len(h) > 4}
    # «المفوضية», «المنظمة»: a feminine noun points to a body or a woman, not to the man whose office
    # names it («رئيس المفوضية عماد السايح»)
    body_noun = m.kind == "person" and m.anaphoric and tokens[m.start].text.rstrip(_HARAKAT).endswith("\u0629")
    for r in latest_first(state, here):
        if m.kind == "role" and r.speaker.kind != "person":
            continue  # «الوزير التركي» points to a minister, not to an earlier unnamed «الوزير التركي»
        if body_noun and r.speaker.kind == "person" and r.gender != "f":
            continue
        words = set(norm_key(r.speaker.text).split())
        if r.role is not None:
            words |= set(norm_key(r.role.text).split())
        if r.institution is not None and r.speaker.kind == "institution":
            # «وأضافت الوزارة» after «الخارجية الأمريكية» (وزارة الخارجية الأمريكية)
            words |= set(norm_key(r.institution.name_ar).split())
        # (a word may carry a preposition: «بيان لبعثة المراقبين» then «دعت البعثة»)
        words |= {v for w in words if w[:1] in "لبوف" for v, _ in proclitic_variants(w)}
        if not (words & (heads | bare) or {w[2:] for w in words if w.startswith("ال")} & bare
                or r.gender == "f" and words & masculine):
            continue
        if m.country and r.institution is not None and r.institution.country != m.country:
            continue
        return r
    if m.kind == "role" and m.end - m.start == 1 and body_of is not None and bare & {"وزير", "وزيره"}:
        # «وأكدت الوزيرة» after «… ونظيرته السودانية الدكتورة مريم الصادق المهدي»: the last minister of
        # that gender, whatever words the article gave her office
        gender = "f" if "وزيره" in bare else "m"
        for r in latest_first(state, here):
            if r.speaker.kind == "person" and r.gender == gender and r.institution is not None \
                    and body_of(r.institution).endswith("ministry"):
                return r
    if m.country and m.kind == "role":
        # «قالت الوزيرة الفرنسية» after «نظيرته الفرنسية كاترين كولونا»: the last person of that country,
        # holding that office when the role names one («الرئيس الفلسطيني» is not the governor of Jerusalem)
        for r in latest_first(state, here):
            if r.speaker.kind == "person" and r.institution is not None and r.institution.country == m.country \
                    and (not m.gender or not r.gender or r.gender == m.gender) \
                    and (m.body in ("", "government") or body_of is None or body_of(r.institution) == m.body):
                return r
    return None


def antecedent(h: CueHit, state: DocState, para_statements: list[Statement]
               ) -> tuple[Speaker | None, Institution | None, Role | None]:
    """A dropped subject continues the last main speaker whose gender agrees.

    A verb (وأضاف) continues the main speaker, not someone whose words that speaker reported. A
    participle (داعيا) hangs on the main clause too, unless only a reported speaker agrees with it:
    «أعلنت الرئاسة أن بايدن أعرب عن قلقه، داعيا موسكو» (داعيا is masculine: Biden)."""
    participle = h.form.kind == "participle"
    want = h.form.gender

    def agrees(gender: str) -> bool:
        return not want or not gender or gender == want or h.form.number != "sg"

    def candidates() -> Iterator[Resolved]:  # lazily: the first that agrees ends the search
        main, nested = [], []
        for st in reversed(para_statements):
            if st.speaker is not None:
                (nested if nested_in(st, para_statements) else main).append(st)
        last = next((st for st in reversed(para_statements) if st.speaker is not None), None)
        # a participle right after a reported person's own clause hangs on it: «وأضاف السفير يوسف أن الرئيس
        # السيسي طلب نقل تحياته، مشيراً» (not when that clause was quoted: «أن الرئيس عون "أبدى …"، نافياً»)
        parent = next((o for o in para_statements if last is not None and o is not last and o.quote is not None
                       and o.quote.start <= last.cue.start < o.quote.end), None)
        first = [last] if participle and last is not None and parent is not None and last.speaker.kind == "person" \
            and parent.quote is not None and parent.quote.kind == "indirect" else []
        for st in first + main + (nested if participle else []):
            yield Resolved(st.speaker, st.institution, st.role, speaker_gender(st))
        yield from reversed(state.history[-8:])

    for r in candidates():
        if agrees(r.gender):
            sp = r.speaker
            return Speaker(sp.text, sp.name, sp.kind, sp.start, sp.end, "coreference"), r.institution, r.role
    return None, None, None


def latest_first(state: DocState, here: int) -> Iterator[Resolved]:
    """The last speakers (history[-12:]) and the entities met before offset `here`, latest first; at
    the same offset the speaker before the entity: the statement pass resolved it knowing the article's
    country, which the learning pass may not have («وقالت الوزارة» after «أعلنت وزارة الري»).
    Entities are appended in text order, so the search starts at a bisection and stops at the first
    fit instead of sorting every entity of the document at every anaphor (quadratic on long pages)."""
    recent = sorted((r for r in state.history[-12:] if r.speaker.start < here), key=lambda r: r.speaker.start)
    entities = state.entities
    e = bisect_left(entities, here, key=lambda r: r.speaker.start) - 1
    h = len(recent) - 1
    while h >= 0 or e >= 0:
        if e >= 0 and (h < 0 or entities[e].speaker.start > recent[h].speaker.start):
            yield entities[e]
            e -= 1
        else:
            yield recent[h]
            h -= 1


def nested_in(st: Statement, others: list[Statement]) -> bool:
    for o in others:  # (a loop, not any() over a generator: asked for each statement against the others)
        if o is not st and o.quote is not None and o.quote.start <= st.cue.start < o.quote.end:
            return True
    return False


_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def speaker_gender(st: Statement) -> str:
    sp = st.speaker
    if sp is None:
        return ""
    if sp.kind == "person":
        role = st.role.text if st.role else ""
        first = norm_key(role).split()[:1]
        if not first:
            return ""
        # the role's first word carries the gender: «المتحدثة باسم» (f), «الرئيس الأميركي» (m); but the ه
        # of «نظيره» is a pronoun (m), while «نظيرته» (f) has ت before it
        word = first[0]
        return "f" if word.endswith("ه") and (word.startswith("ال") or word.endswith(("ته", "تها"))
                                              or not role.split()[0].rstrip(_HARAKAT).endswith("\u0647")) else "m"
    head = norm_key(sp.text).split()[:1]
    if not head:
        return ""
    h = head[0]
    for v, _ in proclitic_variants(h):
        if v in ("مصادر", "المصادر", "السلطات", "التقارير", "الدول"):
            return "f"
    # feminine: ة (الخارجية), the plural ات (الإمارات); country names take feminine verbs (قالت مصر)
    return "f" if h.endswith(("ه", "ات")) or sp.kind == "institution" and st.institution is not None \
        and st.institution.id.endswith("_government") and " " not in sp.text.strip() else "m"


def role_key(role_text: str) -> str:
    return " ".join(k for k in norm_key(role_text).split() if k not in ("،", ","))


def clean_name(name: str) -> str:
    clean = _CLEAN_NAMES.get(name)
    if clean is None:
        clean = " ".join(strip_invisible(name).replace("،", " ").split())
        if len(name) <= 200:  # a name or a role, not a long span
            if len(_CLEAN_NAMES) > _MEMO_MAX:
                _CLEAN_NAMES.clear()
            _CLEAN_NAMES[name] = clean
    return clean
