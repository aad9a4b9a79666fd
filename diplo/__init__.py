"""diplo: who said what, for whom, in Arabic news.

    >>> import diplo
    >>> for st in diplo.extract("وقال الكرملين إن الرئيس الروسي أكد استعداده لمواصلة الحوار."):
    ...     print(st.cue.text, st.speaker.name, st.institution.name_en, st.parent)
    وقال الكرملين Kremlin None
    أكد الرئيس الروسي Kremlin 0
"""
from __future__ import annotations

from .errors import DiploError, InputError, LexiconError
from .model import Cue, Document, Institution, Quote, Role, Span, Speaker, Statement, Token

__version__ = "0.1.0"

__all__ = [
    "Cue", "DiploError", "Document", "InputError", "Institution", "LexiconError", "Pipeline", "Quote",
    "Role", "Span", "Speaker", "Statement", "Token", "__version__", "extract",
]


def __getattr__(name: str):
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)


def extract(text: str, doc: str = "-") -> list[Statement]:
    """The statements of one text, with the default lexicons and the rules backend."""
    from .pipeline import Pipeline

    return Pipeline().extract(Document(doc, text))
