"""Every way a level of the archival hierarchy is labelled in print: the one table.

The reference grammar, the extraction scanner and the tests all build on these
tuples, so a spelling added here is understood everywhere at once.

>>> "ф" in LABELS["fond"]  # spellings are kept in lowercase and matched in any case
True
"""

from __future__ import annotations

import re

__all__ = [
    "AMBIGUOUS_PAGE",
    "ANCHOR_LEVELS",
    "IBID",
    "LABELS",
    "LEVEL_OF_LABEL",
    "MONTHS",
    "label_key",
    "label_pattern",
]

# Spellings are listed without their final full stop: the grammar makes the stop
# optional and allows no space or any space after it. Latin spellings match in any case.
LABELS: dict[str, tuple[str, ...]] = {
    "fond": ("fond", "fonds", "f", "ф", "фонд"),
    "opis": (
        "opis'",
        "opis’",
        "opis",
        "op",
        "o",
        "inventory",
        "record series",
        "series",
        # fond 89 of RGANI lists its documents in "perechni"; Lithuanian "apyrašas"
        "perechen'",
        "perechen’",
        "perechen",
        "per",
        "ap",
        "оп",
        "опись",
        "перечень",
        "пер",
    ),
    "razdel": ("razdel", "razd", "разд", "раздел", "розд", "розділ"),
    "korobka": (
        "korobka",
        "kor",
        "karton",
        "kart",
        "k",
        "box",
        "кор",
        "коробка",
        "картон",
        "к",
    ),
    "papka": ("papka", "папка"),
    "delo": (
        "delo",
        "dela",
        "dd",
        "d",
        "file",
        "folder",
        "case",
        "dokument",
        "dok",
        "spr",
        "sprava",
        "дело",
        "дела",
        "д",
        "дд",
        "документ",
        "док",
        "спр",
        "справа",
    ),
    "ed_khr": (
        "ed. khr",
        "ed.khr",
        "ed khr",
        "yed. khr",
        "yed.khr",
        "e. kh",
        "e.kh",
        "ед. хр",
        "ед.хр",
        "ед хр",
        "е. х",
        # Ukrainian: одиниця зберігання
        "од. зб",
        "од.зб",
        "од зб",
    ),
    "tom": ("tom", "t", "vol", "том", "т"),
    "chast": ("chast'", "chast’", "chast", "ch", "pt", "часть", "ч"),
    "folios": (
        "л. л",
        "ll",
        "l",
        "listy",
        "list",
        "sheets",
        "sheet",
        "folios",
        "folio",
        "fols",
        "fol",
        "ff",
        "ark",
        "arkush",
        "лл",
        "л",
        "листы",
        "лист",
        "арк",
        "аркуш",
        "аркуші",
    ),
    "rolik": ("reel", "rolik", "ролик"),
}

#: Labels that name a page after a delo but a papka (AVP RF's folder) between opis'
#: and delo: "P." and "П." are read by position.
AMBIGUOUS_PAGE: tuple[str, ...] = ("pages", "page", "pp", "p", "п")

#: The levels whose label can open a reference found in free text. Folios, volumes
#: and parts alone are how books are cited too ("p. 52", "vol. 2", "Т. 2").
ANCHOR_LEVELS: tuple[str, ...] = ("fond", "opis", "delo", "ed_khr")

#: Short forms that point back to the previous reference ("Там само" is the Ukrainian).
IBID: tuple[str, ...] = ("ibid", "ibidem", "там же", "tam zhe", "там само", "tam samo")

#: Month names and abbreviations that can follow a day number (a folio list stops
#: before "16 November").
MONTHS: tuple[str, ...] = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "янв",
    "фев",
    "мар",
    "апр",
    "мая",
    "май",
    "июн",
    "июл",
    "авг",
    "сен",
    "окт",
    "ноя",
    "дек",
    "ianv",
    "fevr",
    "sent",
    "okt",
    "noi",
    "noy",
    "dek",
)


def label_pattern(spellings: tuple[str, ...]) -> str:
    """A regular expression for any of ``spellings``, longest first, spaces optional.

    >>> re.fullmatch(label_pattern(("ed. khr",)), "ed.khr") is not None
    True
    """
    parts = []
    for spelling in sorted(spellings, key=len, reverse=True):
        escaped = re.escape(spelling).replace(r"\ ", " ")
        # "ed. khr" is also written "ed.khr" and "ed.  khr"; an apostrophe may be either.
        escaped = escaped.replace(r"\.", r"\.?").replace(" ", r"\s*")
        escaped = escaped.replace("'", "['’ʹ]?").replace("’", "['’ʹ]?")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


_KEY_DROPS = str.maketrans("", "", ". '’ʹ\u00a0\u202f\t\n")


def label_key(label: str) -> str:
    """A label as looked up in :data:`LEVEL_OF_LABEL`: lowercase, no stops, spaces or apostrophes.

    >>> label_key("Ed.  khr.")
    'edkhr'
    """
    return label.lower().translate(_KEY_DROPS)


#: The level each label names; the labels of :data:`AMBIGUOUS_PAGE` name ``"page"``.
LEVEL_OF_LABEL: dict[str, str] = {
    label_key(spelling): level for level, spellings in LABELS.items() for spelling in spellings
}
LEVEL_OF_LABEL.update({label_key(spelling): "page" for spelling in AMBIGUOUS_PAGE})
