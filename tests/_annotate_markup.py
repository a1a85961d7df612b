"""What the annotate tests share: undoing the markup archcite adds, checking nesting, and
HTML and TEI inputs built from the footnotes of archcite.strategies."""

from __future__ import annotations

import html
import itertools
import re
from html.parser import HTMLParser

from hypothesis import strategies as st

from archcite import strategies as ac
from archcite.markup.align import element_names

# --- undoing what annotate adds ---------------------------------------------------------

_ADDED_HTML = re.compile(r'<cite class="archcite(?:-part)?"[^>]*>|</cite>|<a href="[^"]*">|</a>')


def strip_html(annotated: str) -> str:
    """An annotated HTML source without the ``<cite>`` and ``<a>`` archcite added (the
    inputs these tests annotate have none of their own)."""
    return _ADDED_HTML.sub("", annotated)


def html_fragment_text(annotated: str) -> str:
    """The plain text an HTML fragment made from text holds."""
    return html.unescape(strip_html(annotated))


_STAND_OFF = re.compile(r"<standOff><listOrg>.*?</listOrg></standOff>", re.DOTALL)
_ADDED_TEI = re.compile(
    r"<country>[^<]*</country>|<settlement>[^<]*</settlement>"
    r"|</?(?:bibl|msIdentifier|repository|collection|idno|citedRange|orgName)\b[^>]*>"
)


def strip_tei(annotated: str) -> str:
    """An annotated TEI source without what archcite added: its ``<standOff>`` list of
    archives, and the elements of each ``<bibl type="archival">`` with the country and
    city it supplied."""
    return _ADDED_TEI.sub("", _STAND_OFF.sub("", annotated))


def tei_document_text(document: str) -> str:
    """The plain text a TEI document made from text holds: its ``<body>`` without tags."""
    body = document[document.index("<body>") + 6 : document.rindex("</body>")]
    body = re.sub(r"</?p>|<p/>", "", strip_tei(body))
    return (
        body.replace("<pb/>", "\x0c")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
    )


# --- nesting ------------------------------------------------------------------------------

_VOID = element_names("area base br col embed hr img input link meta param source track wbr")


class _Nesting(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in _VOID:
            if tag in ("a", "cite") and tag in self.stack:
                self.problems.append(f"<{tag}> inside <{tag}>")
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            self.problems.append(f"</{tag}> closes nothing")
        elif self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1]}")
            while self.stack.pop() != tag:
                pass
        else:
            self.stack.pop()


def nesting_problems(source: str) -> list[str]:
    """Every end tag that does not close the element open last, every ``<a>`` in an ``<a>``
    and ``<cite>`` in a ``<cite>``, and what is left open."""
    checker = _Nesting()
    checker.feed(source)
    checker.close()
    return checker.problems + [f"<{name}> left open" for name in checker.stack]


# --- inputs made from footnotes -----------------------------------------------------------

_INLINE = ("i", "b", "em", "span", "sup", "small")


def _wrapped(draw: st.DrawFn, text: str, wrap: st.SearchStrategy[tuple[str, str]]) -> str:
    """``text`` escaped and cut at random places, some runs between start and end tags
    drawn from ``wrap``: references cut across markup as well as wrapped whole."""
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    out: list[str] = []
    for start, end in itertools.pairwise([0, *cuts, len(text)]):
        run = html.escape(text[start:end], quote=False)
        if run and draw(st.booleans()):
            opening, closing = draw(wrap)
            run = f"{opening}{run}{closing}"
        out.append(run)
    return "".join(out)


_INLINE = st.sampled_from(
    [
        ("<i>", "</i>"),
        ("<b>", "</b>"),
        ("<em>", "</em>"),
        ('<span class="x">', "</span>"),
        ("<sup>", "</sup>"),
        ("<!-- F. 1, op. 2, d. 3 --><small>", "</small>"),
    ]
)


@st.composite
def html_notes(draw: st.DrawFn) -> tuple[str, str]:
    """``(source, text)``: a footnote of archcite.strategies as an HTML paragraph, inline
    tags (and comments) wrapped around runs of it at random, across references too."""
    text, _ = draw(ac.footnotes(max_refs=4))
    return f'<p title="F. 5, op. 6, d. 7">{_wrapped(draw, text, _INLINE)}</p>', text


@st.composite
def tei_notes(draw: st.DrawFn) -> tuple[str, str]:
    """``(document, text)``: a footnote in a TEI document's ``<note>``, ``<hi>`` around
    runs of it."""
    text, _ = draw(ac.footnotes(max_refs=4))
    return tei_document(_wrapped(draw, text, st.just(('<hi rend="italic">', "</hi>")))), text


def tei_document(body_xml: str, *, title: str = "Notes") -> str:
    """A minimal TEI P5 document with ``body_xml`` as the content of a ``<note>`` in a
    paragraph."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
        f"<teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt>"
        "<publicationStmt><p>Test.</p></publicationStmt>"
        "<sourceDesc><p>F. 1, op. 2, d. 3 is not read in the header.</p></sourceDesc>"
        "</fileDesc></teiHeader>\n"
        f'<text><body><p>Notes.<note place="foot">{body_xml}</note></p></body></text></TEI>\n'
    )


_SOUP_TAGS = (
    "<i>",
    "</i>",
    "<b>",
    "</b>",
    "<p>",
    "</p>",
    "<li>",
    '<a href="/x">',
    "</a>",
    "<br>",
    '<span class="y">',
    "</span>",
    "<!-- F. 1, op. 2, d. 3 -->",
    "<script>F. 1, op. 2, d. 3</script>",
    '<cite class="archcite">F. 7, op. 8, d. 9</cite>',
    "&nbsp;",
    "&#x41;",
)


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    """A footnote of archcite.strategies with tags dropped into it anywhere, matched or
    not, and comments, scripts, entities and a reference marked before."""
    text, _ = draw(ac.footnotes(min_refs=1, max_refs=4))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    out: list[str] = []
    position = 0
    for cut in cuts:
        out.append(html.escape(text[position:cut], quote=False))
        out.append(draw(st.sampled_from(_SOUP_TAGS)))
        position = cut
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)
