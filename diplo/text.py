"""Text handling: matching keys, paragraphs and tokens with offsets into the original text.

Nothing here changes the text that is reported back: normalization produces *keys* for lookup, and
every token keeps the [start, end) code-point offsets of its source characters.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import compress, count

from .model import Token

# Characters that carry no lexical identity and are deleted from keys: Arabic diacritics (camel-tools'
# AR_DIAC_CHARSET plus the Quranic marks), tatweel, and the invisible format characters that scraped
# pages leave inside words.
_INVISIBLE = (
    "\u0640"  # ARABIC TATWEEL
    "\u200b\u200c\u200d\u200e\u200f"  # ZERO WIDTH SPACE, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u061c"  # ARABIC LETTER MARK
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (BOM)
    "\u00ad"  # SOFT HYPHEN
)
_EXTRA_DIACRITICS = "".join(chr(c) for c in range(0x0610, 0x061B)) + "".join(
    chr(c) for c in range(0x0653, 0x0660)
) + "".join(chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6))

# Letter folds, as camel-tools' normalize_alef_ar / normalize_alef_maksura_ar / normalize_teh_marbuta_ar
# do them, plus hamza seats and Persian letter forms that Arabic pages mix in.
_FOLDS = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # أ إ آ ٱ -> ا
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u064a",  # ئ -> ي
    "\u06cc": "\u064a",  # Persian yeh -> ي
    "\u06a9": "\u0643",  # keheh -> ك
    # letters for foreign sounds, written in names: «لافروڤ», «پوتين», «چيني», «گوتيريش»
    "\u06a4": "\u0641", "\u06a8": "\u0642",  # ڤ -> ف, ڨ -> ق
    "\u067e": "\u0628", "\u0686": "\u062c", "\u0698": "\u0632", "\u06af": "\u0643",  # پ چ ژ گ -> ب ج ز ك
}


@lru_cache(maxsize=1)
def _camel_tables() -> tuple:
    """What diplo takes from camel-tools: (Arabic diacritics, symbol regex pattern and flags, the
    symbols it splits off), the last two None if camel-tools' tokenizer internals have moved.

    Importing camel-tools' tokenizer builds its character sets by asking unicodedata about every code
    point: a second, most of the start-up of `diplo extract` on one article, and all of it done again
    before --jobs workers can start. The tables are kept in diplo's cache with the lexicons
    (lexicon.cached_build), keyed by the camel-tools and emoji files they come from and the Python
    version (unicodedata's tables), so camel-tools is imported only when they change."""
    from .lexicon import cached_build

    sources = _camel_sources()
    if sources is None:
        return _read_camel_tables()
    return cached_build("camel_tables", tuple, sources, _read_camel_tables)


def _camel_sources() -> tuple | None:
    """The files camel-tools' tables are computed from, found without importing anything."""
    from importlib.util import find_spec
    from pathlib import Path

    try:
        camel, emoji = find_spec("camel_tools"), find_spec("emoji")
    except (ImportError, ValueError):
        return None
    if camel is None or emoji is None or not camel.origin or not emoji.origin:
        return None
    c, e = Path(camel.origin).parent, Path(emoji.origin).parent
    files = (c / "VERSION", c / "tokenizers" / "word.py", c / "utils" / "charsets.py", e / "__init__.py",
             e / "unicode_codes" / "__init__.py", e / "unicode_codes" / "emoji.json")
    return files if all(f.is_file() for f in files) else None


def _read_camel_tables() -> tuple:
    from camel_tools.tokenizers import word as camel_word
    from camel_tools.utils.charsets import AR_DIAC_CHARSET

    symbol = getattr(camel_word, "_SYMBOLS_RE", None)
    symbols = getattr(camel_word, "_SYMBOLS_ALL", None)
    if symbol is None or symbols is None:
        return frozenset(AR_DIAC_CHARSET), None, None
    return frozenset(AR_DIAC_CHARSET), (symbol.pattern, symbol.flags), frozenset(symbols)


@lru_cache(maxsize=1)
def _key_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _camel_tables()[0]}
    table.update({ord(c): None for c in _INVISIBLE + _EXTRA_DIACRITICS})
    table.update({ord(k): v for k, v in _FOLDS.items()})
    return table


