"""References written as real notes write them: any label, order, separator and shape.

A :class:`Hand` is one way of writing, kept through a note: the labels, the separators,
how ranges and backs of leaves are marked. :func:`write` writes one reference in a hand,
with its archive before the levels, after them or outside the reference's span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import registry, translit
from ..levels import LEVELS, rank
from ..model import ArchivalReference, Folio, FolioRange, Folios
from ..reading.labels import (
    AFTER_FILE_LABELS,
    IBID,
    MARKED_ONLY,
    MONTHS,
    OCR_LEAF_LABELS,
    OCR_OPIS_LABELS,
    PAPKA_OR_PAGE,
    label_key,
)
from ..reading.patterns import DASHES, GLUED_LEVEL_END, INVISIBLE
from ._archives import (
    archive_tokens,
    full_names,
    glossed_names,
    introduced_names,
    region_phrases,
)
from ._baltic import (
    BALTIC_LANGUAGES,
    NUMBER_FIRST_LANGUAGE,
    baltic_archives,
    baltic_labels,
    baltic_reference,
    number_first_text,
)
from ._base import Script, check_choices, check_script, pick_script
from ._labels import label, papka_or_page, spellings
from ._numbers import _COMMON, IDENTIFIER_SHAPES, folio_list
from ._references import references

__all__ = ["ARCHIVE_PLACES", "REFERENCE_FORMS", "reference_variants"]

#: The kinds of variety :func:`reference_variants` writes references with.
REFERENCE_FORMS = (
    "labels",
    "order",
    "separators",
    "identifiers",
    "pages",
    "archives",
    "compact",
    "damage",
    "recto",
    "baltic",
    "ocr",
    "western",
    "remarks",
    "breaks",
)
#: The forms drawn unless asked for otherwise: the ways Russian-language and English notes
#: commonly write references. Damage, rectos and the Baltic archives' notes are asked for.
DEFAULT_FORMS = tuple(
    form
    for form in REFERENCE_FORMS
    if form not in ("damage", "recto", "baltic", "ocr", "western", "remarks", "breaks")
)

#: Where and how a reference names its archive. ``"bracketed"`` ("AVP RF (F. 0129. …)"),
#: ``"introduced"`` ("… arkhiv … (TsGA RT), f. 732", or in square brackets) and
#: ``"described"`` ("RGASPI, Politburo protocol of 5 May 1932, f. 17, …") keep the archive
#: outside the reference's span in free text.
ARCHIVE_PLACES = ("acronym", "name", "region", "after", "bracketed", "introduced", "described")
#: The places :func:`archcite.parse` reads a whole reference in.
PARSE_PLACES = ("acronym", "name", "region", "after")

#: The levels that anchor a reference found in free text; a box, folder or section may
#: stand before them ("Картон 79. Ед. хр. 122").
START_LEVELS = ("fond", "opis", "papka", "delo", "ed_khr")
_BACK_LEVELS = ("razdel", "korobka", "papka")

# The labels of a hand that does not vary them: the commonest abbreviation of each level.
_PLAIN_LABELS = {
    "latin": {
        "fond": "f",
        "opis": "op",
        "razdel": "razd",
        "korobka": "kor",
        "papka": "papka",
        "delo": "d",
        "ed_khr": "ed. khr",
        "tom": "t",
        "chast": "ch",
        "folios": "l",
        "rolik": "reel",
        "page": "pp",
    },
    "cyrillic": {
        "fond": "ф",
        "opis": "оп",
        "razdel": "разд",
        "korobka": "кор",
        "papka": "папка",
        "delo": "д",
        "ed_khr": "ед. хр",
        "tom": "т",
        "chast": "ч",
        "folios": "л",
        "rolik": "ролик",
        "page": "с",
    },
}
_WORDS = frozenset(("papka", "папка", "reel", "ролик"))
_SEPARATORS = (", ", ". ", " ", " – ", ". – ")
_ARCHIVE_SEPARATORS = (", ", ". ", ": ", " ", " – ", ". – ")
_DASHES = ("-", "–", "—", " – ")
# (and a dash typed as two hyphens, as typewritten and OCR'd text has it: "2--5")
_ALL_DASHES = (*DASHES, "--")
_VERSO = {
    "latin": ("ob.", "ob", " ob.", "v", " verso", " rev.", "Rs.", " Rs."),
    "cyrillic": ("об.", " об.", "об", " зв.", " адв."),
}
_FOLIO_JOINERS = {"latin": (", ", " and "), "cyrillic": (", ", " и ")}


@attrs.frozen
class Hand:
    """One way of writing references, kept through a note."""

    script: str
    labels: Mapping[str, str]
    #: Labels to use where the hand's own would be read as another level: a papka's
    #: "P." after its file, a page's "П." in a reference that has a papka.
    safe_labels: Mapping[str, str]
    glued: bool
    #: A hyphen between a label in small letters and its number: "ф-5446, оп-1, д-70".
    hyphened: bool
    #: The number sign a file's number may have: "Д. № 5", "d. No. 5", "Akte Nr. 5".
    numero: str
    separator: str
    file_separator: str
    archive_separator: str
    dash: str
    abbreviate: bool
    joiner: str
    verso: str
    recto: bool
    forms: frozenset[str]


def _plain_label(level: str, script: str, capital: bool) -> str:
    spelling = _PLAIN_LABELS[script][level]
    if capital:
        spelling = spelling[0].upper() + spelling[1:]
    return spelling if spelling.lower() in _WORDS else spelling + "."


@st.composite
def hands(draw: st.DrawFn, forms: frozenset[str], script: str | None) -> Hand:
    script = pick_script(draw, script)
    capital = draw(st.booleans())
    safe = {level: _plain_label(level, script, capital) for level in _PLAIN_LABELS[script]}
    labels = dict(safe)
    if script == "latin":
        labels["page"] = "P." if capital else "p."  # "pp." where a papka is cited too
    damaged = "damage" in forms
    if "labels" in forms:
        for level in labels:
            if spellings(level, script, False):
                labels[level] = draw(label(level, script, True, damaged, None))
        # "P." and "П." name a papka and a page alike: which one the levels around tell.
        for level in ("papka", "page"):
            if draw(st.integers(0, 3)) == 0:
                one = papka_or_page(script)
                labels[level] = (one.upper() if capital else one) + "."
    elif damaged:
        labels["folios"] = draw(label("folios", script, False, True, True))
    separator = draw(st.sampled_from(_SEPARATORS)) if "separators" in forms else ", "
    # GOST's chains put a colon before the files of an inventory: "Оп. 1: Д. 7. С. 15".
    file_separator = separator
    if "separators" in forms and separator.startswith(".") and draw(st.integers(0, 3)) == 0:
        file_separator = ": "
    verso = draw(st.sampled_from(_VERSO[script]))
    return Hand(
        script=script,
        labels=labels,
        safe_labels=safe,
        glued="separators" in forms and draw(st.integers(0, 3)) == 0,
        hyphened="separators" in forms and draw(st.integers(0, 5)) == 0,
        numero=draw(st.sampled_from(_NUMEROS)) if "separators" in forms else "",
        separator=separator,
        file_separator=file_separator,
        archive_separator=(
            draw(st.sampled_from(_ARCHIVE_SEPARATORS)) if "separators" in forms else ", "
        ),
        dash=draw(st.sampled_from(_ALL_DASHES if damaged else _DASHES)),
        abbreviate="separators" in forms and draw(st.booleans()),
        joiner=draw(st.sampled_from(_FOLIO_JOINERS[script])),
        verso=verso,
        recto="recto" in forms and verso == "v" and draw(st.booleans()),
        forms=forms,
    )


# --- the levels ---------------------------------------------------------------------------


def _abbreviated(start: int, end: int) -> list[str]:
    """The short forms of a range's end that read back as ``end``: 123-124 as "123–4"."""
    first, last = str(start), str(end)
    if len(first) != len(last) or end <= start:
        return []
    found = []
    for keep in range(1, len(last)):
        tail = last[-keep:]
        if tail[0] != "0" and first[:-keep] == last[:-keep]:
            found.append(tail)
    return found


