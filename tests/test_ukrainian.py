"""Ukrainian archives and the DSTU 8302:2015 style: Ukrainian labels, Ukrainian names."""

from __future__ import annotations

import attrs
import pytest

from archcite import ArchivalReference, Folio, FolioRange, Folios, extract, normalise, parse

TSDAVO = "ЦДАВО України. Ф. 1. Оп. 20. Спр. 6277. Арк. 233–235."


def test_dstu_writes_the_standards_example() -> None:
    assert parse(TSDAVO).format("dstu") == TSDAVO


@pytest.mark.parametrize(
    "cited",
    [
        "TsDAVO, f. 1, op. 20, spr. 6277, ark. 233-235",
        "TsDAVO Ukrainy, F. 1, Op. 20, D. 6277, Ll. 233-235",
        "ЦДАВО України, ф. 1, оп. 20, спр. 6277, арк. 233–235",
        "ЦДАВО. Ф. 1. Оп. 20. Д. 6277. Л. 233-35",
    ],
)
def test_dstu_writes_ukrainian_labels_whatever_the_citation_had(cited: str) -> None:
    written = parse(cited).format("dstu")
    assert written.endswith("Ф. 1. Оп. 20. Спр. 6277. Арк. 233–235.")
    assert "Д." not in written and "Л." not in written


def test_dstu_labels_every_level_in_ukrainian() -> None:
    reference = ArchivalReference(
        archive="ЦДАГО України",
        archive_id="TsDAHO",
        fond="1",
        opis="2",
        razdel="3",
        korobka="4",
        ed_khr="5",
        tom="6",
        chast="7",
        folios=Folios((FolioRange(Folio(8), Folio(9, verso=True)),)),
        rolik="10",
    )
    assert reference.format("dstu") == (
        "ЦДАГО України. Ф. 1. Оп. 2. Розд. 3. Кор. 4. Од. зб. 5. Т. 6. Ч. 7. Арк. 8–9 зв. Ролик 10."
    )
    assert parse(reference.format("dstu")) == reference


def test_dstu_verso_pages_papka_and_title() -> None:
    verso = parse("TsDAHO, f. 1, op. 23, d. 5, l. 52ob.")
    assert verso.format("dstu") == "ЦДАГО України. Ф. 1. Оп. 23. Спр. 5. Арк. 52 зв."
    pages = attrs.evolve(verso, folios=Folios((FolioRange(Folio(34), Folio(35)),), unit="page"))
    assert pages.format("dstu").endswith("Спр. 5. С. 34–35.")
    papka = parse("AVP RF, f. 06, op. 9, p. 12, d. 5")
    assert papka.format("dstu") == "АВП РФ. Ф. 06. Оп. 9. Папка 12. Спр. 5."
    assert parse(papka.format("dstu")).papka == "12"
    titled = ArchivalReference(archive="ЦДАВО України", fond="1", title="Центральна Рада")
    assert titled.format("dstu") == "ЦДАВО України. Ф. 1 (Центральна Рада)."


def test_dstu_modern_puts_todays_ukrainian_name_first() -> None:
    written = parse("TsGAOR USSR, f. 1, op. 1, d. 1").format("dstu", modern=True)
    assert written == "ЦДАВО України (колишній ЦГАОР УССР). Ф. 1. Оп. 1. Спр. 1."


def test_dstu_writes_an_ibid_form_in_ukrainian() -> None:
    text = "ЦДАВО України. Ф. 1. Оп. 20. Спр. 6277. Арк. 233. Ibid., l. 235."
    assert normalise(text, "dstu") == (
        "ЦДАВО України. Ф. 1. Оп. 20. Спр. 6277. Арк. 233. Там само. Арк. 235."
    )


@pytest.mark.parametrize(
    ("cited", "own"),
    [
        ("TsDIAK", "ЦДІАК України"),
        ("TsDIAK Ukrainy", "ЦДІАК України"),
        ("HDA SBU", "ГДА СБУ"),
        ("CDAVO", "ЦДАВО України"),
        ("TsDAZhR URSR", "ЦДАЖР УРСР"),
        ("DAViO", "ДАВіО"),
    ],
)
@pytest.mark.parametrize("style", ["gost", "dstu"])
def test_a_ukrainian_archive_keeps_the_ukrainian_name_it_wrote(
    style: str, cited: str, own: str
) -> None:
    # Not a Russian reading of the Latin letters: "ЦДИАК", "ХДА СБУ", "ДАВИО".
    reference = parse(f"{cited}, f. 1, op. 2, d. 3")
    written = reference.format(style)
    assert written.startswith(f"{own}. Ф. 1. Оп. 2.")
    again = parse(written)
    assert again.archive_id == reference.archive_id and again.levels == reference.levels


@pytest.mark.parametrize("style", ["gost", "dstu"])
def test_a_russian_name_of_a_ukrainian_archive_is_the_name_cited(style: str) -> None:
    # ЦГАВО Украины is the archive's Russian name, another name of it as ЦХСД is of RGANI:
    # a style writes the name the author cited. It is a name in use today, so modern=True
    # leaves it too; a former one gives way to today's name in the archive's language.
    reference = parse("TsGAVO Ukrainy, f. 1, op. 2, d. 3")
    assert reference.format(style).startswith("ЦГАВО Украины. Ф. 1.")
    assert reference.format(style, modern=True).startswith("ЦГАВО Украины. Ф. 1.")
    former = parse("TsGAOR USSR, f. 1, op. 2, d. 3").format(style, modern=True)
    assert former.startswith("ЦДАВО України (")


@pytest.mark.parametrize("style", ["gost", "dstu"])
def test_an_unknown_ukrainian_archive_is_not_given_a_russian_spelling(style: str) -> None:
    # The State Archive of Ivano-Frankivsk Oblast, ДАІФО, which the registry does not
    # know: the letters of a Russian reading (ДАИФО) would be a name nobody wrote.
    written = ArchivalReference(archive="DAIFO", fond="1", delo="2").format(style)
    assert written.startswith("DAIFO. Ф. 1.")


def test_latin_styles_romanise_ukrainian_names_with_the_ukrainian_table() -> None:
    reference = parse("ЦДАГО України. Ф. 1. Оп. 23. Спр. 5.")
    assert reference.format("chicago") == "TsDAHO Ukrainy, f. 1, op. 23, d. 5"
    assert parse("ГДА СБУ. Ф. 6. Спр. 75.").format("wilson") == "HDA SBU, F. 6, D. 75"


def test_the_ukrainian_ibid_form_is_read_and_rewritten() -> None:
    text = "ЦДАВО України. Ф. 1. Оп. 20. Спр. 6277. Арк. 233. Там само. Арк. 235."
    assert [match.kind for match in extract(text)] == ["full", "ibid"]
    assert extract(text)[1].resolved.delo == "6277"
    assert normalise(text, "chicago") == (
        "TsDAVO Ukrainy, f. 1, op. 20, d. 6277, l. 233. Ibid., l. 235."
    )
    assert normalise(normalise(text, "chicago"), "dstu") == text