def norm_key(text: str) -> str:
    """The matching key of a word or phrase: no diacritics, tatweel or invisible marks; alef, yeh,
    teh marbuta and hamza seats folded; Latin lower-cased; runs of spaces folded to one."""
    key = _KEYS.get(text)
    if key is None:
        key = " ".join(text.translate(_key_table()).lower().split())
        if "\u0622" in text and "ان" in key.split() and len(text.split()) == len(key.split()):  # ALEF WITH MADDA
            # «آن» (Anne, a time) is no «أن/إن»: the one word keeps its madda
            key = " ".join("\u0622ن" if k == "ان" and w.translate(_key_table()) == "ان" and "\u0622" in w else k
                           for w, k in zip(text.split(), key.split()))
        if len(text) <= 64:  # words and names repeat; long spans would only fill the memo
            if len(_KEYS) > _KEYS_MAX:
                _KEYS.clear()
            _KEYS[text] = key
    return key


def strip_invisible(text: str) -> str:
    """Text without tatweel and invisible format marks (diacritics kept): for display of names."""
    return _INVISIBLE_RE.sub("", text)


# a regex, not str.translate: translate with a table costs a dict probe per character, ten times more
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# Keys already computed: news repeats its words, and norm_key is most of the cost of a token.
_KEYS: dict[str, str] = {}
_KEYS_MAX = 500_000


# A paragraph is a run of non-empty lines; one line of news is usually one paragraph, so every line
# break ends a paragraph. Very long lines are cut at sentence ends so memory and work stay bounded.
_MAX_PARAGRAPH = 20_000
_SENTENCE_END_RE = re.compile(r"[.!?؟]\s+")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield [start, end) of each non-blank paragraph, long ones cut after a sentence end."""
    for start, end in _lines(text):
        if not text[start:end].strip():
            continue
        while end - start > _MAX_PARAGRAPH:
            cut = None
            for s in _SENTENCE_END_RE.finditer(text, start + _MAX_PARAGRAPH // 2, start + _MAX_PARAGRAPH):
                cut = s.end()
            if cut is None:
                space = text.rfind(" ", start + _MAX_PARAGRAPH // 2, start + _MAX_PARAGRAPH)
                cut = space + 1 if space > start else start + _MAX_PARAGRAPH
            yield start, cut
            start = cut
        yield start, end


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of the runs between line breaks (\n, \r), empty ones included.

    str.find jumps to the next break in C, and each break is looked for once; a regex for the runs,
    `[^\r\n]+`, tests every character of the text at thirty machine instructions each."""
    find, n = text.find, len(text)
    start = 0
    nl = cr = -1  # the next \n and \r at or after start (n: none)
    while start <= n:
        if nl < start:
            nl = find("\n", start)
            nl = n if nl < 0 else nl
        if cr < start:
            cr = find("\r", start)
            cr = n if cr < 0 else cr
        end = nl if nl < cr else cr
        yield start, end
        start = end + 1


# Where camel-tools' symbol regex can begin a match: punctuation, symbols, emoji, regional indicators.
MAY_SPLIT = r"[\p{RI}\p{Emoji}\p{S}\p{P}]"


@lru_cache(maxsize=1)
def _word_splitter():
    """camel-tools' simple_word_tokenize, made cheap for the common word.

    camel-tools splits on whitespace, then tries its emoji-and-symbol regex at every character of every
    word, which alone costs more than all of diplo's later stages. A match can only begin at a
    punctuation, symbol, emoji or regional-indicator character (\\p{Emoji} includes 0-9, # and *), so a
    word with none of them is one token as it stands; every other word goes through camel-tools' own
    regex and symbol set, tried only at those characters. The tokens are those of simple_word_tokenize(text),
    but for numbers and abbreviated titles, kept whole (_join_numbers, _ABBREVIATIONS; tests/test_parallel.py).
    """
    import regex

    may_split = regex.compile(MAY_SPLIT).search
    _, symbol, symbols = _camel_tables()
    if symbol is None or symbols is None:  # camel-tools' internals moved: its own loop, word by word
        from camel_tools.tokenizers.word import simple_word_tokenize

        def split_word(word: str, found) -> list[str]:
            return simple_word_tokenize(word)
    else:
        symbol_at = regex.compile(*symbol).match  # camel-tools' own pattern, compiled by the same regex

        def split_word(word: str, found) -> list[str]:
            # camel-tools' loop tries its symbol regex at every character of the word; it can only match
            # where may_split does (`found`, its first match), so only those characters are tried
            pieces: list[str] = []
            start = 0
            while found is not None:
                at = found.start()
                m = symbol_at(word, at)
                if m is not None and m[0] in symbols:
                    if at != start:
                        pieces.append(word[start:at])
                    pieces.append(m[0])
                    found = may_split(word, m.end())
                    start = m.end()
                else:
                    found = may_split(word, at + 1)
            if start < len(word):
                pieces.append(word[start:])
            return pieces

    split_words = _SPLIT_WORDS

    def split(text: str) -> list[str]:
        pieces: list[str] = []
        for word in text.split():
            # nine words in ten are letters only, and str.isalpha() is cheaper than the regex
            if word.isalpha() and _ALPHA_SYMBOL not in word:
                pieces.append(word)
                continue
            # the others (قال:، «الوزير، 2023) repeat like words do, and the regexes cost ten lookups
            found = split_words.get(word)
            if found is None:
                at = may_split(word)
                found = (word,) if at is None or word in _ABBREVIATIONS else _join_numbers(split_word(word, at))
                if len(word) <= 64:
                    if len(split_words) > _KEYS_MAX:
                        split_words.clear()
                    split_words[word] = found
            pieces += found
        return pieces

    return split


