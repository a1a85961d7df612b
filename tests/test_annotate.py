"""archcite.annotate: references marked up in HTML, everything else given back as it was."""

from __future__ import annotations

import re
import time
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import archcite
from _annotate_markup import (
    html_fragment_text,
    html_notes,
    html_soup,
    nesting_problems,
    strip_html,
)
from archcite import Match, annotate, extract, parse
from archcite import strategies as ac
from archcite.markup.align import BREAK, HTML_RULES, Markup
from archcite.markup.html import from_text
from archcite.markup.html import page as html_page

SEED = (Path(__file__).parent / "data" / "seed_working_notes.txt").read_text("utf-8")
NOTE = "See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14; d. 6, l. 2. Ibid., l. 15."


def _cites(annotated: str) -> list[str]:
    return re.findall(r'<cite class="archcite"[^>]*>', annotated)


# --- plain text to HTML --------------------------------------------------------------------


def test_a_full_reference_carries_its_levels_and_its_normal_form() -> None:
    (cite,) = _cites(annotate("in TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14.", style="gost"))
    assert cite == (
        '<cite class="archcite" data-kind="full" data-archive="TsKhSD" data-archive-id="RGANI" '
        'data-fond="89" data-opis="2" data-delo="5" data-folios="13-14" '
        'title="ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.">'
    )


def test_continuations_and_ibid_forms_carry_their_resolved_levels() -> None:
    annotated = annotate(NOTE)
    full, continuation, ibid = _cites(annotated)
    assert 'data-delo="5"' in full
    assert 'data-kind="continuation"' in continuation and 'data-delo="6"' in continuation
    assert 'data-fond="89"' in continuation and 'data-archive-id="RGANI"' in continuation
    assert 'data-kind="ibid"' in ibid and 'data-delo="6"' in ibid and 'data-folios="15"' in ibid
    assert ">Ibid., l. 15</cite>" in annotated


def test_pages_are_said_to_be_pages() -> None:
    text = "GARF, f. 5446, op. 1, d. 5, pp. 34-35"
    written = parse(text)
    assert written.folios is not None
    pages = attrs.evolve(written, folios=attrs.evolve(written.folios, unit="page"))
    match = Match(pages, pages, "full", (0, len(text)), text)
    (cite,) = _cites(from_text(text, [match], "chicago"))
    assert 'data-folios="34-35" data-folio-unit="page"' in cite


def test_text_is_escaped_and_comes_back_exactly() -> None:
    text = 'A <b> & "quoted" F. 1, op. 2, d. 3 &amp; no tag\r\n'
    annotated = annotate(text)
    assert "<b>" not in annotated and "&amp;amp;" in annotated
    assert html_fragment_text(annotated) == text


def test_a_link_wraps_the_text_of_each_reference() -> None:
    annotated = annotate(NOTE, link=lambda ref: f"https://example.org/{ref.fond}?d={ref.delo}&x")
    assert annotated.count('<a href="https://example.org/89?d=5&amp;x">') == 1
    assert annotated.count("<a href=") == 3 and nesting_problems(annotated) == []


def test_no_link_where_the_callable_gives_none() -> None:
    annotated = annotate(NOTE, link=lambda ref: None if ref.delo == "6" else "/x")
    assert annotated.count("<a href=") == 1


def test_text_without_references_comes_back_escaped_only() -> None:
    assert annotate("op. cit., p. 5 & vol. 2") == "op. cit., p. 5 &amp; vol. 2"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: annotate("x", "pdf"), ValueError),  # type: ignore[arg-type]
        (lambda: annotate("x", source="rtf"), ValueError),  # type: ignore[arg-type]
        (lambda: annotate("x", "tei", source="html"), ValueError),
        (lambda: annotate("x", "tei", link=lambda r: "/"), ValueError),
        (lambda: annotate("x", style="harvard"), archcite.UnknownStyle),
        (lambda: annotate(b"x"), TypeError),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_refused(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]


@settings(max_examples=60, deadline=None)
@given(ac.footnotes(max_refs=5))
def test_removing_the_markup_gives_generated_footnotes_back(pair: tuple[str, object]) -> None:
    text, _ = pair
    annotated = annotate(text, link=lambda ref: f"/ref/{ref.fond}")
    assert html_fragment_text(annotated) == text
    assert len(_cites(annotated)) == len(extract(text))
    assert nesting_problems(annotated) == []


def test_the_seed_document_has_its_seven_references_marked() -> None:
    annotated = annotate(SEED)
    assert len(_cites(annotated)) == 7 and html_fragment_text(annotated) == SEED


# --- HTML in place -------------------------------------------------------------------------


def test_a_reference_across_an_inline_tag_encloses_it_whole() -> None:
    source = "<p>See <i>TsKhSD</i>, F. 89, Op. 2, D. 5.</p>"
    annotated = annotate(source, source="html")
    assert re.search(
        r'<cite class="archcite"[^>]*><i>TsKhSD</i>, F. 89, Op. 2, D. 5</cite>', annotated
    )
    assert strip_html(annotated) == source


def test_a_reference_that_runs_out_of_an_element_is_cut_in_pieces() -> None:
    source = "<p><i>See TsKhSD</i>, F. 89, <b>Op. 2, D. 5 and</b> more.</p>"
    annotated = annotate(source, source="html")
    assert nesting_problems(annotated) == []
    assert strip_html(annotated) == source
    assert len(_cites(annotated)) == 1
    assert annotated.count('<cite class="archcite-part"') == 2
    assert re.search(r"<i>See <cite [^>]*>TsKhSD</cite></i>", annotated)


