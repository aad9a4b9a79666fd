"""`Mention`: what `MentionParser` (speakers.py) reads at a token, and what its helpers return."""
from __future__ import annotations

from dataclasses import dataclass

from .institutions import Person
from .model import Institution, fast_init


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
    role_kind: str = ""  # roles.tsv kind of an unnamed speaker (official, member, unnamed), or an unlisted organisation
    clitic: int = 0  # characters of a proclitic before the first word: «وفقا لشترايتر»
    issuer: int = -1  # a document's: the token its issuer's name starts at, «بيان للجيش التركي» (else -1)