def _folio(hand: Hand, folio: Folio, number: str | None = None) -> str:
    verso = hand.verso if not (hand.verso == "v" and folio.suffix) else "ob."
    mark = verso if folio.verso else ("r" if hand.recto and not folio.suffix else "")
    return f"{number or folio.number}{folio.suffix}{mark}"


_VERSO_TOO = {"latin": "and", "cyrillic": "и"}


def folios_text(draw: st.DrawFn, hand: Hand, folios: Folios) -> str:
    items = []
    for item in folios:
        start = _folio(hand, item.start)
        if item.end is None:
            items.append(start)
            continue
        mark = hand.verso.strip()
        if (
            (item.end.number, item.end.suffix) == (item.start.number, item.start.suffix)
            and item.end.verso
            and not item.start.verso
            and mark != "v"
            and draw(st.booleans())
        ):
            # the leaf and its verso: "12-об.", or in words: "12 и об.", "9 and verso"
            too = _VERSO_TOO[hand.script]
            joined = draw(st.sampled_from((hand.dash, hand.dash, f" {too} ")))
            items.append(start + joined + mark)
            continue
        short = _abbreviated(item.start.number, item.end.number) if hand.abbreviate else []
        number = draw(st.sampled_from([str(item.end.number), *short]))
        items.append(start + hand.dash + _folio(hand, item.end, number))
    if len(items) > 1 and hand.joiner != ", " and draw(st.booleans()):
        return ", ".join(items[:-1]) + hand.joiner + items[-1]
    return ", ".join(items)


def _order(
    draw: st.DrawFn, hand: Hand, reference: ArchivalReference, start: Collection[str] | None
) -> list[str]:
    """The levels in the order they are written: the hierarchy's, or any order where the
    hand takes liberties ("ф. 5, т. 2, оп. 1", "d. 41, p. 9, l. 33")."""
    levels = [level for level in LEVELS if level in reference.levels]
    if "order" not in hand.forms or len(levels) < 2:
        return levels
    order = list(draw(st.permutations(levels)))
    if start is not None and label_key(hand.labels["papka"]) in _P_LABELS:
        # "P." opens no reference in free text (it is a book's page as often): a papka so
        # labelled is no anchor.
        start = tuple(level for level in start if level != "papka")
    if start is not None:
        # Free text reads a reference from its first fond, opis', papka or file, taking in
        # the boxes, folders and sections just before it.
        lead = 0
        while lead < len(order) and order[lead] in _BACK_LEVELS:
            lead += 1
        anchor = next((level for level in order[lead:] if level in start), None)
        if anchor is not None and lead < len(order) and order[lead] != anchor:
            order.remove(anchor)
            order.insert(lead, anchor)
    folios = reference.folios
    if folios is not None and folios.unit == "page":
        # A page is a page of a file, cited after it.
        order.remove("folios")
        files = [i for i, level in enumerate(order) if level in ("delo", "ed_khr")]
        where = draw(st.integers(files[-1] + 1, len(order))) if files else len(order)
        order.insert(where, "folios")
    return order


_P_LABELS = frozenset(label_key(spelling) for spelling in PAPKA_OR_PAGE)
# Labels that are also a month's abbreviation (Latvian "apr.", apraksts).
_MONTH_KEYS = frozenset(label_key(month) for month in MONTHS)


def _label_of(hand: Hand, level: str, order: list[str], index: int, ref: ArchivalReference) -> str:
    printed = hand.labels[level]
    key = label_key(printed)
    # (pages labelled "p." are no leaves to the reader until it knows them from a papka)
    pages_as_p = (
        ref.folios is not None
        and ref.folios.unit == "page"
        and label_key(hand.labels["page"]) in _P_LABELS
    )
    if (
        level == "korobka"
        and key in AFTER_FILE_LABELS
        and ("folios" not in order[:index] or pages_as_p)
        and any(other in ("delo", "ed_khr") for other in order[:index])
    ):
        # After a file, "k." is a leaf (Polish karta): the box takes its other labels.
        return hand.safe_labels[level]
    if key in _MONTH_KEYS and index and order[index - 1] == "folios":
        # "l. 49, apr. 7" reads as a day and its month ("49 Apr. 7"): no leaf is one.
        return hand.safe_labels[level]
    if key not in _P_LABELS:
        return printed
    if level == "papka":
        leaves_after = "folios" in order[index + 1 :] and (
            ref.folios is not None and ref.folios.unit == "leaf"
        )
        file_before = any(other in ("delo", "ed_khr") for other in order[:index])
        # After leaves, "P." opens the next reference of a list.
        if "folios" not in order[:index] and (leaves_after or not file_before):
            return printed
    elif ref.papka is None and any(other in ("delo", "ed_khr") for other in order[:index]):
        # A lone "П. 5" with no file before it is a papka.
        return printed
    return hand.safe_labels[level]


def _damaged_label(draw: st.DrawFn, hand: Hand, printed: str, value: str) -> str:
    """A label's stop doubled ("Л. . 10"), set apart from it ("f . 17") or misprinted as a
    comma ("d, 11")."""
    if "damage" not in hand.forms or not printed.endswith(".") or draw(st.integers(0, 3)):
        return printed
    damage = draw(st.sampled_from(("comma", "apart", "doubled")))
    if damage == "comma" and value[:1].isdigit() and printed[:-1] not in MARKED_ONLY:
        return printed[:-1] + ","  # (not "О, 3": the preposition, its comma and a number)
    if damage == "apart":
        return printed[:-1] + " ."
    return printed + " ."


def _join(text: str, separator: str) -> str:
    if text.endswith(".") and separator.startswith("."):
        separator = separator[1:] or " "
    return text + separator


def levels_text(
    draw: st.DrawFn,
    hand: Hand,
    reference: ArchivalReference,
    start: Collection[str] | None = None,
    hierarchical: bool = False,
) -> str:
    """The levels of ``reference`` written in ``hand``, without its archive."""
    order = [lv for lv in LEVELS if lv in reference.levels]
    if not hierarchical:
        order = _order(draw, hand, reference, start)
    return _levels_in(draw, hand, reference, order)


