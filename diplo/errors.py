"""The errors diplo raises. Each message says what happened and how to fix it."""
from __future__ import annotations

from pathlib import Path


class DiploError(Exception):
    """Base class: anything diplo reports to the user as a one-line error."""


class InputError(DiploError):
    """An input could not be read or decoded; other inputs are unaffected."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # pickled by its fields: it may come back from a worker process
        return type(self), (self.source, self.reason)


class ExtractionError(InputError):
    """Extracting one document failed inside diplo (a bug, not the input's fault): reported like an
    unreadable input, in its place, and the other documents go on."""

    @classmethod
    def of(cls, source: str, exc: BaseException) -> ExtractionError:
        return cls(source, f"internal error while extracting ({type(exc).__name__}: {exc}); "
                           "please report it with this document")


class LexiconError(DiploError):
    """A row of a lexicon data file is malformed."""

    def __init__(self, path: str | Path, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


class BackendUnavailable(DiploError):
    """An optional backend's package or model is missing on this machine."""
