"""The format registry: each format module registers itself; names, readers and writers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from archcite import interop
from archcite.interop import Format, formats, reader, writer
from archcite.model import DocumentCitation
from archcite.strategies import citation_values


def test_the_formats_are_listed_sorted() -> None:
    assert formats() == ["bibtex", "csl-json", "ris"]


@pytest.mark.parametrize(
    ("name", "read", "write"),
    [
        ("bibtex", interop.from_bibtex, interop.to_bibtex),
        ("ris", interop.from_ris, interop.to_ris),
        ("csl-json", interop.from_csl_json, None),
    ],
)
def test_reader_and_writer_are_the_formats_functions(
    name: str, read: object, write: object
) -> None:
    assert reader(name) is read
    if write is not None:
        assert writer(name) is write


@settings(max_examples=30, deadline=None)
@given(citation_values())
def test_every_format_writes_text_its_reader_reads_back(citation: DocumentCitation) -> None:
    for name in formats():
        text = writer(name)([citation])
        assert isinstance(text, str)
        assert reader(name)(text) == [citation]


def test_csl_json_writer_passes_options_on() -> None:
    assert '"archive-place"' not in writer("csl-json")(
        [
            DocumentCitation(
                references=(
                    interop.from_ris(
                        "TY  - MANSCPT\nDB  - GARF\nAN  - f. 1, op. 1, d. 1\nER  - \n"
                    )[0].references
                )
            )
        ],
        zotero=True,
    )


def test_an_unknown_name_is_a_value_error_naming_the_known_ones() -> None:
    for lookup in (reader, writer):
        with pytest.raises(
            ValueError,
            match=r"unknown format 'endnote'; known formats: "
            r"bibtex, csl-json, ris",
        ):
            lookup("endnote")


def test_a_new_format_is_one_registration() -> None:
    from archcite.interop import _formats

    plain = Format(
        "titles",
        lambda cits: "\n".join(c.title or "" for c in cits),
        lambda text, strict=False: interop.ImportResult(),
        "one title a line",
    )
    _formats.register(plain)
    try:
        assert "titles" in formats() and writer("titles")([DocumentCitation(title="A")]) == "A"
    finally:
        del _formats._FORMATS["titles"]