# A label a hyphen may join to its number: one word ending in a small letter and its stop
# ("оп." in "оп-1"; in capitals, "П-1" is a number with its prefix).
_HYPHENED = re.compile(r"[^\W\d_]*[a-zа-яё]\.")

# The number signs before a file's number, mostly none.
_NUMEROS = ("", "", "", "", "№ ", "No. ", "N ", "Nr. ")

# Remarks in brackets between two levels, which a run reads past ("op. 3 (Politburo
# protocols), d. 870"): with small letters, so that none is an archive, and a number or a
# short bracket of their own among the words; or an old shelfmark ("28/1618"). (An
# inventory's year is drawn too, below.)
_REMARKS = {
    "latin": (
        "Politburo protocols", "letters", "“Osobaia papka”", "copy", "secret",
        "protocol no. 12 of the bureau", "letters to the TsK VKP(b), 1931", "28/1618",
    ),
    "cyrillic": (
        "протоколы", "«Особая папка»", "переписка", "копия", "секретно",
        "протокол № 12 заседания бюро", "переписка с ЦК ВКП(б), 1931 г.", "5/118",
    ),
}  # fmt: skip
# Whom a case file is on, which a run reads past after the file.
_ACCUSED = ("на Козлова И. И.", "на Петрову-Сидорову А. Н.", "на Смирнова А. и др.", "на Рыбакова")
# The divisions of the Police Department's fond and the Third Section's that stand in the
# inventory's place.
_DIVISIONS = {
    "latin": ("OO", "DP OO", "4 d-vo", "1-ia eksp."),
    "cyrillic": ("ОО", "ДП ОО", "4-е д-во", "II д-во", "2 эксп.", "3-я экспедиция"),
}
# The levels a remark may follow: not the fond (whose remark is its title), nor the leaves,
# nor "P." (a folder or a page by what follows it).
_REMARKED = frozenset(("opis", "razdel", "korobka", "delo", "ed_khr", "tom", "chast"))
# A year alone follows a fond or an inventory before any inventory, file or leaves (the
# division of the Police Department's fond with its year stands in the inventory's place).
_FILED = frozenset(("opis", "delo", "ed_khr", "folios"))


def _levels_in(
    draw: st.DrawFn,
    hand: Hand,
    reference: ArchivalReference,
    order: list[str],
    remarks: list[tuple[int, int]] | None = None,
) -> str:
    """The levels in ``order``; where ``remarks`` is a list, a remark in brackets may follow
    a level that is not the last, its span (in the text returned) added to the list."""
    text = ""
    bare_opis = False
    for index, level in enumerate(order):
        # (a line may break before a label as written, not before OCR's damage of one, nor
        # before the leaves' label of another language, which brackets cannot hold)
        plain = True
        # (right after words read past, a remark or a year, the levels that the run knows
        # only by where they stand are not written: "No. 3" alone, "k. 45" after a file,
        # OCR's "11. 52", "pa. 21")
        read_past = bool(remarks and remarks[-1][1] == len(text))
        if level == "folios":
            assert reference.folios is not None
            name = "page" if reference.folios.unit == "page" else "folios"
            value = folios_text(draw, hand, reference.folios)
        else:
            name, value = level, getattr(reference, level)
        if name == "folios" and not read_past and _ocr_damaged(draw, hand, order[:index], text):
            # "d. 1006, 11. 52": a space after the stop, or the number reads on, but where
            # the level before ran its label into its number too: "d.74, 1.3".
            # (or with capital I for the small l: "II.", "Il.")
            printed, space = draw(st.sampled_from((*OCR_LEAF_LABELS, "II", "Il"))) + ".", " "
            if printed[:-1] in OCR_LEAF_LABELS and _GLUED_END_RE.search(text):
                space = draw(st.sampled_from(("", " ")))
            plain = False
        elif name == "opis" and _bare_opis_here(draw, hand, reference, order, index, remarks):
            printed, space, bare_opis = "", "", True  # "f. 558, 11, 1117, l. 3"
        elif name == "delo" and (
            bare_opis
            or (_bare_file_fits(hand, reference, order, index, remarks) and not draw(_ONE_IN_6))
        ):
            printed, space = "", ""  # "op. 3, 870, l. 9": the file's label left out
        elif name == "delo" and not read_past and _numero_alone_here(draw, hand, order, index):
            # "Оп. 1. № 12", "op. 1, No. 12": the sign alone in the file's place
            printed = draw(st.sampled_from(_NUMERO_SIGNS[hand.script]))
            space = "" if hand.glued and printed == "№" else " "
        elif name == "papka" and not read_past and _short_papka_here(draw, hand, order, index):
            # "f. 07, op. 21, pa. 21": AVP RF's folder shortened, inside a run only
            printed, space = draw(st.sampled_from(("pa.", "Pa."))), " "
        elif name == "opis" and not read_past and _ocr_opis_here(draw, hand, order, index):
            # "Ф. 17. On. 3", "Он. 3": OCR's Latin "n" or Cyrillic "н" for the "п" of "Оп.",
            # in the label's case
            label = _label_of(hand, name, order, index, reference)
            printed = label
            if label[:1] in "ОоOo":
                printed = draw(st.sampled_from(OCR_OPIS_LABELS)) + "."
                printed = printed if label[:1].islower() else printed.capitalize()
                plain = False
            space = "" if hand.glued else " "
        elif name in ("folios", "page") and not read_past and _western_here(hand, order, index):
            printed = draw(st.sampled_from(_western_labels(name, "fond" in order[:index])))
            space, plain = " ", False
        else:
            label = _label_of(hand, name, order, index, reference)
            printed = _damaged_label(draw, hand, label, value)
            space = "" if hand.glued and printed.endswith(".") else " "
            if hand.hyphened and _HYPHENED.fullmatch(printed) and value[:1].isdigit():
                printed, space = printed[:-1], "-"
            elif hand.numero and name in ("delo", "ed_khr") and not printed.endswith(","):
                space += hand.numero  # (not after a comma misprinted for a stop: "Д, 5")
        # the leaves in brackets after their file, last: "d. 870 (ll. 9–10)"
        bracketed = (
            remarks is not None
            and name == "folios"
            and index == len(order) - 1
            and order[index - 1 : index] in (["delo"], ["ed_khr"])
            and not read_past  # (no remark between: "d. 1 (copy) (l. 1)")
            and plain
            and not draw(st.integers(0, 3))
        )
        if bracketed:
            text += f" ({printed}{space}{value})"
            continue
        if index:
            separator = hand.file_separator if level in ("delo", "ed_khr") else hand.separator
            text = _join(text, separator)
            if printed and plain and _broken_here(draw, hand, order, index):
                text = text.rstrip(" ") + "\n"  # "Д. 870.\nЛ. 9": a copied page's line end
        text += printed + space + value
        if remarks is None or index == len(order) - 1 or draw(st.integers(0, 2)):
            continue
        if level == "delo" and hand.script == "cyrillic" and not draw(_ONE_IN_4):
            # whom a case file is on, after its number: "д. П-7731 на Козлова И. И., л. 41"
            accused = draw(st.sampled_from(_ACCUSED))
            remarks.append((len(text) + 1, len(text) + 1 + len(accused)))
            text += f" {accused}"
        elif level in _REMARKED:
            remark = f"({draw(st.sampled_from(_REMARKS[hand.script]))})"
            remarks.append((len(text) + 1, len(text) + 1 + len(remark)))
            text += f" {remark}"
        elif level in ("fond", "opis") and not _FILED.intersection(order[:index]):
            # the year of an inventory kept by year: "op. 469, 1859, d. 45", or that of a
            # division of the Police Department, with the division: "f. 102, OO, 1905"
            year = str(draw(st.integers(1700, 1917)))
            if level == "fond" and draw(st.booleans()):
                year = f"{draw(st.sampled_from(_DIVISIONS[hand.script]))}, {year}"
            text += draw(st.sampled_from((", ", ". ")))
            remarks.append((len(text), len(text) + len(year)))
            text += year
    return text


