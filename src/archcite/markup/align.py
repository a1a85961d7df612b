"""Plain text out of HTML or XML, with the way back from each character to the source.

eyecite finds citations in the text of a court opinion and maps the plain-text spans back
into the HTML with a diff. Here the map is exact, because the text is built from the
markup token by token: every character of :attr:`Markup.text` knows the source offsets
it was read from, entities included (``&amp;`` is one character of text, five of source).

>>> markup = Markup.read("<p>See <i>TsKhSD</i>, F.&nbsp;89</p>", HTML_RULES)
>>> markup.text
'\\x00See TsKhSD, F.\\xa089\\x00'
>>> markup.pieces(5, 18)  # "TsKhSD, F. 89": the <i> is enclosed whole
[(7, 32)]
>>> markup = Markup.read("<p><i>See TsKhSD</i>, F.&nbsp;89</p>", HTML_RULES)
>>> markup.pieces(5, 18)  # the reference runs out of the <i>: two pieces, nesting kept
[(10, 16), (20, 32)]
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterable
from html.parser import HTMLParser
from typing import Literal

import attrs

__all__ = ["BREAK", "HTML_RULES", "Markup", "Rules", "Token", "element_names", "insert"]

#: What stands in the text for a block boundary (a paragraph, a list item, a note):
#: no reference runs across it, as none runs across the end of a paragraph in print.
BREAK = "\x00"

TokenKind = Literal["text", "open", "close", "empty", "other"]


@attrs.frozen(slots=True)
class Token:
    """One piece of the source: text, a start or end tag, or something else (a comment)."""

    kind: TokenKind
    start: int
    end: int
    name: str = ""


def element_names(text: str) -> frozenset[str]:
    """A set of element names written as words: ``element_names("p div")``."""
    return frozenset(text.split())


@attrs.frozen
class Rules:
    """How a markup language is read: which elements hold no text, which break it, and
    where new markup may go.

    ``skip``: elements whose content is neither read nor annotated (``script``). ``within``:
    if set, only text inside an element of this name is read (TEI's ``text``).
    ``breaks``: elements that end a run of text. ``void``: elements that never close.
    ``newlines``: empty elements read as a line break, which a reference may run across.
    ``inserted``: the elements annotating inserts.
    ``allowed``: given the open elements (names, outermost first, and the tokens that
    opened them) and the source, may markup be inserted here?
    """

    skip: frozenset[str]
    breaks: frozenset[str]
    void: frozenset[str] = frozenset()
    newlines: frozenset[str] = frozenset()
    inserted: frozenset[str] = frozenset()
    within: str | None = None
    allowed: Callable[[list[str], list[Token], str], bool] = lambda names, tokens, source: True


_HTML_BLOCKS = element_names(
    """address article aside blockquote body caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li
    main menu nav ol p pre section summary table tbody td tfoot th thead tr ul"""
)
_HTML_VOID = element_names(
    """area base br col embed hr img input link meta param source track wbr"""
)
# Raw or replaced content, or content a browser would not show as text of the page.
_HTML_SKIP = element_names(
    """script style textarea title template noscript select option optgroup iframe object
    noembed noframes xmp plaintext svg math"""
)
_ARCHCITE_CLASS = re.compile(r"""\bclass\s*=\s*["']?archcite""", re.IGNORECASE)


def _html_allowed(names: list[str], tokens: list[Token], source: str) -> bool:
    """Not inside a reference marked before: annotating twice changes nothing."""
    for name, token in zip(names, tokens, strict=True):
        if name == "cite" and _ARCHCITE_CLASS.search(source, token.start, token.end):
            return False
    return True


HTML_RULES = Rules(
    skip=_HTML_SKIP,
    breaks=_HTML_BLOCKS,
    void=_HTML_VOID,
    newlines=element_names("br"),
    inserted=element_names("cite a"),
    allowed=_html_allowed,
)


class _Tokenizer(HTMLParser):
    """The standard library's HTML tokenizer, kept for where each token starts."""

    def __init__(self, source: str, void: frozenset[str]) -> None:
        super().__init__(convert_charrefs=False)
        self._void = void
        self.events: list[tuple[int, TokenKind, str]] = []
        # getpos() counts lines and columns; offsets come from where each line starts.
        self._lines = [0, *(found.end() for found in re.finditer("\n", source))]

    def _add(self, kind: TokenKind, name: str = "") -> None:
        line, column = self.getpos()
        self.events.append((self._lines[line - 1] + column, kind, name))

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self._add("empty" if tag in self._void else "open", tag)

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        self._add("empty", tag)

    def handle_endtag(self, tag: str) -> None:
        self._add("close", tag)

    def handle_data(self, data: str) -> None:
        self._add("text")

    def handle_entityref(self, name: str) -> None:
        self._add("text")

    def handle_charref(self, name: str) -> None:
        self._add("text")

    def handle_comment(self, data: str) -> None:
        self._add("other")

    def handle_decl(self, decl: str) -> None:
        self._add("other")

    def handle_pi(self, data: str) -> None:
        self._add("other")

    def unknown_decl(self, data: str) -> None:
        self._add("other")


def _tokens(source: str, void: frozenset[str]) -> list[Token]:
    """The source as contiguous tokens, runs of text and entities merged into one."""
    tokenizer = _Tokenizer(source, void)
    tokenizer.feed(source)
    tokenizer.close()
    events = tokenizer.events
    tokens: list[Token] = []
    for index, (start, kind, name) in enumerate(events):
        end = events[index + 1][0] if index + 1 < len(events) else len(source)
        if end <= start:
            continue
        if kind == "text" and tokens and tokens[-1].kind == "text" and tokens[-1].end == start:
            tokens[-1] = Token("text", tokens[-1].start, end)
        else:
            tokens.append(Token(kind, start, end, name))
    return tokens


_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")


def _decode(raw: str, offset: int) -> tuple[str, list[int] | None, list[int] | None]:
    """Text of a raw run, and where each of its characters starts and ends in the source
    (None where the run has no entity and so maps one to one)."""
    if "&" not in raw:
        return raw, None, None
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for found in _ENTITY.finditer(raw):
        for index in range(position, found.start()):
            text.append(raw[index])
            starts.append(offset + index)
            ends.append(offset + index + 1)
        decoded = html.unescape(found.group())
        # "&notit;" is "¬" and "it;": the characters after the entity map to themselves.
        consumed = found.group() if decoded == found.group() else None
        if consumed is None:
            for character in decoded:
                text.append(character)
                starts.append(offset + found.start())
                ends.append(offset + found.end())
        else:
            for index in range(found.start(), found.end()):
                text.append(raw[index])
                starts.append(offset + index)
                ends.append(offset + index + 1)
        position = found.end()
    for index in range(position, len(raw)):
        text.append(raw[index])
        starts.append(offset + index)
        ends.append(offset + index + 1)
    return "".join(text), starts, ends


@attrs.define
class _Segment:
    """A run of text read from one token."""

    text_start: int
    token: int
    source_start: int
    starts: list[int] | None
    ends: list[int] | None
    ok: bool  # markup may be inserted around it
    names: tuple[str, ...]  # the elements open around it, outermost first


class Markup:
    """A parsed HTML or XML source: its tokens, its text, and the map between them."""

    def __init__(self, source: str, rules: Rules) -> None:
        self.source = source
        self.rules = rules
        self.tokens = _tokens(source, rules.void)
        self.partner = [-1] * len(self.tokens)
        self._token_starts = [token.start for token in self.tokens]
        self.text = ""
        self._segments: list[_Segment] = []
        self._segment_starts: list[int] = []
        self._segment_of_token: dict[int, int] = {}
        self._read()

    @classmethod
    def read(cls, source: str, rules: Rules) -> Markup:
        """``source`` read with ``rules``."""
        return cls(source, rules)

    def _read(self) -> None:
        rules, source, tokens = self.rules, self.source, self.tokens
        pieces: list[str] = []
        length = 0
        names: list[str] = []
        openers: list[int] = []
        skipping = 0  # how many skipped elements are open
        within = 0 if rules.within is not None else 1
        for index, token in enumerate(tokens):
            kind = token.kind
            if kind == "open":
                if skipping or token.name in rules.skip:
                    skipping += 1
                if token.name == rules.within:
                    within += 1
                names.append(token.name)
                openers.append(index)
            elif kind == "close" and token.name in names:
                # An end tag closes its element and any left open inside it (<p>, <li>):
                # those end there too, so that they are nested in it like the others.
                while names:
                    name, opener = names.pop(), openers.pop()
                    if skipping:
                        skipping -= 1
                    if name == rules.within:
                        within -= 1
                    self.partner[opener] = index
                    if name == token.name:
                        self.partner[index] = opener
                        break
            elif kind == "close" and token.name not in rules.inserted:
                # An end tag that closes nothing is ignored, as browsers ignore it; one
                # that would close what annotating inserts (</a>) is cut at.
                self.partner[index] = index
            if kind in ("open", "close", "empty") and token.name in rules.breaks:
                if not pieces or pieces[-1] != BREAK:
                    pieces.append(BREAK)
                    length += 1
                continue
            if skipping or not within:
                continue
            starts: list[int] | None
            ends: list[int] | None
            if kind == "empty" and token.name in rules.newlines:
                # The line break is one character of text, and its tag is where it stands.
                text, starts, ends = "\n", [token.start], [token.end]
            elif kind == "text":
                text, starts, ends = _decode(source[token.start : token.end], token.start)
            else:
                continue
            ok = rules.allowed(names, [tokens[i] for i in openers], source)
            self._segment_of_token[index] = len(self._segments)
            self._segments.append(
                _Segment(length, index, token.start, starts, ends, ok, tuple(names))
            )
            self._segment_starts.append(length)
            pieces.append(text)
            length += len(text)
        self.text = "".join(pieces)

    def _segment_index(self, position: int) -> int:
        return bisect.bisect_right(self._segment_starts, position) - 1

    def _segment(self, position: int) -> _Segment:
        return self._segments[self._segment_index(position)]

    def source_start(self, position: int) -> int:
        """Where the character at ``position`` of the text starts in the source."""
        segment = self._segment(position)
        offset = position - segment.text_start
        return segment.source_start + offset if segment.starts is None else segment.starts[offset]

    def source_end(self, position: int) -> int:
        """Where the character at ``position`` of the text ends in the source."""
        segment = self._segment(position)
        offset = position - segment.text_start
        if segment.ends is None:
            return segment.source_start + offset + 1
        return segment.ends[offset]

    def container(self, begin: int) -> tuple[str, ...]:
        """The elements open around the source offset ``begin``, where a piece starts:
        those around its first text, less those the piece itself opens."""
        index = max(bisect.bisect_right(self._token_starts, begin) - 1, 0)
        opened = 0
        for at in range(index, len(self.tokens)):
            token = self.tokens[at]
            segment = self._segment_of_token.get(at)
            if segment is not None:
                names = self._segments[segment].names
                return names[: len(names) - opened]
            if token.kind == "open":
                opened += 1
            elif token.kind == "close":
                opened -= 1
        return ()

    def has_element(self, name: str, begin: int, end: int) -> bool:
        """True where an element ``name`` is open around the source range or inside it."""
        index = max(bisect.bisect_right(self._token_starts, begin) - 1, 0)
        around_checked = False
        for at in range(index, len(self.tokens)):
            token = self.tokens[at]
            if token.start >= end:
                break
            if token.kind == "open" and token.name == name:
                return True
            if token.kind == "text" and not around_checked:
                segment = self._segment_of_token.get(at)
                if segment is not None:
                    around_checked = True
                    if name in self._segments[segment].names:
                        return True
        return False

    def pieces(self, start: int, end: int, *, split: bool = True) -> list[tuple[int, int]]:
        """The source ranges to wrap for the text ``start:end``, nesting kept.

        Tags wholly inside the range stay inside the wrapper; the range widens over an
        element that it begins or ends exactly with; where it still runs out of an element
        or into one, it is cut in pieces there, each piece wrapped on its own. Without
        ``split``, such a range gives ``[]``, as does one that crosses a block boundary or
        touches text where nothing may be inserted.
        """
        if end <= start or BREAK in self.text[start:end]:
            return []
        low, high = self._segment_index(start), self._segment_index(end - 1)
        first, last = self._segments[low], self._segments[high]
        if not all(segment.ok for segment in self._segments[low : high + 1]):
            return []
        begin, finish = self.source_start(start), self.source_end(end - 1)
        i0, i1 = first.token, last.token
        tokens, partner = self.tokens, self.partner
        changed = True
        while changed:
            changed = False
            # Widen over an element the text begins with exactly: "<i>TsKhSD</i>, F. 89".
            if (
                begin == tokens[i0].start
                and i0 > 0
                and tokens[i0 - 1].kind == "open"
                and i0 - 1 < partner[i0 - 1] <= i1
                and tokens[partner[i0 - 1]].name == tokens[i0 - 1].name
            ):
                i0 -= 1
                begin = tokens[i0].start
                changed = True
            if (
                finish == tokens[i1].end
                and i1 + 1 < len(tokens)
                and tokens[i1 + 1].kind == "close"
                and i0 <= partner[i1 + 1] < i1 + 1
            ):
                i1 += 1
                finish = tokens[i1].end
                changed = True
        cut = {
            index
            for index in range(i0, i1 + 1)
            if tokens[index].kind in ("open", "close") and not i0 <= partner[index] <= i1
        }
        # An element that an end tag left open ends at the end tag of its parent: where
        # that one is cut, the element is cut too ("<b>f</i>").
        cut |= {
            index
            for index in range(i0, i1 + 1)
            if tokens[index].kind == "open" and partner[index] in cut
        }
        # An element with a cut inside it ("<i>A</a></i>": a stray end tag that would close
        # the inserted link) cannot be wrapped whole: it is cut at its own tags too.
        grown = True
        while grown:
            grown = False
            for index in range(i0, i1 + 1):
                close = partner[index]
                if (
                    tokens[index].kind == "open"
                    and index not in cut
                    and index < close <= i1
                    and any(index < inner < close for inner in cut)
                ):
                    cut |= {index, close}
                    grown = True
        crossing = sorted(cut)
        if not crossing:
            return [(begin, finish)]
        if not split:
            return []
        ranges: list[tuple[int, int]] = []
        left = begin
        for index in crossing:
            ranges.append((left, tokens[index].start))
            left = tokens[index].end
        ranges.append((left, finish))
        return [piece for piece in ranges if self._has_text(*piece)]

    def has_markup(self, begin: int, end: int) -> bool:
        """True where the source range holds anything but text: a tag, a comment."""
        index = max(bisect.bisect_right(self._token_starts, begin) - 1, 0)
        for token in self.tokens[index:]:
            if token.start >= end:
                return False
            if token.kind != "text" and token.end > begin:
                return True
        return False

    def _has_text(self, start: int, end: int) -> bool:
        """True where the source range holds text that is not all spaces."""
        low = bisect.bisect_right(self._token_starts, start) - 1
        for token in self.tokens[max(low, 0) :]:
            if token.start >= end:
                break
            if token.kind == "text":
                raw = self.source[max(token.start, start) : min(token.end, end)]
                if raw.strip():
                    return True
        return False


def insert(source: str, edits: Iterable[tuple[int, str]]) -> str:
    """``source`` with each string inserted at its offset; edits come in source order.

    >>> insert("F. 89, Op. 2", [(0, "<cite>"), (12, "</cite>")])
    '<cite>F. 89, Op. 2</cite>'
    """
    out: list[str] = []
    position = 0
    for offset, markup in edits:
        if offset < position:
            raise ValueError(f"edits out of order at {offset}")
        out.append(source[position:offset])
        out.append(markup)
        position = offset
    out.append(source[position:])
    return "".join(out)
