"""The plain paths of ``parse`` and ``extract`` read what the general readers read.

Both try one small pattern first for the commonest whole shape ("GARF, F. 286, Op. 30, D.
3, Ll. 228-229"; for ``extract``, a line of notes that holds nothing else) and build the
reference from its groups. These tests hold them to what the general readers make of the
same text, on examples of that shape and on near misses, which must go the general way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archcite import Match, ParseError, extract, parse
from archcite.reading import scanner
from archcite.reading.reference import _fast, _parse, _plain
from archcite.strategies import archives

_LABELS = {
    "latin": (("F", "f"), ("Op", "op"), ("D", "d"), ("L", "Ll", "l", "ll")),
    "cyrillic": (("Ф", "ф"), ("Оп", "оп"), ("Д", "д", "Спр", "спр"), ("Л", "Лл", "л", "арк")),
}
_NUMBERS = st.one_of(
    st.integers(1, 99_999).map(str),
    st.sampled_from(("0100", "06", "1937", "1918")),
)
# near misses: a verso, a letter, a year's mark, a second file, a word
_DAMAGE = st.sampled_from(("", "", "", " об.", "a", " г.", ", d. 5", " зв.", " (копия)"))


@st.composite
def _leaves(draw: st.DrawFn) -> str:
    """A leaf or a range, with versos or not."""

    def leaf() -> str:
        verso = draw(st.sampled_from(("", "", "об.", " об.", "ob.", "об", "v")))
        return f"{draw(st.integers(1, 500))}{verso}"

    return leaf() if draw(st.booleans()) else f"{leaf()}{draw(st.sampled_from('-–'))}{leaf()}"


# Words that are no archive the registry holds, some of them an archive's all the same.
_OTHER_NAMES = (
    "Bolshevik", "Pravda", "Moscow", "Gosplan", "Sovnarkom", "Izvestiia", "Politbiuro",
    "Archive", "Архив", "Отдел", "Наркомат", "Госархив", "ЦК", "VKP",
)  # fmt: skip


@st.composite
def plain_shapes(draw: st.DrawFn, others: bool = False) -> str:
    """A reference in the plain shape, labelled or compact, or one a character from it;
    with ``others``, its archive sometimes a word the registry does not hold."""
    script = draw(st.sampled_from(("latin", "cyrillic")))
    archive = draw(archives(script=script))
    if others and draw(st.integers(0, 3)) == 0:
        archive = draw(st.sampled_from(_OTHER_NAMES))
    if draw(st.integers(0, 3)) == 0:
        joint = draw(st.sampled_from("./"))
        letter = draw(st.sampled_from(("", "", "a", "а", "s", "A")))
        text = (
            f"{archive}{draw(st.sampled_from((', ', ' ')))}{draw(_NUMBERS)}{joint}"
            f"{draw(_NUMBERS)}{letter}{joint}{draw(_NUMBERS)}"
        )
        if draw(st.booleans()):
            text += f"{joint}{draw(_leaves())}"
    else:
        fond, opis, delo, leaves = (draw(st.sampled_from(labels)) for labels in _LABELS[script])
        separator = st.sampled_from((", ", ". "))
        space = st.sampled_from((" ", ""))
        prefix = draw(st.sampled_from(("", "", "R-", "Р-", "П-", "A-")))
        text = (
            f"{archive}{draw(separator)}{fond}.{draw(space)}{prefix}{draw(_NUMBERS)}"
            f"{draw(separator)}{opis}.{draw(space)}{draw(_NUMBERS)}{draw(separator)}"
            f"{delo}.{draw(space)}{draw(_NUMBERS)}"
        )
        if draw(st.booleans()):
            text += f"{draw(separator)}{leaves}.{draw(space)}{draw(_leaves())}"
    text += draw(st.sampled_from(("", ".", " ", "..")))
    return text + draw(_DAMAGE)


def _general(text: str) -> object:
    """What the readers after the plain path make of ``text``: a reference or an error."""
    try:
        return _fast(text) or _parse(text)
    except ParseError as error:
        return ("error", error.position, error.expected)


@given(plain_shapes())
def test_the_plain_path_reads_what_the_general_readers_read(text: str) -> None:
    plain = _plain(text)
    if plain is not None:
        assert plain == _general(text), text


@pytest.mark.parametrize(
    "text",
    [
        "GARF, F. 286, Op. 30, D. 3, Ll. 228-229",
        "РГВА. Ф. 4. Оп. 54. Д. 637. Л. 129.",
        "APRF, f. 3, op. 64, d. 488, l. 181",
        "ЦХСД, ф.89, оп.2, д.5",
        "AP RF, f. 45, op. 1, d. 1550, ll. 5–10.",
        "GARF, F. R-286, Op. 30, D. 3, L. 7 ob.",
        "ЦДАГО України, ф. 1, оп. 20, спр. 6210, арк. 25–27об.",
    ],
)
def test_the_commonest_shape_takes_the_plain_path(text: str) -> None:
    plain = _plain(text)
    assert plain is not None
    assert plain == _general(text) == parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "GARF, F. 286, Op. 30, D. 3, Ll. 28-19",  # runs backwards: the reader explains it
        "GARF, F. 286, Op. 30, D. 3, L. 7 (copy)",  # a remark
        "GARF, F. R286, Op. 30, D. 3",  # a prefix without its hyphen
        "Bolshevik, F. 286, Op. 30, D. 3",  # no archive the registry knows
        "GARF, F. 286, Op. 30, D. 3, D. 4",  # a second file
    ],
)
def test_other_shapes_go_the_general_way(text: str) -> None:
    assert _plain(text) is None


@contextmanager
def _general_way() -> Iterator[None]:
    """``extract`` without its plain path."""
    plain = scanner._Scanner._plain_note
    scanner._Scanner._plain_note = lambda *args, **kwargs: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        scanner._Scanner._plain_note = plain  # type: ignore[method-assign]


def _extracted_the_general_way(text: str) -> list[Match]:
    with _general_way():
        return extract(text)


@st.composite
def plain_notes(draw: st.DrawFn) -> str:
    """Lines of notes in the plain shape or near it, numbered or not, and lines of prose."""
    lines = []
    for number in range(1, draw(st.integers(1, 4)) + 1):
        line = draw(st.one_of(plain_shapes(), st.sampled_from(("Ibid., l. 5.", "See p. 12."))))
        opening = draw(st.sampled_from((f"{number}. ", "", "  ", f"{number}) ", "See ")))
        lines.append(opening + line)
    return "\n".join(lines)


@given(plain_notes())
def test_the_plain_path_of_extract_makes_the_matches_the_general_way_makes(text: str) -> None:
    assert extract(text) == _extracted_the_general_way(text), text


# What ends the sentence before a reference: words that end one and words that do not (an
# abbreviation, an initial, a word of two letters, a number, a bracket), some with capitals.
_BEFORE = st.sampled_from(
    (
        "The committee met in Moscow.",
        "Protocols of the Presidium.",
        "See the reports of the NKVD.",
        "Он писал об этом в 1937 г.",
        "Как указано в записке ЦК.",
        "Госархив Тверской обл.",
        "Gos. Arkhiv.",
        "Letter of P. N.",
        "It is so.",
        "Это же.",
        "Cited in vol. 2.",
        "Report No. 5.",
        "Presidential Archive.",
        "Архив РАН.",
        "the VKP(b).",
        "(see above)",
        "Discussed (1937) and",
        "Why?",
        "Note;",
        "Presidential Archive",
        "the State Archive of the",
        "Государственный архив",
        "Коробка 1,",
        "Раздел II.",
        "Box 4,",
        "Folder 2.",
        "Moscow,",
        "a) see b)",
        "Л. 5 об.",
        "ГАРФ. Ф. 5. Оп. 1. Д. 2.",
        "",
    )
)
_INTRODUCING = st.sampled_from(
    ("See ", "see ", "Cf. ", "См. ", "См.: ", "Ср. ", "Див. ", "See also ", "")
)
# What follows it: the next sentence in words, numbers, capitals or a level; what continues
# a reference (a list, more leaves, a note, a description, a short form); brackets.
_AFTER = st.sampled_from(
    (
        ". The committee met.",
        ". Протокол заседания.",
        ". 1976 г. не раз.",
        ". № 5 был.",
        ". С. 5 и др.",
        ". Л. 6 об.",
        ". Ibid., l. 7.",
        ". Там же, л. 8.",
        "; d. 5, l. 6.",
        "; RGASPI, f. 17, op. 3, d. 5.",
        ", 7, 9.",
        ", 12–14.",
        " and 9.",
        ", and 240.",
        " (copy).",
        " (1922).",
        ").",
        "), which shows.",
        ". Delo 5 is lost.",
        ". Box of papers.",
        ". Fond of the party.",
        ". Original. Typewritten. L. 5–11.",
        ". Op. cit.",
        ".. At No. 9 of.",
        ". ВКП(б) решила.",
        ". D. 7. L. 8.",
        ", l. 9.",
        ": 9–10.",
        ".",
        "",
        "\n2. Next note.",
    )
)


@st.composite
def plain_sentences(draw: st.DrawFn) -> str:
    """Prose with a reference in the plain shape or near it inside a sentence, after what
    may or may not end the one before, in brackets or not."""
    reference = draw(plain_shapes(others=True)).rstrip(". ")
    before, introducing, after = draw(_BEFORE), draw(_INTRODUCING), draw(_AFTER)
    opening = draw(st.sampled_from(("", "", "(", " (", "  ")))
    return (
        f"{before}{draw(st.sampled_from((' ', '  ', '')))}{opening}{introducing}{reference}{after}"
    )


@given(plain_sentences())
def test_the_plain_path_in_a_sentence_makes_the_matches_the_general_way_makes(text: str) -> None:
    assert extract(text) == _extracted_the_general_way(text), text


@pytest.mark.parametrize(
    ("text", "levels", "reference"),
    [
        (
            "The committee met. See GARF, F. 286, Op. 30, D. 3, Ll. 228-229. The report",
            "F. 286",
            "GARF, F. 286, Op. 30, D. 3, Ll. 228-229",
        ),
        (
            "Как указано в записке. См. ГАРФ. Ф. 5. Оп. 1. Д. 2. Л. 3. Протокол заседания",
            "Ф. 5",
            "ГАРФ. Ф. 5. Оп. 1. Д. 2. Л. 3",
        ),
        (
            "It was so (GARF, f. 286, op. 30, d. 3, l. 7).",
            "f. 286",
            "GARF, f. 286, op. 30, d. 3, l. 7",
        ),
        ("Report No. 5. See RGASPI 17.3.870.5. The report", "17.3", "RGASPI 17.3.870.5"),
        (
            # a name before the acronym, which the archive's reader takes in
            "The Presidential Archive APRF, F. 3, Op. 64, D. 488.",
            "F. 3",
            "Presidential Archive APRF, F. 3, Op. 64, D. 488",
        ),
        (
            # a name the registry does not hold, which the archive's reader finds
            "Как указано. Госархив Тверской обл. Ф. Р-5. Оп. 1. Д. 2. Протокол заседания",
            "Ф. Р-5",
            "Госархив Тверской обл. Ф. Р-5. Оп. 1. Д. 2",
        ),
        (
            # ("же." ends no sentence by the archive reader's rule: it is asked)
            "Это же. См. ГАРФ. Ф. 5. Оп. 1. Д. 2. Протокол заседания",
            "Ф. 5",
            "ГАРФ. Ф. 5. Оп. 1. Д. 2",
        ),
        (
            "Why? APRF, F. 3, Op. 64, D. 488, L. 181. The letter",
            "F. 3",
            "APRF, F. 3, Op. 64, D. 488, L. 181",
        ),
    ],
)
def test_a_reference_in_a_sentence_takes_the_plain_path(
    text: str, levels: str, reference: str
) -> None:
    found = scanner._Scanner(text)._plain_note(text.index(levels), compact=levels[0].isdigit())
    assert found is not None
    assert found.text == reference
    assert extract(text) == _extracted_the_general_way(text) == [found]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("It is so. See GARF, F. 286, Op. 30, D. 3; l. 5.", "F. 286"),  # leaves after it
        ("ГАРФ. Коробка 1, Ф. 5, Оп. 1, Д. 2. Протокол", "Ф. 5"),  # a box before the fond
        ("It is so. Bolshevik, F. 286, Op. 30, D. 3. The", "F. 286"),  # no archive
        ("The Party. See GARF, F. 286, Op. 30, D. 3, L. 7, 9. The", "F. 286"),  # more leaves
        ("The Party. GARF, F. 286, Op. 30, D. 3, L. 6. D. 7. The", "F. 286"),  # a level after
        ("The Party. See GARF, F. 286, Op. 30, D. 3, 12–14. The", "F. 286"),  # leaves, no label
    ],
)
def test_other_references_in_sentences_go_the_general_way(text: str, levels: str) -> None:
    assert scanner._Scanner(text)._plain_note(text.index(levels)) is None
    assert extract(text) == _extracted_the_general_way(text)


def test_a_note_in_the_commonest_shape_takes_the_plain_path() -> None:
    text = "1. GARF, F. 286, Op. 30, D. 3, Ll. 228-229.\n2. РГВА. Ф. 4. Оп. 54. Д. 637. Л. 129."
    found = scanner._Scanner(text)
    assert found._plain_note(text.index("F.")) is not None
    assert found._plain_note(text.index("Ф.")) is not None
    assert extract(text) == _extracted_the_general_way(text)
    assert [match.text for match in extract(text)] == [
        "GARF, F. 286, Op. 30, D. 3, Ll. 228-229",
        "РГВА. Ф. 4. Оп. 54. Д. 637. Л. 129",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1. GARF, F. 286, Op. 30, D. 3, Ll. 228-229, 231.",  # more leaves
        "In GARF, F. 286, Op. 30, D. 3.",  # words before the archive
        "1. GARF, F. 286, Op. 30, D. 3, L. 7 (copy).",  # a remark
    ],
)
def test_other_notes_go_the_general_way(text: str) -> None:
    assert scanner._Scanner(text)._plain_note(text.index("F.")) is None