def _broken_here(draw: st.DrawFn, hand: Hand, order: list[str], index: int) -> bool:
    """Whether the line breaks before the level at ``index``: with the "breaks" form, now
    and then, in a reference whose levels come in the hierarchy's order (a line that opens
    with a level given again or a higher one is a note of its own) where the separator
    ends in a space."""
    if "breaks" not in hand.forms or not hand.separator.endswith(" "):
        return False
    if hand.file_separator != hand.separator and order[index] in ("delo", "ed_khr"):
        return False  # (GOST's colon before the files: "Оп. 1: Д. 7" keeps its line)
    ranks = [rank(level) for level in order]
    return ranks == sorted(set(ranks)) and not draw(_ONE_IN_4)


def _western_labels(level: str, fond_given: bool) -> tuple[str, ...]:
    """The labels Polish, French, German and Czech notes give the leaves or pages after a
    file (:data:`archcite.reading.labels.AFTER_FILE_LABELS`), in small letters or
    capitals; "f." names a leaf only once the fond is given."""
    return tuple(
        f"{written}."
        for spelling, named in AFTER_FILE_LABELS.items()
        if named == level and (spelling != "f" or fond_given)
        for written in (spelling, spelling.upper())
    )


def _western_here(hand: Hand, order: list[str], index: int) -> bool:
    """Whether the leaves or pages at ``index`` take a label of the "western" form: in a
    Latin hand, last, right after a file (the labels read so only there)."""
    return (
        "western" in hand.forms
        and hand.script == "latin"
        and index == len(order) - 1
        and index > 0
        and order[index - 1] in ("delo", "ed_khr")
    )


def _ocr_damaged(draw: st.DrawFn, hand: Hand, before: list[str], written: str) -> bool:
    """Whether the leaves' label is printed as OCR damages it ("11.", "1l.", "1."): only
    after a file, where it reads as the label, and not after a dash alone, which joins it
    to the number before it as a range of files ("d. 5 – 11. 52" is files 5–11), nor after
    a letter after a slash ("Д. 1/р 11. 5" reads "р 11" as a label and its number) or an
    inventory's "п" ("Оп. 45 п. 1. 72" reads "п. 1" as a page)."""
    if "ocr" not in hand.forms or not any(level in ("delo", "ed_khr") for level in before):
        return False
    if hand.separator.strip()[:1] in _ALL_DASHES or _LABEL_LIKE_END_RE.search(written):
        return False
    return draw(st.booleans())


_NUMERO_SIGNS = {"latin": ("No.", "no.", "Nr.", "N", "№"), "cyrillic": ("№", "N")}
_GLUED_END_RE = re.compile(GLUED_LEVEL_END)


_A_YEAR_RE = re.compile(r"1[5-9]\d\d|20[0-4]\d")
_ONE_IN_4 = st.integers(0, 3)
_ONE_IN_6 = st.integers(0, 5)  # (zero one time in six)
_ONE_IN_8 = st.integers(0, 7)


def _bare_opis_here(
    draw: st.DrawFn,
    hand: Hand,
    reference: ArchivalReference,
    order: list[str],
    index: int,
    remarks: list[tuple[int, int]] | None,
) -> bool:
    """Whether the inventory at ``index`` and the file after it are both written with no
    label, two numbers alone between the fond and the leaves ("f. 558, 11, 1117, l. 3"):
    where the fond alone stands before it, and the file could be written so."""
    if order[:index] != ["fond"] or order[index + 1 : index + 2] != ["delo"]:
        return False
    if " " in str(reference.fond):
        return False  # a fond named for a unit takes its inventory's label: "ф. 3 гв. ТА, оп. 1"
    opis = str(reference.opis)
    if not opis[:1].isdigit() or not opis.isalnum() or _A_YEAR_RE.fullmatch(opis):
        return False  # (a year there is the fond's: "f. 5446, 1937, …")
    return _bare_file_fits(hand, reference, order, index + 1, remarks) and not draw(_ONE_IN_8)


def _bare_file_fits(
    hand: Hand,
    reference: ArchivalReference,
    order: list[str],
    index: int,
    remarks: list[tuple[int, int]] | None,
) -> bool:
    """Whether the file at ``index`` can be written with no label, as the number alone
    between the inventory and the leaves ("op. 3, 870, l. 9"): with the "labels" form, where
    the levels before it are the fond and the inventory and its leaves follow with their own
    label (not damaged, in brackets or told by the file: none of those forms)."""
    if "labels" not in hand.forms or {"damage", "ocr", "western"} & hand.forms:
        return False
    if remarks is not None or hand.numero or not str(reference.delo)[:1].isdigit():
        return False
    if hand.separator not in (", ", ". ") or hand.file_separator != hand.separator:
        return False  # (a space or a dash alone between the numbers reads as one identifier)
    if " " in str(reference.opis):
        return False  # "Оп. 1 п, 5": the inventory's letter and the number read as a label
    if _A_YEAR_RE.fullmatch(str(reference.delo)):
        return False  # "op. 469, 1859, l. 3": a year alone before the file is the inventory's
    if sorted(order[:index]) != ["fond", "opis"] or order[index - 1] != "opis":
        return False
    if order[index + 1 : index + 2] != ["folios"] or reference.folios is None:
        return False
    return reference.folios.unit == "leaf"


def _numero_alone_here(draw: st.DrawFn, hand: Hand, order: list[str], index: int) -> bool:
    """Whether the file at ``index`` is labelled by a number sign alone ("№ 12", "No. 12"):
    with the "labels" form, after a fond or an inventory and no level of a file's rank or
    below (there alone does the sign read as the file's label)."""
    before = order[:index]
    if "labels" not in hand.forms or hand.numero or not {"fond", "opis"} & set(before):
        return False
    if any(rank(level) >= rank("delo") for level in before):
        return False
    return draw(st.integers(0, 5)) == 0