def test_entities_are_read_as_their_characters() -> None:
    source = "<p>A &amp; B: GARF, f.&nbsp;R-9401, op.&#160;2, d.&#x20;64 &lt;end&gt;</p>"
    annotated = annotate(source, source="html")
    (cite,) = _cites(annotated)
    assert 'data-fond="R-9401"' in cite and 'data-delo="64"' in cite
    assert "GARF, f.&nbsp;R-9401, op.&#160;2, d.&#x20;64</cite>" in annotated
    assert strip_html(annotated) == source


def test_script_style_comments_and_attributes_are_never_annotated() -> None:
    source = (
        "<html><head><title>F. 1, op. 2, d. 3</title><style>/* F. 1, op. 2, d. 3 */</style>"
        '</head><body><p title="F. 1, op. 2, d. 3">Text</p><!-- F. 1, op. 2, d. 3 -->'
        '<script>var s = "F. 1, op. 2, d. 3 </p>";</script>'
        "<textarea>F. 1, op. 2, d. 3</textarea><p>F. 9, op. 8, d. 7</p></body></html>"
    )
    annotated = annotate(source, source="html")
    assert len(_cites(annotated)) == 1 and 'data-fond="9"' in annotated
    assert strip_html(annotated) == source


def test_a_head_left_open_does_not_hide_the_body() -> None:
    annotated = annotate(
        "<html><head><title>Notes</title><body><p>F. 9, op. 8, d. 7", source="html"
    )
    assert len(_cites(annotated)) == 1


def test_a_comment_inside_a_reference_stays_inside_it() -> None:
    source = "<p>F. 9, <!-- x -->op. 8, d. 7</p>"
    annotated = annotate(source, source="html")
    assert "<!-- x -->op. 8, d. 7</cite>" in annotated


def test_no_reference_runs_across_a_block() -> None:
    markup = Markup.read("<li>F. 9,</li><li>op. 8, d. 7</li>", HTML_RULES)
    assert BREAK in markup.text
    annotated = annotate("<ul><li>See F. 9,</li><li>op. 8, d. 7</li></ul>", source="html")
    assert _cites(annotated) == []


def test_a_line_break_does_not_end_a_reference() -> None:
    annotated = annotate("<p>F. 9, op. 8,<br>d. 7</p>", source="html")
    assert re.search(r"<cite [^>]*>F. 9, op. 8,<br>d. 7</cite>", annotated)


def test_a_link_is_not_put_inside_a_link() -> None:
    source = '<p><a href="/doc">TsKhSD, F. 89</a>, Op. 2, D. 5 and F. 1, op. 2, d. 3</p>'
    annotated = annotate(source, source="html", link=lambda ref: "/new")
    assert nesting_problems(annotated) == []
    # The first reference holds the editor's own link: only the second gets one.
    assert annotated.count('<a href="/new">') == 1 and annotated.count('<a href="/doc">') == 1
    assert re.search(r'<a href="/new">F. 1, op. 2, d. 3</a>', annotated)
    inside = annotate(
        '<p><a href="/doc">See TsKhSD, F. 89</a>, Op. 2, D. 5</p>',
        source="html",
        link=lambda ref: "/new",
    )
    assert nesting_problems(inside) == [] and '<a href="/new">, Op. 2, D. 5</a>' in inside


def test_annotating_twice_changes_nothing() -> None:
    once = annotate(f"<p>{NOTE}</p>", source="html")
    assert annotate(once, source="html") == once
    page = html_page(annotate(SEED))
    assert annotate(page, source="html") == page


def test_implied_end_tags_do_not_confuse_the_nesting() -> None:
    source = "<ul><li>See <b>F. 9, op. 8</b>, d. 7<li>and F. 1, op. 2, d. 3</ul><p>tail"
    annotated = annotate(source, source="html")
    assert len(_cites(annotated)) == 2 and strip_html(annotated) == source


@settings(max_examples=80, deadline=None)
@given(html_notes())
def test_removing_the_markup_gives_generated_html_back(pair: tuple[str, str]) -> None:
    source, text = pair
    annotated = annotate(source, source="html")
    assert strip_html(annotated) == source
    assert nesting_problems(annotated) == []
    markup = Markup.read(source, HTML_RULES)
    assert markup.text.strip(BREAK) == text
    assert len(_cites(annotated)) == len(extract(markup.text))


@settings(max_examples=300, deadline=None)
@given(html_soup())
def test_any_markup_keeps_its_text_and_gains_no_nesting_problem(source: str) -> None:
    annotated = annotate(source, source="html", link=lambda ref: "/r")
    assert strip_html(annotated) == strip_html(source)
    assert nesting_problems(annotated) == nesting_problems(source)


# --- speed ---------------------------------------------------------------------------------


def test_a_megabyte_is_annotated_in_about_the_time_extract_takes() -> None:
    text = (SEED + "\n\n") * (1_000_000 // len(SEED))
    started = time.perf_counter()
    extract(text)
    extracting = time.perf_counter() - started
    started = time.perf_counter()
    annotate(text)
    annotating = time.perf_counter() - started
    assert annotating < 1.5 * extracting + 0.2, (annotating, extracting)


def test_an_element_holding_a_stray_end_tag_is_cut_not_wrapped_whole() -> None:
    # "<i>A</a></i>": the stray </a> would close the inserted link, so the <i> around it
    # is cut at its own tags rather than wrapped in a piece that does not nest.
    source = "<i>&#x41;</a></i>See f. 1, op. 1, d. 1, l. 1."
    annotated = annotate(source, source="html", link=lambda reference: "/r")
    assert strip_html(annotated) == strip_html(source)
    assert nesting_problems(annotated) == nesting_problems(source)
