"""The gazetteer: institutions, countries, state bodies, office holders, and linking to canonical names.

An institution is either named in `institutions.jsonl` (البيت الأبيض -> White House) or composed from a
state body and a country (وزارة الري + المصرية -> Egyptian Irrigation Ministry), following the naming of
`institutions.tsv`: "<Country adjective> <Body>", unless an entry overrides that (country, body) pair
(US + foreign_ministry -> US State Department).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import LexiconError
from .lexicon import PhraseIndex, cached_build, data_path, proclitic_variants, read_jsonl, read_tsv, split_forms
from .model import Institution
from .text import KeyMemo, norm_key

_MISSING = object()  # not in a memo


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    adj_en: str
    name_ar: str  # the first Arabic name, for display


@dataclass(frozen=True, slots=True)
class Body:
    id: str
    name_en: str
    name_ar: str
    speaks_for: str = ""  # the body whose institution names this one: an embassy, its foreign ministry
    named_only: bool = False  # a body some countries have (a royal court): only institutions.jsonl names one


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    country: str
    body: str
    institution: str  # an institution id, or ""
    role: str


@dataclass(frozen=True, slots=True)
class RoleWord:
    form: str
    kind: str  # spokesperson | member | unnamed | title | office | group
    note: str


def _lexicon_files(name: str, extra: Sequence[Path]) -> list[Path]:
    return [data_path(name), *(p for p in extra if p.name == name)]


class Gazetteer:
    """All named-entity knowledge, indexed by normalized first token for longest-match lookups."""

    def __init__(self, extra: Sequence[Path] = ()) -> None:
        self.countries: dict[str, Country] = {}
        self.country_adj: PhraseIndex[str] = PhraseIndex()  # الأميركي / الأميركية / الأميركيون -> US
        self.country_name: PhraseIndex[str] = PhraseIndex()  # مصر، واشنطن -> EG, US
        # capitals alone, for datelines: «عمان -» is Amman, though «عمان» in a sentence is Oman
        self.capital: PhraseIndex[str] = PhraseIndex()
        self.bodies: dict[str, Body] = {}
        self.body_forms: PhraseIndex[str] = PhraseIndex()  # وزارة الخارجية -> foreign_ministry
        self.body_roles: PhraseIndex[str] = PhraseIndex()  # وزير الخارجية -> foreign_ministry
        self.named: dict[str, Institution] = {}
        self.named_forms: PhraseIndex[str] = PhraseIndex()  # البيت الأبيض -> white_house
        self.overrides: dict[tuple[str, str], str] = {}  # (US, presidency) -> white_house
        self.people: PhraseIndex[Person] = PhraseIndex()
        self.roles: PhraseIndex[RoleWord] = PhraseIndex()
        self.sectors: dict[str, str] = {}  # عسكري -> army: adjectives that place an official
        self._load_countries(_lexicon_files("countries.tsv", extra))
        self._load_bodies(_lexicon_files("bodies.tsv", extra))
        self._load_institutions(_lexicon_files("institutions.jsonl", extra))
        self._load_people(_lexicon_files("people.jsonl", extra))
        self._load_roles(_lexicon_files("roles.tsv", extra))

    def _load_countries(self, paths: Sequence[Path]) -> None:
        for path in paths:
            for line, row in read_tsv(path, ("code", "adj_en", "adj_ar", "names_ar", "capitals_ar")):
                code = row["code"]
                if not code or not row["adj_en"]:
                    raise LexiconError(path, line, "code and adj_en must not be empty")
                names = split_forms(row["names_ar"])
                self.countries.setdefault(code, Country(code, row["adj_en"], names[0] if names else ""))
                for adj in split_forms(row["adj_ar"]):
                    # masculine as written; feminine ة; plurals ون/ين: الأميركي، الأميركية، الأميركيون.
                    # Each word of a two-word adjective inflects: الكوري الجنوبي -> الكورية الجنوبية
                    def inflect(suffix: str, adj: str = adj) -> str:
                        return " ".join(w + suffix if w.endswith("ي") else w for w in adj.split())
                    for form in (adj, inflect("ة"), inflect("ون"), inflect("ين"), inflect("ان")):
                        self.country_adj.add(form, code)
                        if form.startswith("ال"):
                            self.country_adj.add(form[2:], code)  # indefinite: مسؤول تركي
                    if adj.startswith("ال"):
                        # the indefinite accusative after إن/أن: «إن مسؤولا أمريكيا قال» (تركيا, روسيا and
                        # سوريا are also the countries' names: the same code either way)
                        self.country_adj.add(" ".join(w[2:] if w.startswith("ال") else w
                                                      for w in inflect("ا").split()), code)
                for name in names + split_forms(row["capitals_ar"]):
                    self.country_name.add(name, code)  # the first wins: عمان is Oman, whose row comes first
                for name in split_forms(row["capitals_ar"]) + split_forms(row.get("cities_ar", "")):
                    self.capital.add(name, code)  # (other cities count only as datelines: «جنين- معا-»)

    def _load_bodies(self, paths: Sequence[Path]) -> None:
        for path in paths:
            for line, row in read_tsv(path, ("id", "name_en", "forms_ar", "roles_ar")):
                if not row["id"] or not row["name_en"]:
                    raise LexiconError(path, line, "id and name_en must not be empty")
                forms = split_forms(row["forms_ar"])
                self.bodies.setdefault(row["id"], Body(row["id"], row["name_en"], forms[0] if forms else "",
                                                       row.get("speaks_for", ""), row.get("named_only") == "yes"))
                for form in forms:
                    self.body_forms.add(form, row["id"])
                for role in split_forms(row["roles_ar"]):
                    self.body_roles.add(role, row["id"])

    def _load_institutions(self, paths: Sequence[Path]) -> None:
        for path in paths:
            for line, obj in read_jsonl(path, ("id", "name_en", "ar")):
                if not isinstance(obj["ar"], list):
                    raise LexiconError(path, line, "'ar' must be a list of Arabic forms")
                inst = Institution(obj["id"], obj["name_en"], obj["ar"][0], obj.get("country") or "")
                if inst.id in self.named:
                    continue
                self.named[inst.id] = inst
                for form in obj["ar"]:
                    for variant in (form, *_agency_variants(form)):
                        self.named_forms.add(variant, inst.id)
                        if "غ" in variant:
                            self.named_forms.add(variant.replace("غ", "ج"), inst.id)  # «وكالة أنباء دوجان»
                bodies = obj.get("body") or []
                for body in [bodies] if isinstance(bodies, str) else bodies:
                    if inst.country:  # (SY, rebels) and (SY, opposition) are both the Syrian Opposition
                        self.overrides.setdefault((inst.country, body), inst.id)

    def _load_people(self, paths: Sequence[Path]) -> None:
        for path in paths:
            for line, obj in read_jsonl(path, ("name_ar",)):
                person = Person(obj["name_ar"], obj.get("country") or "", obj.get("body") or "",
                                obj.get("institution") or "", obj.get("role_ar") or "")
                if person.institution and person.institution not in self.named:
                    raise LexiconError(path, line, f"unknown institution id {person.institution!r}")
                for form in [obj["name_ar"], *(obj.get("aliases_ar") or [])]:
                    self.people.add(form, person)
                    if "غ" in form:
                        self.people.add(form.replace("غ", "ج"), person)  # Egyptian copy: جوتيريش، بوجدانوف

    def _load_roles(self, paths: Sequence[Path]) -> None:
        kinds = ("spokesperson", "member", "unnamed", "title", "office", "group", "official", "document", "sector", "deputy",
                 "organisation")
        for path in paths:
            for line, row in read_tsv(path, ("form", "kind")):
                if row["kind"] not in kinds:
                    raise LexiconError(path, line, f"kind {row['kind']!r} is not one of {', '.join(kinds)}")
                if row["kind"] == "sector" and row.get("note") not in self.bodies:
                    raise LexiconError(path, line, f"sector needs a body id in note, got {row.get('note')!r}")
                if row["kind"] == "office" and row.get("note") and row["note"] not in self.named:
                    raise LexiconError(path, line, f"office needs an institution id in note, got {row.get('note')!r}")
                word = RoleWord(row["form"], row["kind"], row.get("note", ""))
                if row["kind"] == "sector":
                    # an adjective, looked up on its own: «عسكريون» is also a head noun (unnamed)
                    for form in {row["form"], row["form"][:-2] + "ين" if row["form"].endswith("ون") else row["form"]}:
                        self.sectors.setdefault(norm_key(form), row["note"])
                    continue
                self.roles.add(row["form"], word)
                if row["kind"] in ("unnamed", "official", "group", "sector"):
                    # a sound plural in either case: مسؤولون / مسؤولين، منتقدون / منتقدين
                    for a, b in (("ون", "ين"), ("ين", "ون")):
                        words = row["form"].split()
                        if words[-1].endswith(a):
                            words[-1] = words[-1][: -len(a)] + b
                            self.roles.add(" ".join(words), word)

    # -- linking ---------------------------------------------------------------------------------

    def institution(self, country: str, body: str) -> Institution | None:
        """The institution of a state body of a country: an override, or "<Adj> <Body>"."""
        if not country or not body:
            return None
        # made once per pair (a few hundred in a run), not at every mention
        memo = self._institution_memo
        found = memo.get((country, body), _MISSING)
        if found is _MISSING:
            if len(memo) > 100_000:
                memo.clear()
            found = memo[country, body] = self._institution(country, body)
        return found

    def _institution(self, country: str, body: str) -> Institution | None:
        named = self.overrides.get((country, body))
        if named:
            return self.named[named]
        c, b = self.countries.get(country), self.bodies.get(body)
        if c is None or b is None:
            return None
        if b.speaks_for and b.speaks_for != body:  # «السفارة الأميركية»: the US State Department
            return self.institution(country, b.speaks_for)
        if b.named_only:
            return None  # (France has no royal court: «الديوان الملكي» is some kingdom's, named in the data)
        name_ar = f"{b.name_ar} ({c.name_ar})" if b.name_ar and c.name_ar else b.name_ar or c.name_ar
        return Institution(f"{country.lower()}_{body}", f"{c.adj_en} {b.name_en}", name_ar, country)

    # The memos below are made on first use, as the gazetteer is built (or unpickled) without them, and
    # then kept in the instance's __dict__ (cached_property): read per mention or per token, they are
    # plain attributes.

    @cached_property
    def _institution_memo(self) -> dict[tuple[str, str], Institution | None]:
        return {}

    @cached_property
    def phrase_head(self) -> KeyMemo:
        """Token key -> heads_phrase(key), read as a dict (the memo heads_phrase answers from)."""
        return KeyMemo(self._heads_phrase)

    @cached_property
    def _phrase_heads(self) -> set[str]:
        """The first words of the four indexes heads_phrase() looks at, in one set."""
        return set().union(*(idx._first for idx in (self.named_forms, self.body_roles, self.body_forms, self.roles)))

    def heads_phrase(self, key: str) -> bool:
        """Can a token with this key open a named form, a body, a role (with or without proclitics)?
        Most tokens cannot: one dict lookup answers them instead of four index matches."""
        return self.phrase_head[key]

    def _heads_phrase(self, key: str) -> bool:
        heads = self._phrase_heads
        return any(v in heads for v, _ in proclitic_variants(key))

    def body_of(self, inst: Institution) -> str:
        """The state body an institution is, when it is one: Egyptian Foreign Ministry -> foreign_ministry."""
        if len(inst.id) > 3 and inst.id[2] == "_" and inst.id[3:] in self.bodies:
            return inst.id[3:]
        # the overrides read backwards, the first body that names an institution kept: made on first
        # use (the gazetteer is built or unpickled without it) rather than a walk over them per call
        bodies = self.__dict__.get("_body_of_named")
        if bodies is None:
            bodies = self.__dict__["_body_of_named"] = {}
            for (_, body), named in self.overrides.items():
                bodies.setdefault(named, body)
        return bodies.get(inst.id, "")

    def person_institution(self, person: Person) -> Institution | None:
        if person.institution:
            return self.named.get(person.institution)
        return self.institution(person.country, person.body)


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[Path, ...] = ()) -> Gazetteer:
    names = ("countries.tsv", "bodies.tsv", "institutions.jsonl", "people.jsonl", "roles.tsv")
    paths = [p for name in names for p in _lexicon_files(name, extra)]
    return cached_build("gazetteer", Gazetteer, paths, lambda: Gazetteer(extra))


def _agency_variants(form: str) -> list[str]:
    """A news agency is named three ways: «وكالة دوغان»، «وكالة أنباء دوغان»، «وكالة دوغان للأنباء»."""
    words = form.split()
    if len(words) < 2 or words[0] != "وكالة" or words[1] in ("أنباء", "الأنباء") or words[-1] == "للأنباء":
        return []
    name = " ".join(words[1:])
    return [f"وكالة أنباء {name}", f"وكالة {name} للأنباء"]