def _short_papka_here(draw: st.DrawFn, hand: Hand, order: list[str], index: int) -> bool:
    """Whether the papka at ``index`` is labelled "pa.": with the "labels" form, in a Latin
    hand, after a fond or an inventory and nothing of a papka's rank or below (there alone
    does "pa." read as its label)."""
    before = order[:index]
    if "labels" not in hand.forms or hand.script != "latin" or not {"fond", "opis"} & set(before):
        return False
    if any(rank(level) >= rank("papka") for level in before):
        return False
    return draw(st.integers(0, 3)) == 0


def _ocr_opis_here(draw: st.DrawFn, hand: Hand, order: list[str], index: int) -> bool:
    """Whether the inventory's label at ``index`` is printed as OCR damages "Оп." ("On."):
    in a Cyrillic hand, right after the fond, the only level before it (there alone does it
    read as the label)."""
    if "ocr" not in hand.forms or hand.script != "cyrillic" or order[:index] != ["fond"]:
        return False
    return draw(st.booleans())


_LABEL_LIKE_END_RE = re.compile(r"/[^\W\d_]+\Z|\s[пp]\Z")


# --- damage anywhere in a text -------------------------------------------------------------


def _digit_families() -> tuple[int, ...]:
    """The zeros of the decimal digit sets that are not ASCII, a few of each kind."""
    zeros = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE, 0x1040)
    return tuple(z for z in zeros if unicodedata.decimal(chr(z), None) == 0)


@st.composite
def damaged(draw: st.DrawFn, text: str) -> str:
    """``text`` with the damage of web pages and PDFs: characters that print nothing inside
    it, and its digits written in another decimal script (full-width, Arabic-Indic, …)."""
    if draw(st.booleans()):
        zero = draw(st.sampled_from(_digit_families()))
        text = "".join(
            chr(zero + int(char))
            if char.isascii() and char.isdigit() and draw(st.booleans())
            else char
            for char in text
        )
    for _ in range(draw(st.integers(0, 2))):
        if len(text) < 2:
            break
        where = draw(st.integers(1, len(text) - 1))
        text = text[:where] + draw(st.sampled_from(INVISIBLE)) + text[where:]
    return text


# --- whole references ------------------------------------------------------------------------


@attrs.frozen
class Written:
    """A reference as written: ``body`` is its span in free text; ``before`` and ``after``
    are the archive's words outside it ("AVP RF (" and ")")."""

    before: str
    body: str
    after: str
    reference: ArchivalReference
    #: A compact shelfmark, which takes a year in brackets after it as its file's year.
    compact: bool = False
    #: Where the archive is named (one of ARCHIVE_PLACES), or None.
    place: str | None = None
    #: Spans inside ``body`` the model has no place for (a file's year), from its start.
    skipped: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        return self.before + self.body + self.after


def _token(draw: st.DrawFn, place: str, script: str) -> str:
    if place in ("acronym", "bracketed", "described"):
        tokens = archive_tokens(script, None, True)
        if place == "described":
            tokens = tuple(t for t in tokens if " " not in t and registry.archive_id(t))
        return draw(st.sampled_from(tokens))
    if place == "name":
        return draw(st.sampled_from(full_names(script)))
    if place == "region":
        return draw(st.sampled_from(region_phrases(script, acronyms_only=False)))
    # After the levels: an acronym, or a regional archive's acronym phrase.
    choices = archive_tokens(script, None, True) + region_phrases(script, acronyms_only=True)
    return draw(st.sampled_from(choices))


# The party's archives, named with the body they were attached to.
_ATTACHED_ARCHIVES = frozenset(("RGASPI", "RGANI"))
_ATTACHED = {"latin": "pri TsK KPSS", "cyrillic": "при ЦК КПСС"}
_PLACES = {
    "latin": ("Moscow", "St. Petersburg", "Kyiv", "Moscow, Russia", "Nizhnii Novgorod", "SPb."),
    "cyrillic": ("Москва", "г. Тверь", "Київ", "Санкт-Петербург", "м. Харків", "СПб."),
}
# The cities a citation names after an archive's acronym, between commas: "TsKhSD,
# Moscow, f. 89", "RGASPI, Moscou, 495 270 1234".
_CITIES = {
    "latin": ("Moscow", "Moskva", "Moscou", "Moskau", "Kyiv", "St. Petersburg"),
    "cyrillic": ("Москва", "Київ", "Санкт-Петербург"),
}
_DESCRIPTIONS = {
    "latin": ("protocol of the Politburo", "letter to the secretariat", "minutes of the meeting"),
    "cyrillic": ("протокол заседания бюро", "письмо в секретариат", "докладная записка"),
}
_MONTH_NAMES = {"latin": ("May", "June", "March"), "cyrillic": ("мая", "июня", "марта")}
_HEREAFTER = {"latin": ("", "hereafter "), "cyrillic": ("", "далее – ")}


