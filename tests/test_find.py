"""Finding references in free text: spans, kinds, continuations, short forms, traps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archcite import extract
from archcite import strategies as ac


def found(text: str) -> list[dict[str, str]]:
    result = []
    for match in extract(text):
        fields = match.reference.to_dict()
        fields.pop("archive_id", None)
        result.append(fields)
    return result


def test_spans_are_exact_character_offsets() -> None:
    text = "See “Zapiska,” 3 March 1957, in TsKhSD, F. 5, Op. 30, D. 141, Ll. 2-4. More."
    (match,) = extract(text)
    assert text[match.span[0] : match.span[1]] == match.text
    assert match.text == "TsKhSD, F. 5, Op. 30, D. 141, Ll. 2-4"
    assert match.kind == "full"


def test_references_come_in_order() -> None:
    text = "RGASPI 17.3.1001.4; later GARF, f. R-5446, op. 1, d. 7. Then ЦХСД. Ф. 4. Оп. 1. Д. 2."
    assert [m.reference.archive for m in extract(text)] == ["RGASPI", "GARF", "ЦХСД"]


def test_continuation_repeats_only_the_lower_levels() -> None:
    text = "APRF, f. 3, op. 57, d. 73, l. 9; d. 60, l. 11."
    _first, second = extract(text)
    assert second.kind == "continuation"
    assert second.reference.to_dict() == {"delo": "60", "folios": "11"}
    resolved = second.resolved.to_dict()
    resolved.pop("archive_id", None)
    assert resolved == {"archive": "APRF", "fond": "3", "opis": "57", "delo": "60", "folios": "11"}


def test_list_of_files_gives_one_reference_each() -> None:
    matches = extract("ГУ ОГАЧО. Ф. Р-467. Оп. 5. Д. 34, 41")
    assert [m.reference.delo for m in matches] == ["34", "41"]
    assert matches[1].kind == "continuation"
    assert matches[1].resolved.fond == "Р-467"


@pytest.mark.parametrize("joiner", [" and ", "; ", ", ", " / ", " и "])
def test_compact_references_joined(joiner: str) -> None:
    matches = extract(f"GARF, 9401/1a/64{joiner}9401/12/319 and others")
    assert [m.reference.to_dict().get("fond") for m in matches] == ["9401", "9401"]
    assert matches[1].reference.opis == "12"
    assert matches[1].resolved.archive == "GARF"


def test_bare_number_after_a_file_is_another_file() -> None:
    matches = extract("GARF, 9401/1a/552 and 64.")
    assert matches[1].reference.to_dict() == {"delo": "64"}
    assert matches[1].resolved.opis == "1a"


def test_bare_year_after_a_file_is_not_a_file() -> None:
    assert len(extract("RGASPI 558.11.1668, 1941 was the year")) == 1


def test_folio_list_after_a_compact_reference() -> None:
    (match,) = extract("RGASPI 74.2.38.101 and 129, Stalin to Voroshilov")
    assert str(match.reference.folios) == "101, 129"


def test_archive_named_after_the_shelfmark() -> None:
    (match,) = extract("Арх.дело: Ф.Р-1011 оп.2, д.345 / ГА Житомирской обл.")
    assert match.reference.archive == "ГА Житомирской обл."
    assert match.reference.delo == "345"


@pytest.mark.parametrize(
    "text",
    [
        "Archive: RGASPI. Fond 17, op. 3, d. 1001.",
        "Арх. дело: РГАСПИ, ф. 17, оп. 3, д. 1001",
        "Архивный шифр: РГАСПИ. Ф. 17. Оп. 3. Д. 1001.",
        "(RGASPI, F.17, Op.3, D.1001)",
        "RGASPI,\u00a0F.\u00a017,\u00a0Op.\u00a03,\u00a0D.\u00a01001",
        "RGASPI,F.17,Op.3,D.1001",
    ],
)
def test_archive_labels_parentheses_and_odd_spaces(text: str) -> None:
    (match,) = extract(text)
    assert match.reference.delo == "1001"
    assert match.reference.archive in ("RGASPI", "РГАСПИ")


def test_reference_without_archive_needs_two_levels() -> None:
    assert found("Архивное дело: ф. 47 оп.22 д. 755") == [
        {"fond": "47", "opis": "22", "delo": "755"}
    ]
    assert found("see Op.11, which lists the maps") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ibid., l. 15", {"folios": "15"}),
        ("Ibid., ll. 16–17", {"folios": "16-17"}),
        ("Там же. Л. 15.", {"folios": "15"}),
        ("Там же. Оп. 3. Д. 5.", {"opis": "3", "delo": "5"}),
    ],
)
def test_ibid_resolves_against_the_previous_reference(text: str, expected: dict[str, str]) -> None:
    matches = extract("РГАНИ. Ф. 5. Оп. 30. Д. 141. Л. 2. " + text)
    assert matches[-1].kind == "ibid"
    assert matches[-1].reference.to_dict() == expected
    assert matches[-1].resolved.fond == "5"
    assert matches[-1].resolved.archive == "РГАНИ"


def test_ibid_without_an_antecedent_in_the_text_waits_for_one_from_outside() -> None:
    # A folio is archival, so the short form is found and left for resolve() to complete;
    # a page alone may be a book's, so it is not.
    (match,) = extract("Ibid., l. 15.")
    assert (match.kind, match.text) == ("ibid", "Ibid., l. 15")
    assert match.resolved == match.reference
    assert extract("Там же, с. 6.") == []


@pytest.mark.parametrize(
    "text",
    [
        "op. cit., p. 52",
        "Op. cit.",
        "Указ. соч. С. 15.",
        "F. Scott Fitzgerald",
        "D. Volkogonov",
        "V. N. Chernukha",
        "Ф. Э. Дзержинский",
        "p. 52",
        "pp. 13–14",
        "vol. 2",
        "С. 52",
        "Т. 2",
        "vol. 3, pp. 199–200",
        "СЗ СССР. 1935. № 12. Ст. 94.",
        "NARA, RG 59, Box 12",
        "FO 371/56832/4",
        "PIL, 867/f.11/g-24",
        "PRO: PREM, 4/30/8",
        "HP 387, pp. 10, 21–23",
        "CWIHP Bulletin 6/7 (Winter 1995–96), 5",
        "FRUS, 1952–1954, Germany and Austria, 189–90",
        "Protocol No. 60, as cited in Note 187 supra",
        "Izvestiya TsK KPSS, no. 4, p. 50, 1989.",
    ],
)
def test_traps_are_not_references(text: str) -> None:
    assert extract(text) == []


SEED_NOTES = (
    "(“Vypiska iz Protokola No. 60 zasedaniya Prezidiuma TsK KPSS ot 27 noyabrya 1956 g.,” "
    "in APRF, F. 3, Op. 64, D. 488, L. 181) indicates that. See “Shifrtelogramma,” "
    "26 November 1956 (Strictly Secret), in TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14. "
    'See also "Telefonogramma," Secure High-Frequency Transmission, from Malenkov, '
    "Suslov, and Aristov, 23 November 1956, in APRF, F. 3, Op. 64, D. 488, Ll. 95-96. "
    "The protocol (No. 60, as cited in Note 187 supra) says so."
)


def test_seed_style_notes() -> None:
    assert found(SEED_NOTES) == [
        {"archive": "APRF", "fond": "3", "opis": "64", "delo": "488", "folios": "181"},
        {"archive": "TsKhSD", "fond": "89", "opis": "2", "delo": "5", "folios": "13-14"},
        {"archive": "APRF", "fond": "3", "opis": "64", "delo": "488", "folios": "95-96"},
    ]


@given(st.text(max_size=300))
def test_extract_never_raises(text: str) -> None:
    for match in extract(text):
        assert text[match.span[0] : match.span[1]] == match.text


@given(st.text(alphabet="FfDdLlOopФДЛОп.,;:/-– 0123456789RGASPIЦХСДobоб\u00a0andи", max_size=200))
def test_extract_never_raises_on_reference_soup(text: str) -> None:
    previous_end = 0
    for match in extract(text):
        assert match.span[0] >= previous_end
        previous_end = match.span[1]


def test_long_text_without_references() -> None:
    text = "The committee met again in the spring. " * 20_000
    assert extract(text) == []


@pytest.mark.parametrize(
    "text", ["F. " * 50_000, "1-" * 100_000, "(" * 100_000, "x" * 1_000_000, "RGASPI " * 30_000]
)
def test_pathological_text(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        (
            "Russian State Archive of Socio-Political History (hereafter RGASPI), f. 17, "
            "op. 162, d. 9, l. 54.",
            "RGASPI",
        ),
        ("Архив Президента РФ (АП РФ). Ф. 3. Оп. 65. Д. 775. Л. 1", "АП РФ"),
        ("Tsentral'nyi arkhiv FSB (TsA FSB), f. 3, op. 5, d. 12", "TsA FSB"),
        # in square brackets, as an author inserts the acronym
        ("Rossiiskii gosudarstvennyi voennyi arkhiv [RGVA], f. 40, op. 1, d. 7", "RGVA"),
        ("Russian State Military Archive [hereafter RGVA], f. 40, op. 1, d. 7", "RGVA"),
        ("Государственный архив Российской Федерации [ГАРФ]. Ф. 5. Оп. 1. Д. 2", "ГАРФ"),
    ],
)
def test_archive_introduced_in_brackets_before_the_shelfmark(text: str, archive: str) -> None:
    (match,) = extract(text)
    assert match.reference.archive == archive
    assert match.reference.archive_id is not None
    assert match.text.startswith(("f.", "Ф."))


@pytest.mark.parametrize(
    "text",
    ["Quoted in [Smith 1990], f. 40, op. 1, d. 7.", "The report [see RGVA], f. 40, op. 1, d. 7."],
)
def test_square_brackets_with_more_than_an_archive_give_no_archive(text: str) -> None:
    (match,) = extract(text)
    assert match.reference.archive is None and match.text == "f. 40, op. 1, d. 7"


def test_archive_in_brackets_is_left_in_place_by_normalise() -> None:
    from archcite import normalise

    text = "Archive of the President (APRF), f. 3, op. 65, d. 775, l. 1."
    assert normalise(text, "wilson") == (
        "Archive of the President (APRF), F. 3, Op. 65, D. 775, L. 1."
    )


def test_compact_shelfmark_with_labelled_folios() -> None:
    (match,) = extract("see RGASPI 17/162/9, l. 54.")
    assert match.reference.delo == "9"
    assert str(match.reference.folios) == "54"


def test_archive_in_brackets_after_the_shelfmark() -> None:
    (match,) = extract("Протокол допроса: Ф. Р-1001, оп. 1, д. 5 (ГАРФ).")
    assert match.reference.archive == "ГАРФ"
    assert match.reference.archive_id == "GARF"
    assert match.text.endswith("(ГАРФ)")


def test_words_in_brackets_after_a_file_are_not_part_of_it() -> None:
    (match,) = extract("See Ф. 1, оп. 2, д. 3 (copy).")
    assert match.text == "Ф. 1, оп. 2, д. 3"


def test_the_seed_document_has_exactly_its_seven_references() -> None:
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "seed_working_notes.txt").read_text(encoding="utf-8")
    assert found(text) == [
        {"archive": "TsKhSD", "fond": "3", "opis": "12", "delo": "1006", "folios": "52"},
        {"archive": "APRF", "fond": "3", "opis": "64", "delo": "488", "folios": "181"},
        {"archive": "TsKhSD", "fond": "89", "opis": "2", "delo": "5", "folios": "13-14"},
        {"archive": "APRF", "fond": "3", "opis": "64", "delo": "488", "folios": "177"},
        {"archive": "TsKhSD", "fond": "89", "opis": "2", "delo": "5", "folios": "16-17"},
        {"archive": "TsKhSD", "fond": "89", "opis": "2", "delo": "5", "folios": "19-26"},
        {"archive": "APRF", "fond": "3", "opis": "64", "delo": "488", "folios": "95-96"},
    ]
    assert {m.reference.archive_id for m in extract(text)} == {"RGANI", "APRF"}
    assert all(m.kind == "full" for m in extract(text))


def test_a_year_after_a_compact_shelfmark_is_not_a_page() -> None:
    (match,) = extract("RGASPI 558.11.1668, 1941 was the year; RGASPI 74.2.37, 15 Mar. 1931.")[:1]
    assert match.reference.folios is None
    assert extract("RGASPI 74.2.37, 15 Mar. 1931.")[0].reference.folios is None


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(["a", "Fд", "1", "23", "٣", "²", " ", ".", "-", "((((", "\u0361"]),
        max_size=30,
    ).map("".join),
    st.integers(1, 9),
    st.integers(0, 4),
)
def test_the_scan_reads_the_numbers_of_a_text_in_blocks_as_in_one_pass(
    text: str, block: int, margin: int
) -> None:
    # The scan reads a long text a block at a time, each a little past its end; at every
    # block size it must find what one pass over the whole text finds.
    from archcite.reading import scanner

    reversed_text = text[::-1]
    one_pass = [m.span() for m in scanner._NUMBER_WORD_RE.finditer(reversed_text)][::-1]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scanner, "_BLOCK", block)
        patch.setattr(scanner, "_MARGIN", margin)
        blocks = [m.span() for b in scanner._number_blocks(reversed_text) for m in b]
    assert blocks == one_pass


@settings(max_examples=300)
@given(
    st.one_of(
        ac.footnotes(max_refs=4).map(lambda pair: pair[0]),
        ac.reference_variants(["compact", "archives", "labels", "identifiers"]).map(
            lambda pair: pair[0]
        ),
        st.lists(
            st.sampled_from(
                [
                    "TsGANKh",
                    "Ukrainy",
                    "Москвы",
                    "обл.",
                    "«Мемориал»",
                    "SPb",
                    "Ф.",
                    "р",
                    "-",
                    " ",
                    ", ",
                    "1",
                    "23/4",
                    ".",
                    "ed. khr.",
                    "No",
                ]
            ),
            max_size=12,
        ).map("".join),
    )
)
def test_the_word_before_a_number_keeps_every_number_the_full_pattern_would_try(
    text: str,
) -> None:
    # The scan tries its full candidate pattern only after words and gaps that can end a
    # label or an archive's name; where the pattern matches, the filter must have let the
    # number through.
    from archcite.reading import scanner

    reversed_text = text[::-1]
    for number in scanner._NUMBER_WORD_RE.finditer(reversed_text):
        word = number["word"]
        if word is None or scanner._CANDIDATE_RE.match(reversed_text, number.start()) is None:
            continue
        assert scanner._verdict(number["gap"], word), (
            text,
            word[::-1],
        )


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(
            [
                "No",
                "No.",
                "no.",
                "Nr",
                "N",
                "n.",
                "NO",
                "№",
                "F.",
                "f. ",
                "op.",
                "GARF",
                "RGASPI",
                "(GARF)",
                "»",
                "report",
                "о.",
                "о",
                " ",
                ". ",
                ", ",
                "-",
                "5",
                "262",
                "1937",
                "ed. khr.",
                "Ukrainy",
                "обл.",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_a_numero_sign_in_letters_keeps_every_number_the_full_pattern_would_try(
    text: str,
) -> None:
    # A numero sign in letters, glued to what stands before it or not ("F. No. 5",
    # "TsGANKhNo.1"), and a guarded label glued to the number ("F.о5"): where the full
    # pattern matches, the filter must have let the number through.
    from archcite.reading import scanner

    reversed_text = text[::-1]
    numbers = list(scanner._NUMBER_WORD_RE.finditer(reversed_text))
    kept = {number.start() for number in scanner._hopeful(numbers)}
    for number in numbers:
        if number["word"] is None:
            continue  # marks alone up to the text's start open nothing (see _verdict)
        if scanner._CANDIDATE_RE.match(reversed_text, number.start()) is not None:
            assert number.start() in kept, (text, number["word"])


def test_a_numero_sign_in_prose_opens_nothing() -> None:
    # "No. 262" after a word of prose is no place to try the full pattern; after a label
    # or an archive it is.
    from archcite.reading import scanner

    text = "the report No. 262, GARF No 7 and F. No. 5"
    reversed_text = text[::-1]
    numbers = list(scanner._NUMBER_WORD_RE.finditer(reversed_text))
    kept = [
        reversed_text[number.start() : number.start("gap")][::-1]
        for number in scanner._hopeful(numbers)
    ]
    assert kept == ["5", "7"]  # (in the order of the reversed text)
    assert [m.text for m in extract("F. No. 5, op. 2, d. 3")] == ["F. No. 5, op. 2, d. 3"]


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(
            [
                "NKVD",
                "Архив Курской обл",
                ".",
                ",",
                " ",
                ", Kyiv",
                ", Санкт-Петербург",
                " St. Petersburg",
                "1956",
                " г.",
                " гг.",
                "(1956)",
                "(1956–57 гг.)",
                "1956 р.",
                "–",
                ":",
                "\n",
                "\u2009",
                ")",
                "7",
                "g.",
            ]
        ),
        min_size=1,
        max_size=9,
    ).map("".join),
    st.integers(0, 8),
)
def test_the_separator_before_a_level_is_looked_for_where_it_can_start(
    text: str, skip: int
) -> None:
    # The separator between an archive and its first level is looked for from where it can
    # start (among the marks at the end, or before a year's note or a city): it must be the
    # one a search from the start of the window finds.
    from archcite.reading import archives

    near = min(skip, len(text))
    everywhere = archives._SEPARATOR_TAIL_RE.search(text, near, len(text))
    found = archives._separator_tail(text, near, len(text))
    assert (found and (found.span(), found.groupdict())) == (
        everywhere and (everywhere.span(), everywhere.groupdict())
    )


_SENTENCES_BEFORE_ARCHIVES = [
    # A sentence that "See" or "Cf." opens: the archive's name starts after the word.
    (
        "Decided by the USSR CPSU. See Госархив Курской обл. Ф. 5. Оп. 2. Д. 7.",
        "Госархив Курской обл.",
    ),
    (
        "Signed by NKVD USSR. Cf. State Archive of Omsk Oblast, f. 12, op. 1, d. 3.",
        "State Archive of Omsk Oblast",
    ),
    # or a sentence that ends before it, after a number or not
    (
        "Report of 14 May 1956 NKVD. Архив УФСБ по Курской обл. Ф. 5. Оп. 2. Д. 7.",
        "Архив УФСБ по Курской обл.",
    ),
    (
        "A note to the Politburo. Derzhavnyi arkhiv Poltavs'koi oblasti, f. 5, op. 2, d. 7.",
        "Derzhavnyi arkhiv Poltavs'koi oblasti",
    ),
    # A letter after a stop is an initial, and an abbreviation's stop is the name's.
    (
        "Отдел рукописей Государственной библиотеки СССР имени В. И. Ленина, ф. 5, оп. 2, д. 7",
        "Отдел рукописей Государственной библиотеки СССР имени В. И. Ленина",
    ),
    ("St. Petersburg State Archive, f. 5, op. 1, d. 2", "St. Petersburg State Archive"),
    ("Gos. Arkhiv Kurskoi oblasti, f. 5, op. 1, d. 2", "Gos. Arkhiv Kurskoi oblasti"),
]


@pytest.mark.parametrize(("text", "archive"), _SENTENCES_BEFORE_ARCHIVES)
def test_an_archive_named_in_words_starts_after_a_sentence_that_introduces_it(
    text: str, archive: str
) -> None:
    found = extract(text)
    assert [match.reference.archive for match in found] == [archive]
    assert found[0].text.startswith(archive)


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Там", "там", "ТАМ", "Tam", "tam", "Taм", " ", "  ", "же", "ЖЕ", "zhe", "само"),
                *("samo", "Ibid", "ibidem", "IBID", "том", "x", ",", ".", "м", "\n", "Л. 5"),
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_every_short_form_is_found_by_the_quick_pass_for_its_letters(text: str) -> None:
    # Short forms are looked for only around the letters each holds ("bid", the "м" of
    # "там" before "же"): the quick pass must find every one the whole pattern finds.
    from archcite.reading import scanner

    everywhere = {match.start() for match in scanner._IBID_RE.finditer(text)}
    assert {start for start, _ in scanner._Scanner(text)._ibid_starts()} == everywhere


@pytest.mark.parametrize(
    ("text", "files"),
    [
        ("Reports in RGAE, f. 7486, op. 37, dd. 235, 237, and 240.", ["235", "237", "240"]),
        ("ГАРФ. Ф. 5446. Оп. 1. Д. 18, 19, и 21.", ["18", "19", "21"]),
        ("RGASPI, f. 17, op. 3, d. 870, l. 9, and d. 871, l. 2.", ["870", "871"]),
        # "and" with no number after it ends the list
        ("RGASPI, f. 17, op. 3, d. 870, l. 9, and the minutes.", ["870"]),
    ],
)
def test_the_last_item_of_a_list_may_follow_a_comma_and_and(text: str, files: list[str]) -> None:
    assert [match.resolved.delo for match in extract(text)] == files


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        # A number or a range after a file that starts below it: the file's leaves.
        ("Cited from RGASPI, f. 17, op. 3, d. 381, 51.", "51"),
        ("Cited from GARF, f. 5446, op. 1, d. 505, 12–14.", "12-14"),
        # After a colon, any number: the leaves, as a locator.
        ("Cited from RGASPI, f. 17, op. 3, d. 87: 90–94.", "90-94"),
    ],
)
def test_leaves_after_a_file_without_their_label(text: str, folios: str) -> None:
    [match] = extract(text)
    assert str(match.reference.folios) == folios
    # the resolved reference of a full one is the reference itself
    assert match.resolved == match.reference


@pytest.mark.parametrize(
    "text",
    [
        "Letters of RGASPI, f. 17, op. 3, d. 81, 12–14 June 1937.",
        "Letters of RGASPI, f. 17, op. 3, d. 81, 12 June 1937.",
        "Letters of RGASPI, f. 17, op. 3, d. 5: 1937 was the year.",
    ],
)
def test_a_date_after_a_file_is_no_file_and_no_leaf(text: str) -> None:
    [match] = extract(text)
    assert match.text == "RGASPI, f. 17, op. 3, d. " + match.reference.delo
    assert match.reference.folios is None


def test_the_quick_pass_lets_through_a_number_after_every_registered_name() -> None:
    # Every name the registry holds may stand before a compact shelfmark: the filter on the
    # word before a number must let the number through, whatever letter the name ends in
    # ("SAPMO-BArch 30/1/5", "Rosarkhiv 1/2/3", "ЦДАВО України 1/2/3").
    from archcite.reading import scanner
    from archcite.registry import spellings

    for name in spellings():
        reversed_text = f"{name} 30/1/5"[::-1]
        numbers = list(scanner._NUMBER_WORD_RE.finditer(reversed_text))
        last = numbers[-1]  # the shelfmark's first number, which the name's word stands before
        assert scanner._verdict(last["gap"], last["word"]), name


def test_a_short_form_with_many_spaces_between_its_words_is_found() -> None:
    text = "ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 4. Там      же. Л. 5."
    kinds = [(match.kind, match.text) for match in extract(text)]
    assert kinds[-1] == ("ibid", "Там      же. Л. 5")


def test_a_p_alone_after_a_reference_with_a_file_is_its_page() -> None:
    *_, last = extract("RGVA, f. 9, op. 2, d. 7, p. 4, p. 11.")
    assert (last.kind, last.reference.papka, str(last.reference.folios)) == (
        "continuation",
        None,
        "11",
    )
    assert last.reference.folios is not None and last.reference.folios.unit == "page"
    # before any file it stays AVP RF's papka
    [match] = extract("AVP RF, f. 06, op. 7, p. 30, d. 410.")
    assert match.reference.papka == "30"


def test_ibid_with_a_p_alone_after_a_reference_with_a_file_is_its_page() -> None:
    *_, last = extract("RGVA, f. 9, op. 2, d. 7, l. 4. Ibid., p. 11.")
    assert (last.kind, last.resolved.papka, str(last.resolved.folios)) == ("ibid", None, "11")
    assert last.resolved.folios is not None and last.resolved.folios.unit == "page"
