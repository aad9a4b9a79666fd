"""The result types. Every span is a half-open [start, end) code-point offset into the decoded text."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, TypeVar

C = TypeVar("C")


def fast_init(cls: type[C]) -> type[C]:
    """A frozen, slotted dataclass with an __init__ that sets its slots cheaply.

    The generated __init__ of a frozen dataclass goes through object.__setattr__ once per field, and even
    the slot's own __set__ costs a descriptor call (about a thousand machine instructions) per field;
    tokens, mentions and results are made by the thousand per article. This __init__ lends the new
    instance, for the time of its __init__, the class of a twin with the same slots (Python allows that
    between classes of one layout), stores the fields as any slotted class does, and gives it its class
    back: a third of the cost for a Mention. The twin is a subclass that adds no slot and sets attributes
    as any class does (not through the frozen __setattr__): between a class and such a subclass, Python
    changes an instance's class without comparing their slots. Same signature and defaults; an instance
    of a subclass has its slots set one by one, as before. A class with default factories or
    __post_init__ is left as it is."""
    fields = dataclasses.fields(cls)
    if getattr(cls, "__slots__", None) is None or hasattr(cls, "__post_init__") or any(
            f.default_factory is not dataclasses.MISSING or not f.init for f in fields):
        return cls
    twin = type(f"{cls.__name__}Twin", (cls,), {"__slots__": (), "__init__": object.__init__,
                                                 "__setattr__": object.__setattr__,
                                                 "__delattr__": object.__delattr__})
    try:  # a layout that __class__ assignment refuses keeps the slot-by-slot __init__ alone
        object.__setattr__(object.__new__(cls), "__class__", twin)
    except TypeError:
        twin = None
    # the new instance's class is set through the __class__ descriptor itself: object.__setattr__ would
    # look the descriptor up, and check the call, at every instance
    ns: dict[str, Any] = {"_cls": cls, "_twin": twin, "_set_class": object.__dict__["__class__"].__set__}
    params, by_twin, by_slot = [], [], []
    for k, f in enumerate(fields):
        ns[f"_set{k}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            ns[f"_default{k}"] = f.default
            params.append(f"{f.name}=_default{k}")
        by_twin.append(f"self.{f.name} = {f.name}")
        by_slot.append(f"_set{k}(self, {f.name})")
    if twin is None:
        body = [f"    {line}" for line in by_slot]
    else:
        body = ["    if type(self) is _cls:", "        _set_class(self, _twin)",
                *(f"        {line}" for line in by_twin), "        self.__class__ = _cls",
                "    else:", *(f"        {line}" for line in by_slot)]
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), ns)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


def replace(obj: C, **changes: Any) -> C:
    """dataclasses.replace for the classes above, without its walk over the fields' definitions."""
    copy = _REPLACERS.get(type(obj))
    if copy is None:
        copy = _REPLACERS[type(obj)] = _replacer(type(obj))
    return copy(obj, **changes)


def _replacer(cls: type[C]) -> Callable[..., C]:
    """A function that copies an instance of cls with the fields given as keywords changed (an unknown
    field is a TypeError): each field read or taken in one expression, where a loop over the field
    names with a getattr() per field cost twice a Mention's construction (a parse replaces one in four)."""
    names = tuple(f.name for f in dataclasses.fields(cls) if f.init)
    params = ", ".join(f"{n}=_keep" for n in names)
    args = ", ".join(f"_obj.{n} if {n} is _keep else {n}" for n in names)
    ns: dict[str, Any] = {"_cls": cls, "_keep": object()}
    exec(f"def copy(_obj, *, {params}):\n    return _cls({args})", ns)
    copy = ns["copy"]
    copy.__qualname__ = f"replace[{cls.__name__}]"  # «replace[Span]() got an unexpected keyword argument»
    return copy


_REPLACERS: dict[type, Callable[..., Any]] = {}


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Token:
    """A camel-tools token with its place in the source and its normalized matching key."""

    text: str
    start: int
    end: int
    key: str
    index: int


@fast_init
@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    lemma: str
    kind: str  # verb | participle | according_to | noun
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    kind: str  # direct | indirect | mixed
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    name: str
    kind: str  # person | institution | role | group | unnamed
    start: int
    end: int
    resolved_by: str  # mention | name | coreference | anaphora | source


@fast_init
@dataclass(frozen=True, slots=True)
class Role:
    text: str
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Institution:
    id: str
    name_en: str
    name_ar: str
    country: str


@fast_init
@dataclass(frozen=True, slots=True)
class Statement:
    doc: str
    id: int
    cue: Cue
    speaker: Speaker | None
    role: Role | None
    institution: Institution | None
    quote: Quote | None
    according_to: Span | None
    parent: int | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record, in the documented field order."""
        def part(obj: Any) -> dict[str, Any] | None:
            # the parts hold only strings and numbers: asdict() without its recursive deep copy, which
            # was a fifth of the time of `diplo extract`
            return None if obj is None else {name: getattr(obj, name) for name in obj.__slots__}

        according = None
        if self.according_to is not None:
            according = {"text": self.according_to.text, "start": self.according_to.start,
                         "end": self.according_to.end}
        return {
            "doc": self.doc,
            "id": self.id,
            "cue": part(self.cue),
            "speaker": part(self.speaker),
            "role": part(self.role),
            "institution": part(self.institution),
            "quote": part(self.quote),
            "according_to": according,
            "parent": self.parent,
            "confidence": round(self.confidence, 3),
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Document:
    """One input text: `id` is the path, '-' for stdin, or the id field of a JSONL record."""

    id: str
    text: str