@st.composite
def written_reference(
    draw: st.DrawFn,
    hand: Hand,
    places: tuple[str, ...],
    *,
    shapes: tuple[str, ...],
    start: Collection[str] | None = None,
    standalone: bool = False,
) -> Written:
    """A whole reference in ``hand``, its archive named in one of ``places`` (or none)."""
    script = hand.script
    pages = "pages" in hand.forms
    if "compact" in hand.forms and draw(st.integers(0, 4)) == 0:
        return draw(_compact(hand, in_text=standalone))
    if "baltic" in hand.forms and "acronym" in places and draw(st.integers(0, 2)) == 0:
        return draw(_baltic(hand))
    if standalone and "archives" in hand.forms and draw(st.integers(0, 9)) == 0:
        return draw(_case_file(hand))
    named = draw(st.integers(0, 3)) > 0
    place = draw(st.sampled_from(places)) if places and named else None
    levels: tuple[str, ...] = LEVELS
    if place in ("introduced", "described") or (place is None and standalone):
        require: tuple[str, ...] = ("fond",)
    else:
        require = ()
    introduced = None
    token: str | None
    gloss_first = False  # the English name and its gloss open the reference's own text
    square_gloss = ""
    glossed = (
        place == "introduced"
        and script == "latin"
        and "archives" in hand.forms
        and draw(st.integers(0, 3)) == 0
    )
    if glossed:
        # Its English name, then its own in brackets before the acronym, or in small
        # letters alone: "Russian State Archive of the Economy (Rossiiskii gosudarstvennyi
        # arkhiv ekonomiki, RGAE), f. 8043"; "… of the Economy (rossiiskii … ekonomiki)".
        english, own, acronym = draw(st.sampled_from(glossed_names()))
        if draw(st.booleans()):
            introduced, token = (english, f"{own}, {acronym}"), acronym
        else:
            introduced, token, gloss_first = (english, own.lower()), english, True
    elif place == "introduced":
        introduced = draw(st.sampled_from(introduced_names(script)))
        token = introduced[1]
    elif (
        place == "acronym"
        and script == "latin"
        and "archives" in hand.forms
        and draw(st.integers(0, 7)) == 0
    ):
        # its English name glossed in square brackets: "APRF [Archive of the President …]"
        english, _, token = draw(st.sampled_from(glossed_names()))
        square_gloss = f" [{english}]"
    else:
        token = _token(draw, place, script) if place is not None else None
        if (
            place == "acronym"
            and "archives" in hand.forms
            and registry.archive_id(str(token)) in _ATTACHED_ARCHIVES
            and draw(st.integers(0, 5)) == 0
        ):
            token = f"{token} {_ATTACHED[script]}"  # "ЦПА ИМЛ при ЦК КПСС"
        turned = registry.institution_first(str(token)) if place == "acronym" else None
        if turned is not None and "archives" in hand.forms and draw(st.booleans()):
            # a department after its institution, as a division of it: "РГБ. НИОР. Ф. 218"
            institution, department = turned.rsplit(" ", 1)
            token = f"{institution}{'. ' if script == 'cyrillic' else ', '}{department}"
    reference = draw(references(st.just(token), levels, require, script, shapes, pages))
    if place is None and standalone and not _alone(reference):
        reference = attrs.evolve(reference, opis=reference.opis or "1")
    order = _order(draw, hand, reference, start)
    remarks: list[tuple[int, int]] | None = (
        [] if "remarks" in hand.forms and "damage" not in hand.forms else None
    )
    if _unit_fond_fits(hand, reference, order, shapes, remarks) and not draw(st.integers(0, 5)):
        unit = draw(st.sampled_from(_UNITS[script]))
        reference = attrs.evolve(reference, fond=f"{reference.fond} {unit}")
    body = written_levels = _levels_in(draw, hand, reference, order, remarks)
    before = after = ""
    if place in ("acronym", "name", "region"):
        written = str(token) + square_gloss
        if not square_gloss and "archives" in hand.forms and draw(st.integers(0, 5)) == 0:
            # The archive's city in brackets: "Arkhiv Memoriala (Moscow)", "(г. Тверь)".
            written += f" ({draw(st.sampled_from(_PLACES[script]))})"
        separator = hand.archive_separator
        if place == "acronym" and "archives" in hand.forms and draw(st.integers(0, 7)) == 0:
            written += f", {draw(st.sampled_from(_CITIES[script]))}"  # "TsKhSD, Moscow, f. 89"
            separator = ", "
        if written.endswith(".") and separator not in (", ", ": "):
            # "Госархив Тверской обл. Ф. 1" reads the stop as the separator (see the tests).
            separator = ", "
        body = _join(written, separator) + body
    elif place == "after":
        # "ф. 5 (ГАРФ)" reads as a fond's title (see the tests): a slash after a fond.
        forms = [f" / {token}"] + ([f" ({token})"] if order[-1] != "fond" else [])
        body += draw(st.sampled_from(forms))
    elif place == "bracketed":
        before, after = f"{token} (", ")"
    elif place == "introduced" and glossed:
        assert introduced is not None
        if gloss_first:
            body = f"{introduced[0]} ({introduced[1]}), " + body
        else:
            before = f"{introduced[0]} ({introduced[1]}), "
    elif place == "introduced":
        assert introduced is not None
        hereafter = draw(st.sampled_from(_HEREAFTER[script]))
        # in square brackets too, as an author's own insertion: "… arkhiv [RGVA], f. 4"
        opening, closing = draw(st.sampled_from((("(", ")"), ("(", ")"), ("[", "]"))))
        before = f"{introduced[0]} {opening}{hereafter}{token}{closing}, "
    elif place == "described":
        what = draw(st.sampled_from(_DESCRIPTIONS[script]))
        month = draw(st.sampled_from(_MONTH_NAMES[script]))
        day, year = draw(st.integers(1, 28)), draw(st.integers(1920, 1991))
        before = f"{token}, {what} {day} {month} {year}, "
    if "damage" in hand.forms:
        body = draw(damaged(body))
    # the remarks' spans, from the start of the body: after the archive named before them
    named_first = place in ("acronym", "name", "region") or gloss_first
    shift = len(body) - len(written_levels) if named_first else 0
    skipped = tuple((start + shift, end + shift) for start, end in remarks or ())
    return Written(before, body, after, reference, place=place, skipped=skipped)


# The units the Central Archive of the Ministry of Defence names its fonds after, by
# number: a guards tank army, an army, a rifle division, a front, a tank corps, an air army.
_UNITS = {
    "latin": ("gv. TA", "A", "sd", "Bel. fronta", "tk", "VA"),
    "cyrillic": ("гв. ТА", "А", "сд", "Бел. фронта", "тк", "ВА"),
}


def _unit_fond_fits(
    hand: Hand,
    reference: ArchivalReference,
    order: list[str],
    shapes: tuple[str, ...],
    remarks: list[tuple[int, int]] | None,
) -> bool:
    """Whether the fond may be named for a unit ("ф. 3 гв. ТА, оп. 4523"): only with its
    inventory right after it, past a comma, a stop or a dash, and with the archives' own
    shapes of identifiers asked for."""
    if "spaced_prefix" not in shapes or remarks is not None or "damage" in hand.forms:
        return False
    fond = reference.fond
    if fond is None or not fond.isdigit() or not hand.separator.strip():
        return False
    where = order.index("fond")
    return order[where + 1 : where + 2] == ["opis"]


def _alone(reference: ArchivalReference) -> bool:
    """Enough levels that free text reads them as a reference without an archive."""
    has_file = reference.delo is not None or reference.ed_khr is not None
    return reference.fond is not None and (
        has_file or reference.opis is not None or reference.korobka is not None
    )


# After the archive, before a number first: what the scanner finds an archive across.
_NUMBER_FIRST_ARCHIVE_SEPARATORS = (" ", ", ", ": ")


@st.composite
def _baltic(draw: st.DrawFn, hand: Hand) -> Written:
    """A reference as the Baltic archives' notes write it, in the order of the hierarchy:
    "LYA, f. K-1, ap. 10, b. 12, l. 3–5", "ERAF, f. 1, n. 4, s. 12, l. 3", "LVA, 101. f.,
    1. apr., 12. l., 3.–5. lp." (the archive named as an acronym, or not at all where the
    labels come first). Latvian notes put the labels first too, where the leaves' "lp."
    tells that "l." is the file: "LVA, f. 101, apr. 10, l. 26, lp. 4"."""
    language = draw(st.sampled_from(BALTIC_LANGUAGES))
    number_first = language == NUMBER_FIRST_LANGUAGE
    named = number_first or draw(st.integers(0, 3)) > 0
    token = draw(st.sampled_from(baltic_archives(language))) if named else None
    reference = draw(baltic_reference(language, token))
    if number_first and reference.folios is not None:
        number_first = draw(st.booleans())
    if number_first:
        body = draw(number_first_text(reference, draw(st.sampled_from(_DASHES[:3]))))
        separator = draw(st.sampled_from(_NUMBER_FIRST_ARCHIVE_SEPARATORS))
    else:
        labels = {**hand.labels, **draw(baltic_labels(language))}
        # The one-letter labels read with their stop alone: no damage to it, nor a hyphen
        # for it. (Latvian "l." is the file only before "lp.": no other label for the leaves.)
        left_out = {"damage"} | ({"western", "ocr"} if language == NUMBER_FIRST_LANGUAGE else set())
        own = attrs.evolve(
            hand, labels=labels, safe_labels=labels, forms=hand.forms - left_out, hyphened=False
        )
        body = _levels_in(draw, own, reference, [lv for lv in LEVELS if lv in reference.levels])
        separator = hand.archive_separator
    if token is not None:
        body = _join(token, separator) + body
    if "damage" in hand.forms:
        body = draw(damaged(body))
    return Written("", body, "", reference, place="acronym" if token is not None else None)


