"""Content spans: direct quotes, indirect أن/إن clauses, and mixed ones.

Quotation marks are paired per paragraph: «» and “” by direction, straight " and ' by alternation.
An unpaired opening mark runs to the end of its paragraph, so a runaway quote never swallows the
document and never raises.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Token

_OPEN_CLOSE = {"«": "»", "“": "”", "‹": "›", "„": "“"}
_CLOSERS = {"»", "”", "›"}
_STRAIGHT = {'"', "＂"}
QUOTE_CHARS = set(_OPEN_CLOSE) | _CLOSERS | _STRAIGHT | {"'"}


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    open: int  # token index of the opening mark
    close: int  # token index of the closing mark, or len(tokens) when unbalanced


def quote_regions(tokens: Sequence[Token]) -> list[QuoteRegion]:
    """Paired quotation marks of a paragraph, outermost first, in order."""
    regions: list[QuoteRegion] = []
    stack: list[tuple[str, int]] = []
    for tok in tokens:
        t = tok.text
        if t in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[t], tok.index))
        elif t in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == t:
                    regions.append(QuoteRegion(stack[depth][1], tok.index))
                    del stack[depth:]
                    break
        elif t in _STRAIGHT:
            if stack and stack[-1][0] == t:
                regions.append(QuoteRegion(stack.pop()[1], tok.index))
            else:
                stack.append((t, tok.index))
    n = len(tokens)
    # An unclosed straight quote is as likely to be a stray mark as an opener: it covers nothing.
    regions += [QuoteRegion(i, n) for close, i in stack if close not in _STRAIGHT]
    regions.sort(key=lambda r: (r.open, -r.close))
    return regions


def inside_map(regions: Sequence[QuoteRegion], n: int) -> list[int]:
    """For each token, the index of the innermost region it lies strictly inside, or -1."""
    where = [-1] * n
    for k, r in enumerate(regions):
        for i in range(r.open + 1, min(r.close, n)):
            where[i] = k
    return where