# What joins two runs of digits into one number: a decimal point or comma, a thousands separator, the
# colon of a time. camel-tools splits «55.39» into 55 . 39, and that point would end a sentence.
_NUMBER_JOINS = frozenset(".,:\u066b\u066c")  # ARABIC DECIMAL and THOUSANDS SEPARATOR


# Abbreviated titles written as a word of their own: «د. بدر عبد العاطي». camel-tools splits off the point,
# which would end the sentence between a role and its holder's name.
_ABBREVIATIONS = frozenset(("د.", "أ.د.", "أ.د"))


def _join_numbers(pieces: list[str]) -> tuple[str, ...]:
    """camel-tools' pieces of one word, with a number cut at its separators put back together: «55.39»,
    «1,200», «١٢٫٥», «10:30» are one token each, as they are one word to a reader."""
    joined: list[str] = []
    i, n = 0, len(pieces)
    while i < n:
        piece = pieces[i]
        if (piece in _NUMBER_JOINS and joined and joined[-1][-1].isdigit()
                and i + 1 < n and pieces[i + 1][0].isdigit()):
            joined[-1] += piece + pieces[i + 1]
            i += 2
        else:
            joined.append(piece)
            i += 1
    return tuple(joined)


# Words that are not letters only -> their pieces: what split() computed already.
_SPLIT_WORDS: dict[str, tuple[str, ...]] = {}

# The one letter that may_split matches: INFORMATION SOURCE, a letter (Ll) with the Emoji property.
# tests/test_parallel.py checks every code point, so that a new Python or regex cannot add one unseen.
_ALPHA_SYMBOL = "\u2139"


def preload_tokenizer() -> None:
    """Load camel-tools' tables and build the key table now rather than at the first token."""
    _key_table()
    _word_splitter()


def _token_twin():
    """A class to make tokens with at half the cost of Token's constructor, or None: a paragraph makes
    thousands of them.

    Token is a frozen dataclass, so every field is set through a descriptor call (object.__setattr__ or
    the slot's __set__, a thousand machine instructions each), where an ordinary slotted class stores it
    in a few. A token is made as an instance of this twin, which has Token's slots and no __init__ (a
    Python call per token would cost as much again); tokenize() stores the fields and then gives it Token
    as its class, which Python allows between classes of one layout: from then on it is a Token like any
    other, frozen, equal and hashed by its fields. None, and the constructor is used, if Token's fields
    ever change or the class cannot be assigned."""
    names = ("text", "start", "end", "key", "index")
    if getattr(Token, "__slots__", None) != names:
        return None

    class TokenTwin(Token):
        # Token's own layout, with no slot added; its fields are set as in any class (not through the
        # frozen __setattr__) and there is no __init__ to run. Being Token's subclass of one layout, it
        # is given Token's class with no comparison of the two classes' slots.
        __slots__ = ()
        __init__ = object.__init__
        __setattr__ = object.__setattr__
        __delattr__ = object.__delattr__

    probe = TokenTwin()
    probe.text, probe.start, probe.end, probe.key, probe.index = "a", 0, 1, "a", 0
    try:
        probe.__class__ = Token
    except TypeError:  # a layout that __class__ assignment refuses
        return None
    if type(probe) is not Token or probe != Token("a", 0, 1, "a", 0):
        return None
    return TokenTwin