# The words that call a file an archive's case file, which make it a reference alone in free
# text, and the file's label with what follows it: "Архивное дело: П-4512", "Archival
# criminal case no. 2209".
_CASE_FILE_WORDS = {
    "latin": (
        ("Archival", "file no. "), ("Archival criminal", "case no. "), ("Archival", "case "),
    ),
    "cyrillic": (
        ("Архивное", "дело: "), ("Арх.", "дело № "), ("Архивно-следственное", "дело № "),
        ("Архивное уголовное", "дело № "), ("Арх. уголовное", "дело "),
    ),
}  # fmt: skip


@st.composite
def _case_file(draw: st.DrawFn, hand: Hand) -> Written:
    """A case file named by the words that make it one, its archive before them or not:
    "Архивное дело: П-4512", "ГАРФ, арх. уголовное дело 2209, л. 41"."""
    script = hand.script
    number = str(draw(st.integers(1, 99999)))
    delo = draw(st.sampled_from((number, ("P-", "П-")[script == "cyrillic"] + number)))
    words, label_and_rest = draw(st.sampled_from(_CASE_FILE_WORDS[script]))
    values: dict[str, Any] = {"delo": delo}
    body = ""
    if draw(st.booleans()):
        token = draw(st.sampled_from(archive_tokens(script, None, True)))
        values.update(archive=token, archive_id=registry.archive_id(token))
        body = f"{token}, "
        words = words[0].lower() + words[1:]
    kept = (len(body), len(body) + len(words))
    body += f"{words} {label_and_rest}{delo}"
    if draw(st.booleans()):
        leaf = draw(st.integers(1, 400))
        values["folios"] = Folios((FolioRange(Folio(leaf)),))
        body += f", {('l.', 'л.')[script == 'cyrillic']} {leaf}"
    return Written("", body, "", ArchivalReference(**values), skipped=(kept,))


# An acronym of one word that ends in a capital, which a stop may join to the numbers.
_ACRONYM_RE = re.compile(r"[^\W\d_]+(?<=[A-ZА-ЯЁІЇЄ])")
# (". ": a stop and a space between the numbers, as GOST separates levels: "РГИА. 468. 43. 7")
_COMPACT_SEPARATORS = ("/", "/", ".", "-", ",", ":", " ", ". ")
# The labels of the leaves after a compact shelfmark: French "f." (feuillet), Polish "k."
# (karta), as well as the leaf's own.
_COMPACT_LEAF_LABELS = {"latin": ("l.", "ll.", "f.", "ff.", "k.", "Bl."), "cyrillic": ("л.", "лл.")}


@st.composite
def _compact(draw: st.DrawFn, hand: Hand, in_text: bool = False) -> Written:
    """A compact shelfmark after an archive: "GARF R-5446/1/320, 14", "RGASPI
    558.11.702.6–12", "GARF 7523c-149a-2.1–6", "GASPI 17, 3, 410, 22–24",
    "TsDAVO 337/1/5 (1922), 41–3", "RGASPI 17:3:870", "GARF 5446/1/70: 3"."""
    script = hand.script
    tokens = archive_tokens(script, None, True)
    if in_text:
        # Free text finds no compact shelfmark after "ГА Винницкой обл." or "ЦА ФСБ
        # «Лубянка»" (parse reads them): see the tests.
        tokens = tuple(t for t in tokens if not t.endswith((".", "»")))
    token = draw(st.sampled_from(tokens))
    column = 0 if script == "latin" else 1
    separator = draw(st.sampled_from(_COMPACT_SEPARATORS))

    def number(largest: int, prefix: bool) -> str:
        value = str(draw(st.integers(1, largest)))
        shape = draw(st.sampled_from(("plain", "plain", "suffix", "prefix" if prefix else "plain")))
        if shape == "suffix":
            return value + (("a", "а"), ("c", "с"), ("b", "б"))[draw(st.integers(0, 2))][column]
        if shape == "prefix":
            return (("R", "Р"), ("A", "А"))[draw(st.integers(0, 1))][column] + "-" + value
        return value

    fond = number(9999, separator != "-")
    opis = number(99, False)
    values: dict[str, Any] = {"archive": token, "archive_id": registry.archive_id(token)}
    values.update(fond=fond, opis=opis)
    year = folios = ""
    if separator == "/" and draw(st.integers(0, 5)) == 0:  # "17/3": a fond and an inventory
        body = f"{fond}/{opis}"
    else:
        delo = number(4999, False)
        values["delo"] = delo
        joined = ", " if separator == "," else separator
        body = joined.join((fond, opis, delo))
        if draw(st.booleans()):
            before_folios = {
                "/": ", ", ",": ", ", ".": ".", "-": ".", ":": ":", " ": ", ", ". ": ". "
            }[separator]  # fmt: skip
            if separator == "/" and draw(st.integers(0, 3)) == 0:
                before_folios = ": "  # "5446/1/70: 3", as a page after a colon
            elif separator in "/," and draw(st.integers(0, 3)) == 0:
                year = f"({draw(st.integers(1918, 1991))})"  # the year the file covers
                before_folios = ", "
            elif draw(st.integers(0, 3)) == 0:  # with a label: "5446/1/70, f. 3", "…, л. 3"
                before_folios = f", {draw(st.sampled_from(_COMPACT_LEAF_LABELS[script]))} "
            leaves = draw(folio_list(2, True, script))
            if in_text:
                # A backwards range after a compact shelfmark makes extract raise (see the
                # tests), and markup dropped into a range makes one.
                leaves = Folios(tuple(FolioRange(item.start) for item in leaves))
            values["folios"] = leaves
            folios = before_folios + folios_text(draw, hand, leaves)
    reference = ArchivalReference(**values)
    joiners: tuple[str, ...] = (" ", ", ", ": ")
    if separator == "." and _ACRONYM_RE.fullmatch(token):
        joiners += (".",)  # as Estonian reference codes join them: "ERAF.1.4.12"
    if _ACRONYM_RE.fullmatch(token) and draw(st.integers(0, 7)) == 0:
        token += f", {draw(st.sampled_from(_CITIES[script]))}"  # "RGASPI, Moscow, 17/3/870"
        joiners = (", ",)
    head = _join(token, draw(st.sampled_from(joiners))) + body
    if "damage" in hand.forms:
        head, folios = draw(damaged(head)), draw(damaged(folios)) if folios else ""
    skipped: tuple[tuple[int, int], ...] = ()
    if year:
        skipped = ((len(head) + 1, len(head) + 1 + len(year)),)
        head += " " + year
    return Written("", head + folios, "", reference, compact=True, skipped=skipped)


