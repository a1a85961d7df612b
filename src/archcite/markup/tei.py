"""TEI P5: each reference a ``<bibl type="archival">`` with an ``<msIdentifier>`` inside.

The written text stays where it was, cut at the places the levels begin: the archive in
``<repository>``, the fond in ``<collection>``, the levels below it in ``<idno>``, the
folios or pages in ``<citedRange>``. An ``<msIdentifier>`` holds elements only, so the
punctuation after a part goes inside the part and the spaces between parts stand
between the elements. What the text does not say (the country and city from the
registry, the archive and fond of a continuation or an ibid form) is given as attributes
of empty elements, or, for ``<country>`` and ``<settlement>``, as their text.

>>> from archcite import extract
>>> match = extract("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")[0]
>>> print(bibl(match, "gost").replace("><", ">\\n<").replace("> <", ">\\n<"))
<bibl type="archival" subtype="full" n="ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.">
<msIdentifier>
<country>Russia</country>
<settlement>Moscow</settlement>
<repository ref="#RGANI">TsKhSD,</repository>
<collection n="89">F. 89,</collection>
<idno type="shelfmark">Op. 2, D. 5</idno>
</msIdentifier>, <citedRange unit="folio" from="13" to="14">Ll. 13-14</citedRange>
</bibl>
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .. import registry
from ..model import Match
from ..reading import extract
from ..styles import format_reference
from .align import Markup, Rules, Token, element_names, insert
from .parts import Part, parts

__all__ = ["BIBL_ALLOWED", "TEI_RULES", "bibl", "from_tei", "from_text", "list_org"]

#: The TEI P5 (4.3.0) elements whose content may hold a ``<bibl>``, lowercased as the
#: tokenizer gives names; tests/test_annotate_tei.py derives the same set from the schema.
BIBL_ALLOWED = element_names(
    """ab accmat acquisition add additions argument bibl body broadcast camera caption case
    castlist cell change cit climate collation colloc condition corr custevent damage
    deconote def del desc dictscrap div div1 div2 div3 div4 div5 div6 div7 docedition emph
    entry entryfree epigraph epilogue etym event fdescr figdesc figure filiation foliation
    form fsdescr gen gram gramgrp handnote head hi hom hyph itype imprimatur item l lang
    layout lbl lem licence listbibl location meeting metamark mod mood msitem msitemstruct
    musicnotation note number object occupation org orig origin orth p per performance
    person persongrp persona place population pos postscript prologue pron provenance q
    quote rdg re ref reg relateditem rendition restore retrace rhyme said salute scriptnote
    scriptstmt secl seg sense set sic signatures signed sound source sourcedesc stage
    standoff state stress subc summary supplied support surplus surrogates syll tagusage
    taxonomy tech terrain title titlepart tns trailer trait typenote u unclear usg view
    witdetail witness writing xr"""
)
_TEI_BREAKS = element_names(
    """ab argument back body byline cell closer dateline div div1 div2 div3 div4 div5 div6 div7
    docimprint doctitle epigraph figdesc figure floatingtext front head item l label lg list
    listbibl note opener p postscript row salute signed sp speaker stage table titlepage
    trailer"""
)
_ARCHIVAL = re.compile(r"""\btype\s*=\s*["']archival["']""")


def _tei_allowed(names: list[str], tokens: list[Token], source: str) -> bool:
    """Inside an element that may hold a ``<bibl>``, and not in one archcite wrote."""
    if not names or names[-1] not in BIBL_ALLOWED:
        return False
    for name, token in zip(names, tokens, strict=True):
        if name == "bibl" and _ARCHIVAL.search(source, token.start, token.end):
            return False
    return True


TEI_RULES = Rules(skip=frozenset(), breaks=_TEI_BREAKS, within="text", allowed=_tei_allowed)


# XML's escapes, as xml.sax.saxutils writes them: importing that module imports urllib's
# and http's (a sixteenth of the time of importing archcite) for two functions.
def _escape(text: str) -> str:
    """``text`` as XML character data: ``&``, ``<`` and ``>`` escaped."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _quoteattr(value: str) -> str:
    """``value`` as a quoted XML attribute value: in double quotes, or in single quotes
    where it holds a double quote and no single one; line ends and tabs as references."""
    value = _escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'


def _attributes(values: Iterable[tuple[str, str | None]]) -> str:
    return "".join(f" {key}={_quoteattr(value)}" for key, value in values if value is not None)


def _tag(name: str, *values: tuple[str, str | None], empty: bool = False) -> str:
    return f"<{name}{_attributes(values)}{'/' if empty else ''}>"


# XML whitespace: the only characters that may stand between the elements of <msIdentifier>.
_XML_SPACE = " \t\r\n"


# The parts of a reference that <msIdentifier> holds, in the order it holds them.
_IDENTIFIER_ORDER = {"archive": 0, "fond": 1, "levels": 2}


def _sorted_parts(found: tuple[Part, ...] | None) -> tuple[list[Part], list[Part]]:
    """The written parts that go into ``<msIdentifier>`` (a run in its order: archive,
    fond, the levels below), and those that follow it (folios, an archive named last)."""
    inside: list[Part] = []
    rest: list[Part] = []
    for part in found or ():
        if part.kind == "words" and not inside:
            continue  # "Ibid., " stays text of the <bibl>
        order = _IDENTIFIER_ORDER.get(part.kind)
        if (
            not rest
            and order is not None
            and (not inside or order > _IDENTIFIER_ORDER[inside[-1].kind])
        ):
            inside.append(part)
        else:
            rest.append(part)
    return inside, rest


def _identifier(match: Match, inside: list[Part], at: int) -> list[tuple[int, str]]:
    """The ``<msIdentifier>`` edits: what the registry and the resolved reference know,
    and the written parts, each with the punctuation after it."""
    resolved, text = match.resolved, match.text
    archive = registry.find(resolved.archive_id) if resolved.archive_id else None
    head = ""
    if archive is not None:
        head = (
            f"<country>{_escape(archive.country)}</country>"
            f"<settlement>{_escape(archive.city)}</settlement>"
        )
    ref = f"#{resolved.archive_id}" if resolved.archive_id else None
    slots: tuple[tuple[str, str, tuple[str, str | None]], ...] = (
        ("archive", "repository", ("ref", ref)),
        ("fond", "collection", ("n", resolved.fond)),
        ("levels", "idno", ("type", "shelfmark")),
    )
    written: dict[str, Part] = {part.kind: part for part in inside}
    body: list[tuple[int, str]] = []
    position = at
    for kind, element, attribute in slots:
        part = written.get(kind)
        if part is None:
            # Not written here: given by its attribute alone, where the reference has it.
            if attribute[1] is not None and kind != "levels":
                body.append((position, _tag(element, attribute, empty=True)))
            continue
        end = part.end
        following = inside.index(part) + 1
        if following < len(inside):
            gap = text[part.end : inside[following].start]
            end += len(gap.rstrip(_XML_SPACE))
        body += [(part.start, _tag(element, attribute)), (end, f"</{element}>")]
        position = end
    if not (head or body):
        return []
    close = inside[-1].end if inside else at
    return [(at, "<msIdentifier>" + head), *body, (close, "</msIdentifier>")]


def _following(match: Match, rest: list[Part]) -> list[tuple[int, str]]:
    """The edits after ``<msIdentifier>``: the folios, an archive named after the levels."""
    folios = match.reference.folios
    archive_id = match.resolved.archive_id
    edits: list[tuple[int, str]] = []
    for part in rest:
        if part.kind == "folios" and folios is not None:
            unit = "page" if folios.unit == "page" else "folio"
            bounds: tuple[tuple[str, str | None], ...] = ()
            if len(folios) == 1:
                only = folios.items[0]
                bounds = (("from", str(only.start)), ("to", str(only.end or only.start)))
            edits.append((part.start, _tag("citedRange", ("unit", unit), *bounds)))
            edits.append((part.end, "</citedRange>"))
        elif part.kind == "archive":
            ref = f"#{archive_id}" if archive_id else None
            edits += [(part.start, _tag("orgName", ("ref", ref))), (part.end, "</orgName>")]
    return edits


def _edits(match: Match, style: str, flat: bool) -> list[tuple[int, str]]:
    """Where the markup of one reference goes, as offsets into its text, in order.

    ``flat``: the text holds markup of its own and is not cut; the levels then go into
    empty elements at its start.
    """
    inside, rest = _sorted_parts(None if flat else parts(match))
    at = inside[0].start if inside else (rest[0].start if rest else 0)
    kind, normal = match.kind, format_reference(match.resolved, style)
    opening = _tag("bibl", ("type", "archival"), ("subtype", kind), ("n", normal))
    return [
        (0, opening),
        *_identifier(match, inside, at),
        *_following(match, rest),
        (len(match.text), "</bibl>"),
    ]


def bibl(match: Match, style: str = "chicago") -> str:
    """One match as a TEI ``<bibl>``, its text escaped."""
    return _written(match.text, _edits(match, style, False))


# Characters XML 1.0 cannot hold, not even as references (a lone surrogate cannot even be
# written): each becomes U+FFFD, but a form feed, a page break in text taken from a PDF,
# becomes <pb/> where it stands between references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escaped(text: str, page_breaks: bool = True) -> str:
    escaped = _escape(text)
    if page_breaks:
        escaped = escaped.replace("\x0c", "<pb/>")
    return _NOT_XML.sub("\ufffd", escaped)


def _written(text: str, edits: Sequence[tuple[int, str]]) -> str:
    """``text`` escaped, with the markup of ``edits`` inserted at their offsets."""
    out: list[str] = []
    position = 0
    depth = 0  # inside a <bibl>, where a <pb/> may not stand in every part
    for at, markup in edits:
        out.append(_escaped(text[position:at], page_breaks=depth == 0))
        out.append(markup)
        depth += markup.startswith("<bibl ") - (markup == "</bibl>")
        position = at
    return "".join(out) + _escaped(text[position:], page_breaks=depth == 0)


def list_org(ids: Iterable[str]) -> str:
    """A TEI ``<listOrg>`` of the registry's archives, each an ``<org xml:id>`` that
    ``<repository ref="#…">`` points at: its names through time, its city and country.

    >>> print(list_org(["RGANI"]))  # doctest: +ELLIPSIS
    <listOrg><org xml:id="RGANI"><orgName type="acronym" xml:lang="ru" from="1999">РГАНИ...
    """
    orgs: list[str] = []
    for archive_id in dict.fromkeys(ids):
        archive = registry.lookup(archive_id)
        names: list[str] = []
        for name in archive.originals:
            dated = (
                ("xml:lang", name.language),
                ("from", f"{name.valid_from:04d}" if name.valid_from else None),
                ("to", f"{name.valid_to:04d}" if name.valid_to else None),
            )
            for kind, value in (("acronym", name.acronym), ("full", name.full)):
                if value:
                    names.append(
                        f"{_tag('orgName', ('type', kind), *dated)}{_escape(value)}</orgName>"
                    )
        english = archive.english
        if english and archive.current.language != "en":
            names.append(f'<orgName type="full" xml:lang="en">{_escape(english)}</orgName>')
        place = (
            f"<placeName><settlement>{_escape(archive.city)}</settlement>"
            f"<country>{_escape(archive.country)}</country></placeName>"
        )
        orgs.append(f"{_tag('org', ('xml:id', archive.id))}{''.join(names)}{place}</org>")
    return f"<listOrg>{''.join(orgs)}</listOrg>" if orgs else ""


def _archive_ids(matches: Iterable[Match]) -> list[str]:
    return [m.resolved.archive_id for m in matches if m.resolved.archive_id is not None]


_DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader>
<fileDesc>
<titleStmt><title>{title}</title></titleStmt>
<publicationStmt><p>Archival references marked by archcite.</p></publicationStmt>
<sourceDesc><p>A plain text.</p></sourceDesc>
</fileDesc>
</teiHeader>
{stand_off}<text>
<body>{body}</body>
</text>
</TEI>
"""
# A paragraph ends at a blank line; the spaces around it stand between the <p>s.
_PARAGRAPH_BREAK = re.compile(r"[ \t\r]*\n[ \t\r]*\n[ \t\r\n]*")
_LEADING = re.compile(r"[ \t\r\n]*")


def from_text(
    text: str,
    matches: Sequence[Match],
    style: str,
    title: str = "Annotated text",
    *,
    archives: bool = True,
) -> str:
    """Plain ``text`` as a TEI document: a ``<p>`` for each paragraph, a ``<bibl>`` for
    each match, and with ``archives`` a ``<listOrg>`` of their archives in ``<standOff>``."""
    paragraphs = _paragraphs(text, matches)
    edits: list[tuple[int, str]] = []
    pending = iter(matches)
    match = next(pending, None)
    for begin, end in paragraphs:
        edits.append((begin, "<p>"))
        while match is not None and match.span[0] < end:
            edits.extend((match.span[0] + at, markup) for at, markup in _edits(match, style, False))
            match = next(pending, None)
        edits.append((end, "</p>"))
    body = _written(text, edits) if paragraphs else f"{_escaped(text)}<p/>"
    listed = list_org(_archive_ids(matches)) if archives else ""
    stand_off = f"<standOff>{listed}</standOff>\n" if listed else ""
    return _DOCUMENT.format(title=_escape(title), stand_off=stand_off, body=body)


def _paragraphs(text: str, matches: Sequence[Match]) -> list[tuple[int, int]]:
    """Where each paragraph of ``text`` starts and ends: blank lines part them, unless
    they stand inside a reference; spaces before and after the text are no paragraph."""
    spans = iter(match.span for match in matches)
    span = next(spans, None)
    leading = _LEADING.match(text)
    start = leading.end() if leading is not None else 0
    paragraphs: list[tuple[int, int]] = []
    for found in _PARAGRAPH_BREAK.finditer(text):
        while span is not None and span[1] <= found.start():
            span = next(spans, None)
        if span is not None and span[0] < found.start():
            continue  # inside a reference
        if found.start() > start:
            paragraphs.append((start, found.start()))
        start = max(start, found.end())
    end = len(text.rstrip(_XML_SPACE))
    if end > start:
        paragraphs.append((start, end))
    return paragraphs


def from_tei(source: str, style: str, *, archives: bool = True) -> str:
    """A TEI document with each reference in its ``<text>`` marked where it stands.

    A reference is marked where a ``<bibl>`` may stand and the reference does not run out
    of the element it starts in; the others are left as they were.
    """
    markup = Markup.read(source, TEI_RULES)
    edits: list[tuple[int, str]] = []
    marked: list[Match] = []
    for match in extract(markup.text):
        pieces = markup.pieces(*match.span, split=False)
        if not pieces:
            continue
        begin, finish = pieces[0]
        container = markup.container(begin)
        if not container or container[-1] not in BIBL_ALLOWED:
            continue  # widened over <hi>s whose parent takes no <bibl>: "<date><hi>…"
        start, end = match.span
        # Markup inside the reference ("<hi>TsKhSD</hi>, F. 89") keeps the text whole:
        # the levels then go into empty elements at its start.
        plain = finish - begin == markup.source_end(end - 1) - markup.source_start(start) and (
            not markup.has_markup(begin, finish)
        )
        for at, written in _edits(match, style, flat=not plain):
            if at == 0:
                edits.append((begin, written))
            elif at == len(match.text):
                edits.append((finish, written))
            else:
                edits.append((markup.source_start(start + at), written))
        marked.append(match)
    if archives:
        edits.extend(_stand_off(markup, source, _archive_ids(marked)))
    edits.sort(key=lambda edit: edit[0])
    return insert(source, edits)


def _stand_off(markup: Markup, source: str, ids: list[str]) -> list[tuple[int, str]]:
    """The ``<listOrg>`` in the document's ``<standOff>``, or a new one after its header;
    archives the document already gives an ``xml:id`` are not listed again."""
    ids = [i for i in dict.fromkeys(ids) if not re.search(rf"""xml:id\s*=\s*["']{i}["']""", source)]
    listed = list_org(ids)
    if not listed:
        return []
    for token in markup.tokens:
        if token.kind == "close" and token.name == "standoff":
            return [(token.start, listed)]
    for token in markup.tokens:
        if token.kind == "close" and token.name == "teiheader":
            return [(token.end, f"<standOff>{listed}</standOff>")]
    return []