_TokenTwin = _token_twin()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] as camel-tools' simple_word_tokenize splits them (a number kept whole),
    with offsets.

    Words are cut at single spaces first: a chunk between two spaces starts where the previous one
    ended plus one, so nine words in ten (letters only, one token as they stand) get their offsets by
    addition, not by a search of the text. Only the other chunks (empty between two spaces, or with
    punctuation, digits or another whitespace in them) go through the word splitter, and their pieces
    are found in the chunk's own span. text.split() is the words of text.split(" ") each split again,
    so the tokens are the same."""
    end = len(text) if end is None else end
    # (tokens.append(...) at each token, not a local alias: Python 3.11 specializes a list's own method call)
    tokens: list[Token] = []
    twin = _TokenTwin
    words = _WORDS if twin is not None else {}
    split = _word_splitter()
    chunks = _CHUNKS
    pos = start
    span = text[start:end]
    # the one letter that may begin a symbol, looked for once in the paragraph rather than in each word
    letters_are_words = twin is not None and _ALPHA_SYMBOL not in span
    for chunk in span.split(" "):
        n = len(chunk)
        # a word met before is one token, and its key is known: one lookup, no test of its letters
        key = words.get(chunk)
        if key is None and letters_are_words and chunk.isalpha():
            key = norm_key(chunk)
            if n <= 64:
                if len(words) > _KEYS_MAX:
                    words.clear()
                words[chunk] = key
        if key is not None:
            # Token's fields stored on its twin, which then becomes a Token (see _token_twin)
            tok = twin()
            tok.text = chunk
            tok.start = pos
            tok.end = pos + n
            tok.key = key
            tok.index = len(tokens)
            tok.__class__ = Token
            tokens.append(tok)
        elif n:
            # the other chunks («الوزير، قال: 2023) repeat like words do: their pieces, with offsets in
            # the chunk and keys, are split and looked up once
            pieces = chunks.get(chunk)
            if pieces is None:
                pieces = _chunk_pieces(chunk, split)
                if n <= 64:
                    if len(chunks) > _KEYS_MAX:
                        chunks.clear()
                    chunks[chunk] = pieces
            for piece, a, b, key in pieces:
                if twin is None:
                    tokens.append(Token(piece, pos + a, pos + b, key, len(tokens)))
                else:
                    tok = twin()
                    tok.text = piece
                    tok.start = pos + a
                    tok.end = pos + b
                    tok.key = key
                    tok.index = len(tokens)
                    tok.__class__ = Token
                    tokens.append(tok)
        pos += n + 1
    return tokens


def _chunk_pieces(chunk: str, split) -> tuple[tuple[str, int, int, str], ...]:
    """The tokens of a chunk as (text, start, end, key), offsets in the chunk."""
    pieces = []
    after = 0  # where the previous piece ended
    for piece in split(chunk):
        at = chunk.find(piece, after)
        if at < 0:  # the tokenizer never rewrites characters; this guards the offsets invariant
            continue
        after = at + len(piece)
        pieces.append((piece, at, after, norm_key(piece)))
    return tuple(pieces)


# Chunks that are not letters only -> their pieces (see _chunk_pieces): what tokenize() found already.
_CHUNKS: dict[str, tuple[tuple[str, int, int, str], ...]] = {}
# Chunks of letters only (each one token, none with _ALPHA_SYMBOL) -> their keys: most of a paragraph's
# chunks, found in one lookup where a test of their letters and a lookup of their key took two.
_WORDS: dict[str, str] = {}


class KeyMemo(dict):
    """A token key's answer, computed by `compute` when first asked and kept (at most `size` of them).

    A missing key is filled by the dict's own lookup (__missing__), so `where(memo.__getitem__, keys)`
    scans a paragraph in one C loop whether or not it brings new words; no set of its keys is built
    first to find the new ones."""

    def __init__(self, compute: Callable[[str], object], size: int = _KEYS_MAX) -> None:
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: str) -> object:
        if len(self) > self.size:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def where(test: Callable[[str], object], keys: Iterable[str]) -> list[int]:
    """The indices of the keys that pass `test`, in order: `where(heads.__contains__, keys)` is
    `[i for i, k in enumerate(keys) if k in heads]`. Several stages scan every token of a paragraph for
    the few that interest them; here the loop runs in C (map and compress), not a bytecode per token."""
    return list(compress(count(), map(test, keys)))