@st.composite
def _variant(
    draw: st.DrawFn,
    forms: frozenset[str],
    places: tuple[str, ...],
    script: str | None,
) -> tuple[str, ArchivalReference]:
    hand = draw(hands(forms, script))
    shapes = IDENTIFIER_SHAPES if "identifiers" in forms else _COMMON
    chosen = places if "archives" in forms else ("acronym",)
    if "archives" in forms and draw(st.integers(0, 11)) == 0:
        written = draw(_case_file(hand))  # "Архивное дело: П-4512", which parse reads too
    else:
        written = draw(written_reference(hand, chosen, shapes=shapes))
    text = written.text
    if draw(st.booleans()) and not text.endswith("."):
        text += "."  # GOST closes a reference with a full stop
    return text, written.reference


def reference_variants(
    forms: Collection[str] | None = None,
    *,
    script: Script | None = None,
    places: Collection[str] = PARSE_PLACES,
) -> st.SearchStrategy[tuple[str, ArchivalReference]]:
    """Pairs ``(text, reference)``: a reference written in one of the many ways real notes
    write references, beyond any one style, and the value :func:`archcite.parse` reads.

    ``forms`` chooses the kinds of variety, among :data:`REFERENCE_FORMS` (default: all
    but ``"damage"``, ``"recto"``, ``"baltic"``, ``"ocr"``, ``"western"``, ``"remarks"``
    and ``"breaks"``; an empty collection gives ``"f. 89, op. 2, d. 5, l. 13-14"``):

    - ``"labels"``: every spelling of every level in archcite's table of labels, Latin and
      Cyrillic, abbreviations and whole words, with or without the full stop, in any case,
      a word with its abbreviation in brackets (``Fond (F.) 3``), look-alike letters of the
      other script (``oп. 2`` with a Latin o), a number sign alone for the file after a
      fond or an inventory (``Оп. 1. № 12``, ``op. 1, No. 12``), the file's number alone
      before the leaves (``op. 3, 870, l. 9``; ``f. 558, 11, 1117, l. 3`` with the
      inventory's), AVP RF's folder as ``pa.`` inside a run; see :func:`labels`.
    - ``"order"``: the levels in any order (``ф. 5, т. 2, оп. 1, д. 7``, ``d. 41, p. 9,
      l. 33``); the reference read is the same.
    - ``"separators"``: commas, full stops, spaces alone, GOST's dashes (``ГАТО. – Ф. 56.
      – Оп. 2.``), a colon after the archive or before the files, no space after a label's
      stop (``F.558``), abbreviated ranges (``123–4`` for 123–124).
    - ``"identifiers"``: every shape of :data:`IDENTIFIER_SHAPES` (``Р.-1235``, ``П - 2``,
      ``П. 27``, ``17761 пф``, ``1/п``, ``2-р``, ``1(п)``, ``razd. IV``), and fonds named
      for a military unit before their inventory (``ф. 3 гв. ТА, оп. 4523``).
    - ``"pages"``: the pages of a file (``С. 15``, ``стр. 5``, ``pp. 5–6``) beside leaves.
    - ``"archives"``: the archive named in any of ``places`` (below), and now and then a
      case file named by its words (``Архивное дело: П-4512``).
    - ``"compact"``: compact shelfmarks after an archive (``GARF R-5446/1/320, 14``,
      ``RGASPI 558.11.702.6–12``, ``GASPI 17, 3, 410, 22–24``, ``TsDAVO 337/1/5 (1922),
      41–3``, ``РГИА. 468. 43. 7``).
    - ``"recto"``: the recto mark of leaves cited with ``v`` for the verso (``ff. 1r–11v``).
    - ``"damage"``: OCR's and typists' damage (``LI.``, ``I.``, ``L. L. 88``, ``Л. . 10``,
      ``d, 11``), every dash code point in ranges, characters that print nothing inside the
      reference, digits of other scripts (``Л. １３``).
    - ``"baltic"``: the notes of the Baltic archives, fond to leaf in the order of the
      hierarchy: Lithuanian (``LYA, f. K-1, ap. 10, b. 12, l. 3–5``), Estonian (``ERAF,
      f. 1, n. 4, s. 12, l. 3``) and Latvian, with each number before its label (``LVA,
      101. f., 1. apr., 12. l., 3.–5. lp.``); the archive an acronym of the registry.
    - ``"ocr"``: the leaves' label after a file as scanned books damage it: ``d. 1006,
      11. 52–53``, ``1l. 4``, ``1. 7``; and, in a Cyrillic hand, the inventory's right after
      the fond, with a Latin "n" or a Cyrillic "н" for the "п": ``Ф. 17. On. 3``, ``Он. 3``.
    - ``"western"``: in a Latin hand, the leaves and pages right after the file labelled
      as Polish, French, German and Czech notes do: ``d. 120, k. 45`` (karta), ``kk.
      12–14``, ``f. 63`` (feuillet, after the fond), ``S. 4–6`` (Seite, strona).
    - ``"remarks"``: words a reader reads past between two levels and keeps in
      :attr:`archcite.Match.skipped`: a remark in brackets (``op. 3 (Politburo protocols),
      d. 870``), an inventory's year (``op. 469, 1859, d. 45``) and a division of the
      Police Department with its year (``f. 102, OO, 1905, d. 999``); and the leaves in
      brackets after their file (``d. 870 (ll. 9–10)``).
    - ``"breaks"``: a line's end where a copied page broke the reference, before a level
      below every level before it, in a reference whose levels come in the hierarchy's
      order (``ГАСО. Ф. 88. Оп. 2. Д. 417.`` then ``Л. 12–13.`` on the next line).

    ``script`` fixes the script of the labels (and of the archive). ``places`` are the
    :data:`ARCHIVE_PLACES` the archive may be named in; by default those a whole
    reference is read with: an acronym, a full name or a regional phrase before the levels,
    or an acronym after them (``… д. 5 / ГА Житомирской обл.``, ``… д. 5 (ГАРФ)``).

    For example, ``reference_variants(script="cyrillic").example()`` may give::

        ('Госархив Тверской обл. – Ф.17 оп.9 Д. 5, т. 2', ArchivalReference(...))
    """
    chosen = frozenset(check_choices("forms", forms, REFERENCE_FORMS))
    if forms is None:
        chosen = frozenset(DEFAULT_FORMS)
    check_script(script)
    where = check_choices("places", places, ARCHIVE_PLACES)
    if not where:
        raise InvalidArgument("places must name at least one place")
    return _variant(chosen, where, script)


def ibid_words(script: str) -> tuple[str, ...]:
    """The short forms of :data:`archcite.reading.labels.IBID` in ``script``, as printed."""
    words = [w for w in IBID if (script == "cyrillic") == translit.has_cyrillic(w)]
    return tuple(w[0].upper() + w[1:] for w in words)
