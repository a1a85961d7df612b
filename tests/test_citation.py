"""Bibliographic citations of documents: the seed's shapes, GOST notes, negatives."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite.errors import ParseError
from archcite.model import Contributor, Publication
from archcite.reading import (
    CrossReference,
    find_citations,
    find_cross_references,
    parse_citation,
)
from archcite.reading.citations.items import CLASSIFICATION

WILSON_BLOCK = (
    '"Working Notes from the Session of the CPSU CC Presidium on 27 November 1956 (Re: Protocol '
    'No. 60)", November 27, 1956, Wilson Center Digital Archive, TsKhSD, F. 3, Op. 12, D. 1006, '
    "L. 52, compiled by V. N. Chernukha. Published in CWIHP Bulletin 8-9, p. 400 "
    "<https://digitalarchive.umd.edu/document/111892>"
)
SHIFRTELOGRAMMA = (
    "See “Shifrtelogramma,” 26 November 1956 (Strictly Secret), in TsKhSD, F. 89, Op. 2, D. 5, "
    "Ll. 13-14."
)
TELEFONOGRAMMA = (
    'See also "Telefonogramma," Secure High-Frequency Transmission, from Malenkov, Suslov, and '
    "Aristov, 23 November 1956, in APRF, F. 3, Op. 64, D. 488, Ll. 95-96."
)
VYPISKA = (
    "(“Vypiska iz Protokola No. 60 zasedaniya Prezidiuma TsK KPSS ot 27 noyabrya 1956 g.,” "
    "in APRF, F. 3, Op. 64, D. 488, L. 181)"
)


def _levels(citation_text: str) -> list[dict[str, str]]:
    return [ref.to_dict() for ref in parse_citation(citation_text).references]


def test_wilson_block_reads_every_field() -> None:
    cit = parse_citation(WILSON_BLOCK)
    assert cit.title == (
        "Working Notes from the Session of the CPSU CC Presidium on 27 November 1956 "
        "(Re: Protocol No. 60)"
    )
    assert cit.date is not None and cit.date.iso == "1956-11-27"
    assert cit.date.text == "November 27, 1956"
    assert cit.repository == "Wilson Center Digital Archive"
    assert cit.contributors == (Contributor("V. N. Chernukha", "compiler"),)
    assert cit.publication == Publication("CWIHP Bulletin", "8-9", "400")
    assert cit.url == "https://digitalarchive.umd.edu/document/111892"
    [ref] = cit.references
    assert (ref.archive, ref.fond, ref.opis, ref.delo, str(ref.folios)) == (
        "TsKhSD",
        "3",
        "12",
        "1006",
        "52",
    )


def test_wilson_block_with_several_roles_and_an_issue_label() -> None:
    cit = parse_citation(
        '"Memorandum on Hungary", October 30, 1956, Wilson Center Digital Archive, '
        "APRF, F. 3, Op. 64, D. 484, Ll. 41-43, obtained and translated by Mark Kramer, "
        "edited by Vera Tolz. Published in Cold War International History Project Bulletin, "
        "Issue 5, pp. 22-23 <https://digitalarchive.wilsoncenter.org/document/1>"
    )
    assert cit.contributors == (
        Contributor("Mark Kramer", "contributor"),
        Contributor("Mark Kramer", "translator"),
        Contributor("Vera Tolz", "editor"),
    )
    assert cit.publication == Publication(
        "Cold War International History Project Bulletin", "5", "22-23"
    )
    assert cit.date is not None and cit.date.iso == "1956-10-30"


def test_translator_note_with_classification() -> None:
    cit = parse_citation(SHIFRTELOGRAMMA)
    assert cit.title == "Shifrtelogramma"
    assert cit.date is not None and cit.date.text == "26 November 1956"
    assert cit.classification == "Strictly Secret"
    [levels] = _levels(SHIFRTELOGRAMMA)
    assert {k: levels[k] for k in ("archive", "fond", "opis", "delo", "folios")} == {
        "archive": "TsKhSD",
        "fond": "89",
        "opis": "2",
        "delo": "5",
        "folios": "13-14",
    }


def test_translator_note_with_description_and_senders() -> None:
    cit = parse_citation(TELEFONOGRAMMA)
    assert cit.title == "Telefonogramma"
    assert cit.description == "Secure High-Frequency Transmission"
    assert cit.authors == ("Malenkov", "Suslov", "Aristov")
    assert cit.date is not None and cit.date.iso == "1956-11-23"
    assert cit.references[0].delo == "488"


def test_parenthesised_note_takes_its_date_from_the_title() -> None:
    cit = parse_citation(VYPISKA)
    assert cit.title == (
        "Vypiska iz Protokola No. 60 zasedaniya Prezidiuma TsK KPSS ot 27 noyabrya 1956 g."
    )
    assert cit.date is not None and cit.date.text == "27 noyabrya 1956 g."
    assert str(cit.references[0].folios) == "181"


@pytest.mark.parametrize(
    "text",
    [
        '"Informatsiya", 27 November 1956 (Top Secret), in TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.',
        '"Informatsiya," 27 November 1956 (Top Secret), in TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.',
        "“Informatsiya”, 27 November 1956 (Top Secret), in TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.",
        "(See “Informatsiya,” 27 November 1956 (Top Secret), in TsKhSD, F. 89, Op. 2, D. 5, "
        "Ll. 16-17.)",
    ],
)
def test_quotes_straight_or_curly_comma_inside_or_outside(text: str) -> None:
    cit = parse_citation(text)
    assert (cit.title, cit.classification) == ("Informatsiya", "Top Secret")
    assert cit.date is not None and cit.date.iso == "1956-11-27"


def test_citation_inside_a_note_is_found_between_prose() -> None:
    note = (
        "1 These notes were compiled by Malin's deputy. No list of participants is given, but "
        f"the formal protocol for the session {VYPISKA} indicates that, in addition to those "
        "listed here, the participants included Brezhnev."
    )
    cit = parse_citation(note)
    assert cit.title is not None and cit.title.startswith("Vypiska iz Protokola No. 60")
    assert cit.description is None


def test_note_with_quotation_and_two_citations() -> None:
    note = (
        "A senior aide told Nikolaev that the Romanians “hadn't expected that the Yugoslavs would "
        f"raise a fuss. We believe it is necessary to discuss this matter.” {SHIFRTELOGRAMMA} "
        f"{TELEFONOGRAMMA}"
    )
    found = find_citations(note)
    assert [c.title for c in found] == ["Shifrtelogramma", "Telefonogramma"]
    assert found[0].notes == ()


def test_prose_description_before_a_reference() -> None:
    cit = parse_citation(
        "This episode is recounted in the note of protest that Koca Popovic sent to the Soviet "
        "embassy on 24 November 1956, in TsKhSD, F. 89, Op. 2, D. 5, Ll. 19-26."
    )
    assert cit.date is not None and cit.date.iso == "1956-11-24"
    assert cit.description is not None and cit.description.endswith("the Soviet embassy")


def test_gost_note_with_description() -> None:
    cit = parse_citation("Протокол заседания Президиума // РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.")
    assert cit.title == "Протокол заседания Президиума"
    assert cit.authors == ()
    ref = cit.references[0]
    assert (ref.archive, ref.fond, ref.opis, ref.delo, str(ref.folios)) == (
        "РГАНИ",
        "3",
        "12",
        "1006",
        "52",
    )


def test_gost_note_with_author_and_date_in_title() -> None:
    text = (
        "Розанов И.Н. Как создавалась библиотека Исторического музея: докл. на заседании Ученого "
        "совета Гос. публ. ист. б-ки РСФСР 30 июня 1939 г. // ГАРФ. Ф. А-513. Оп. 1. Д. 12. Л. 14."
    )
    cit = parse_citation(text)
    assert cit.authors == ("Розанов И.Н.",)
    assert cit.title is not None and cit.title.startswith("Как создавалась")
    assert cit.date is not None and cit.date.iso == "1939-06-30"
    assert cit.references[0].fond == "А-513"


@pytest.mark.parametrize("quotes", ['""', "«»", "“”"])
def test_gost_note_with_a_quoted_title_and_a_date_after_it(quotes: str) -> None:
    opening, closing = quotes
    cit = parse_citation(
        f"{opening}Справка о ходе уборки урожая,{closing} 2 августа 1933 г. // "
        "ГАРФ. Ф. Р-5446. Оп. 14. Д. 7. Л. 3."
    )
    assert cit.title == "Справка о ходе уборки урожая"
    assert cit.date is not None and cit.date.iso == "1933-08-02"


def test_gost_note_without_spaces_and_with_file_title() -> None:
    cit = parse_citation(
        "Куфаев М. Н. Письмо Б. С. Боднарскому от20 октября 1925 г. //ОР РГБ. Ф. 573. "
        "Картон 41. Д. 55. Л. 18. (Письма М.Н. Куфаева Б.С. Боднарскому, 1920-1930-е гг.)."
    )
    assert cit.authors == ("Куфаев М. Н.",)
    assert cit.date is not None and cit.date.iso == "1925-10-20"
    assert cit.collection == "Письма М.Н. Куфаева Б.С. Боднарскому, 1920-1930-е гг."


def test_gost_invented_title_in_square_brackets() -> None:
    cit = parse_citation(
        "РО ИРЛИ. Ф. 568. Оп. 1. Д. 1. [Фомин А.Г. Материалы по истории русской библиографии]."
    )
    assert cit.title is None
    assert cit.description == "Материалы по истории русской библиографии"
    assert cit.authors == ("Фомин А.Г.",)
    assert cit.references[0].delo == "1"


def test_a_document_type_is_not_taken_for_a_surname() -> None:
    cit = parse_citation("Письмо Б. С. Боднарскому // ОР РГБ. Ф. 573. Картон 41. Д. 55. Л. 18.")
    assert cit.authors == ()
    assert cit.title == "Письмо Б. С. Боднарскому"


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Letter, Gromyko to Zorin, 4 April 1961, AVP RF, f. 0129, op. 45, d. 3, l. 7.", "Letter"),
        (
            "Memorandum, Beria to Malenkov, 9 May 1953, APRF, f. 3, op. 24, d. 4, l. 2.",
            "Memorandum",
        ),
    ],
)
def test_a_document_type_before_the_correspondents_is_no_writer(
    text: str, description: str
) -> None:
    cit = parse_citation(text)
    assert cit.authors[0] in ("Gromyko", "Beria") and len(cit.authors) == 1
    assert len(cit.recipients) == 1
    assert cit.description == description


@pytest.mark.parametrize(
    "marking",
    [
        "Top Secret",
        "Strictly Secret",
        "Secret",
        "Совершенно секретно",
        "Сов. секретно",
        "Особая папка",
        "Совершенно секретно (Особая папка)",
    ],
)
def test_classification_markings(marking: str) -> None:
    assert CLASSIFICATION.parse_string(marking, parse_all=True)[0].value == marking
    cit = parse_citation(f'"Zapiska," 3 May 1955 ({marking}), in APRF, F. 3, Op. 64, D. 488, L. 1.')
    assert cit.classification == marking


def test_cross_references_are_found_with_their_note_number() -> None:
    text = "the formal protocol for the session (No. 60, as cited in Note 187 supra) indicates"
    [found] = find_cross_references(text)
    assert found == CrossReference(
        "supra", "187", (found.span[0], found.span[1]), "as cited in Note 187 supra"
    )
    assert text[found.span[0] : found.span[1]] == found.text


@pytest.mark.parametrize(
    ("text", "kind", "note"),
    [
        ("see n. 12 above", "supra", "12"),
        ("supra note 4", "supra", "4"),
        ("Note 9 infra", "infra", "9"),
        ("см. примеч. 5 выше", "supra", "5"),
    ],
)
def test_cross_reference_forms(text: str, kind: str, note: str) -> None:
    [found] = find_cross_references(text)
    assert (found.kind, found.note) == (kind, note)


@pytest.mark.parametrize(
    "text",
    [
        "(No. 60, as cited in Note 187 supra)",
        "Nagy's surname is omitted in this line of Malin's notes.",
        "F. Scott Fitzgerald, op. cit., p. 52.",
        '"Josef, Nadya’s dead": Vasilieva, Kremlin Wives, p. 67.',
        "",
    ],
)
def test_no_citation_raises_parse_error(text: str) -> None:
    with pytest.raises(ParseError):
        parse_citation(text)


def test_cross_reference_is_not_read_as_a_reference() -> None:
    with pytest.raises(ParseError, match="cross-reference"):
        parse_citation("(No. 60, as cited in Note 187 supra)")


def test_wilson_block_without_archival_reference() -> None:
    cit = parse_citation(
        '"Notes of a Conversation", November 1, 1956, Wilson Center Digital Archive, '
        "translated by Johanna Granville. <https://digitalarchive.wilsoncenter.org/document/2>"
    )
    assert cit.references == ()
    assert cit.repository == "Wilson Center Digital Archive"
    assert cit.contributors == (Contributor("Johanna Granville", "translator"),)


@pytest.mark.parametrize(
    "text",
    [
        "(" * 100_000,
        '"' * 100_000,
        "“" * 100_000,
        "F. " * 30_000,
        "a, " * 30_000,
        "Ф. 1. " * 20_000,
        ("See “x,” 1956, in APRF, F. 3, Op. 1, D. 1. " * 2_000),
        "“Title,” 27 November 1956, " * 4_000 + "in APRF, F. 3, Op. 64, D. 488, L. 1.",
    ],
)
def test_long_or_pathological_input_ends_in_a_citation_or_a_parse_error(text: str) -> None:
    # How fast is measured in benchmarks/bench_scaling.py; here only that it ends cleanly.
    try:
        citation = parse_citation(text)
    except ParseError as error:
        assert 0 <= error.position <= len(text)
    else:
        assert citation.references or citation.title


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('"“”«»()[]/,.;: FОпДЛлl1234567890aSeTsKhSD\n')), max_size=80
    )
)
def test_parse_citation_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_citation(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_parse_citation_on_any_text_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_citation(text)


def test_two_senders_joined_by_and() -> None:
    citation = parse_citation(
        '"Telefonogramma," from Molotov and Kaganovich, 3 May 1953, in APRF, F. 3, Op. 64, '
        "D. 12, L. 7."
    )
    assert citation.authors == ("Molotov", "Kaganovich")
    assert citation.description is None


def test_author_before_the_quoted_title() -> None:
    citation = parse_citation(
        "A. I. Mikoyan, “Zapiska o vstreche,” 2 May 1957, TsKhSD, F. 5, Op. 30, D. 141, L. 2."
    )
    assert citation.authors == ("A. I. Mikoyan",)
    assert citation.title == "Zapiska o vstreche"
    assert citation.references[0].delo == "141"


def test_an_archive_named_without_a_shelfmark_is_the_documents_archive() -> None:
    citation = parse_citation(
        '"Memorandum of a Conversation," 2 March 1953, Wilson Center Digital Archive, '
        "AVP RF; obtained by Ivan Petrov and translated by Anna Smith."
    )
    assert [(r.archive, r.archive_id, r.is_empty) for r in citation.references] == [
        ("AVP RF", "AVPRF", True)
    ]
    assert citation.repository == "Wilson Center Digital Archive"
    assert citation.contributors == (
        Contributor("Ivan Petrov", "contributor"),
        Contributor("Anna Smith", "translator"),
    )
    in_archive = parse_citation('"Postanovlenie," 5 May 1957, in APRF, Prot. No. 12.')
    assert in_archive.references[0].archive == "APRF"
    assert in_archive.description == "Prot. No. 12"


def test_a_repository_name_may_hold_small_words() -> None:
    citation = parse_citation(
        '"Letter," 1961, History and Public Policy Program Digital Archive, RGANI, f. 5.'
    )
    assert citation.repository == "History and Public Policy Program Digital Archive"


def test_an_unknown_word_in_capitals_is_no_archive_of_a_citation() -> None:
    citation = parse_citation('"Notes," 12 May 1960, Wilson Center Digital Archive, PROT 7.')
    assert citation.references == ()
