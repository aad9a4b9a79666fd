"""The result types. Every span is a half-open [start, end) code-point offset into the decoded text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A camel-tools token with its place in the source and its normalized matching key."""

    text: str
    start: int
    end: int
    key: str
    index: int


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    lemma: str
    kind: str  # verb | participle | according_to | noun
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    kind: str  # direct | indirect | mixed
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    name: str
    kind: str  # person | institution | role | group | unnamed
    start: int
    end: int
    resolved_by: str  # mention | name | coreference | anaphora | source


@dataclass(frozen=True, slots=True)
class Role:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Institution:
    id: str
    name_en: str
    name_ar: str
    country: str


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


@dataclass(frozen=True, slots=True)
class Document:
    """One input text: `id` is the path, '-' for stdin, or the id field of a JSONL record."""

    id: str
    text: str
