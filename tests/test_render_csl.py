"""render_csl: any CSL style through citeproc-py, with renamed style names resolved."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings

import archcite
from archcite.interop import render_csl
from archcite.interop.render import resolve_style
from archcite.model import Contributor, DocumentCitation, PartialDate
from archcite.strategies import citation_values

INFORMATSIYA = DocumentCitation(
    title="Informatsiya",
    date=PartialDate(1956, 11, 27),
    references=(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17"),),
)
NOTES = DocumentCitation(
    title="Working Notes",
    authors=("V. N. Chernukha",),
    collection="Malin Collection",
    references=(archcite.parse("TsKhSD, F. 3, Op. 12, D. 1006, L. 52"),),
)


def test_chicago_note_labels_the_folios_and_names_the_archive() -> None:
    rendered = render_csl([INFORMATSIYA, NOTES])
    assert rendered.notes[0] == (
        "“Informatsiya”, November 27, 1956, f. 89, op. 2, d. 5, fols. 16–17, TsKhSD, Moscow."
    )
    assert rendered.notes[1].startswith("V. N. Chernukha, “Working Notes”")
    assert "fol. 52, Malin Collection, TsKhSD, Moscow." in rendered.notes[1]
    assert len(rendered.bibliography) == 2


def test_renamed_style_names_are_followed() -> None:
    assert resolve_style("chicago-fullnote-bibliography").endswith("chicago-notes-bibliography.csl")
    old = render_csl([INFORMATSIYA], "chicago-fullnote-bibliography")
    assert old == render_csl([INFORMATSIYA])


def test_unknown_style_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown CSL style"):
        render_csl([INFORMATSIYA], "no-such-style")


def test_locale_and_html_output() -> None:
    rendered = render_csl([INFORMATSIYA], locale="ru-RU", output="html")
    assert "лл. 16–17" in rendered.notes[0]


def test_missing_extra_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "citeproc", None)
    with pytest.raises(ImportError, match=r"archcite\[csl\]"):
        render_csl([INFORMATSIYA])


@settings(max_examples=15, deadline=None)
@given(citation_values())
def test_any_citation_renders(citation: DocumentCitation) -> None:
    # compiler and contributor (CSL 1.0.2) and literal names once broke citeproc-py.
    rendered = render_csl([citation])
    assert len(rendered.notes) == 1


# What citeproc-py makes of archcite's CSL-JSON (the citeproc-py column of docs/interop.md).


def test_a_title_in_another_language_keeps_its_case_and_an_english_one_is_title_cased() -> None:
    ref = archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")
    [russian] = render_csl(
        [DocumentCitation(title="Vypiska iz protokola", references=(ref,))]
    ).notes
    [english] = render_csl(
        [DocumentCitation(title="notes of a conversation", references=(ref,))]
    ).notes
    assert russian.startswith("“Vypiska iz protokola”")
    assert english.startswith("“Notes of a Conversation”")


def test_a_letter_has_its_recipient_and_full_date() -> None:
    letter = archcite.parse_citation(
        "I. V. Stalin to L. M. Kaganovich, 12 August 1932, RGASPI, F. 81, Op. 3, D. 99, L. 5."
    )
    assert render_csl([letter]).notes == (
        "I. V. Stalin to L. M. Kaganovich, August 12, 1932, f. 81, op. 3, d. 99, fol. 5, "
        "RGASPI, Moscow.",
    )


def test_an_untitled_documents_description_is_unquoted() -> None:
    untitled = archcite.parse_citation(
        "РО ИРЛИ. Ф. 568. Оп. 1. Д. 1. [Фомин А.Г. Материалы по истории русской библиографии]."
    )
    assert render_csl([untitled]).notes == (
        "А. Г. Фомин, Материалы по истории русской библиографии, n.d., f. 568, op. 1, d. 1, "
        "РО ИРЛИ, St Petersburg.",
    )


def test_citeproc_py_prints_no_compiler() -> None:
    """citeproc-py knows CSL 1.0.1's names only; CSL 1.0.2's compiler is left out."""
    [note] = render_csl(
        [
            DocumentCitation(
                title="Working Notes",
                references=NOTES.references,
                contributors=(Contributor("V. N. Chernukha", "compiler"),),
            )
        ]
    ).notes
    assert "Chernukha" not in note and note.startswith("“Working Notes”")
