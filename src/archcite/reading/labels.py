"""Every way a level of the archival hierarchy is labelled in print: the one table.

The reference grammar, the scanner, the strategies and the tests all build on these
tuples, so a spelling added here is understood everywhere at once.

>>> "ф" in LABELS["fond"]  # spellings are kept in lowercase and matched in any case
True
>>> level_of("Ll."), level_of("Спр."), level_of("oп"), level_of("P.")
('folios', 'delo', 'opis', 'papka_or_page')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "AFTER_FILE_LABELS",
    "ANCHOR_LEVELS",
    "BALTIC_LABELS",
    "ENGLISH_FILE_WORDS",
    "IBID",
    "INNER_LABELS",
    "INTRODUCERS",
    "LABELS",
    "LEVEL_OF_LABEL",
    "LOOK_ALIKES",
    "MARKED_ONLY",
    "MONTHS",
    "NUMBER_FIRST_LABELS",
    "NUMBER_FIRST_LEVEL",
    "OCR_LEAF_LABELS",
    "OCR_OPIS_LABELS",
    "PAGE_LABELS",
    "PAPKA_OR_PAGE",
    "ROMAN_LEAF_LABELS",
    "SKIPPED_LABELS",
    "SPELLINGS",
    "STOPS_REQUIRED",
    "TO_LATIN_LOOK_ALIKES",
    "inner_level",
    "label_key",
    "label_pattern",
    "level_of",
    "word_pattern",
]

# Spellings are listed without their final full stop: the grammar makes the stop
# optional and allows no space or any space after it. Latin spellings match in any case,
# and a letter may be written with its look-alike of the other script ("oп", "Cпр").
LABELS: dict[str, tuple[str, ...]] = {
    "fond": (
        "fond",
        "fonds",
        "fund",
        "f",
        "coll",
        "collection",
        "ф",
        "фонд",
        # Spanish and Italian "fondo", Portuguese "fundo", German "Bestand"
        "fondo",
        "fundo",
        "bestand",
    ),
    "opis": (
        "opis'",
        "opis’",
        "opis",
        "op",
        "o",
        "inventory",
        "inv",
        # French "inventaire", Romanian "inventar" (the archives of Moldova)
        "inventaire",
        "inventar",
        # Spanish and Italian "inventario", Portuguese "inventário"
        "inventario",
        "inventário",
        # German "Findbuch" and "Verzeichnis"; the plural "opisi" and "описи" of a range
        # of inventories
        "findbuch",
        "verzeichnis",
        "opisi",
        "описи",
        # "description": how machine translation renders the Ukrainian "опис"
        "description",
        "record series",
        "series",
        "ser",
        # fond 89 of RGANI lists its documents in "perechni"; Lithuanian "apyrašas"
        "perechen'",
        "perechen’",
        "perechen",
        "per",
        "ap",
        # Latvian "apraksts"; Georgian ანაწერი (anats'eri), romanised "anv."
        "apr",
        "anv",
        "оп",
        "опись",
        # the inventory's letter alone, as "o." is in romanised notes: "ф. 17, о. 3, д. 870"
        "о",
        # Ukrainian "опис", romanised "opys"
        "опис",
        "opys",
        "перечень",
        "пер",
        # Belarusian "вопіс", the opis of the archives of Belarus (NARB, NIAB)
        "вопіс",
        "воп",
        "vopis",
        "vop",
    ),
    "razdel": ("razdel", "razd", "разд", "раздел", "розд", "розділ"),
    "korobka": (
        "korobka",
        "kor",
        "karton",
        "kart",
        "k",
        "box",
        # French "carton"
        "carton",
        "кор",
        "коробка",
        # the box of the Manuscript Division of the Lenin Library: "ОР РГБ. Ф. 218. Карт. 1290"
        "картон",
        "карт",
        "кар",
        "к",
    ),
    "papka": ("papka", "pap", "папка", "пап"),
    "delo": (
        "delo",
        "dela",
        "dd",
        "d",
        "file",
        "folder",
        "fold",
        "case",
        # "c." for case in English translations; a Cyrillic "с." is a page (PAGE_LABELS)
        "c",
        "dokument",
        "dok",
        # French "dossier", Romanian "dosar"
        "dossier",
        "doss",
        "dosar",
        "dos",
        # Spanish "expediente" and "legajo", Italian "fascicolo", German "Akte" and
        # "Strafakte" (a criminal case's file)
        "expediente",
        "exp",
        "legajo",
        "leg",
        "fascicolo",
        "strafakte",
        "akte",
        # Portuguese "dossiê"
        "dossiê",
        "spr",
        "sprava",
        # AVP RF's "порядковый номер" in place of a file number
        "por",
        "пор",
        "дело",
        "дела",
        "д",
        "дд",
        "документ",
        "док",
        "спр",
        "справа",
        # the security services' case file by its abbreviation, "архивное следственное
        # дело" ("ЦА ФСБ РФ, АСД № Р-3454, т. 1, л. 193"; not "АУД", a lecture room's too)
        "асд",
    ),
    "ed_khr": (
        "ed. khr",
        "ed khr",
        "ed. kh",
        "yed. khr",
        "e. kh",
        "e. khr",
        # "хр" as ISO 9 and the Slavic alphabets with Latin letters write it
        "ed. hr",
        "ед. хр",
        "ед. хран",
        "е. х",
        # Ukrainian "одиниця зберігання", Belarusian "адзінка захоўвання"
        "од. зб",
        "od. zb",
        "адз. зах",
        "adz. zakh",
        # Bulgarian "архивна единица", an archival unit; Czech and Slovak "archivní
        # jednotka", "archívna jednotka"
        "а. е",
        "a. e",
        "a. j",
        "ar. j",
    ),
    "tom": ("tom", "t", "volume", "vol", "том", "т"),
    "chast": ("chast'", "chast’", "chast", "ch", "pt", "часть", "ч"),
    "folios": (
        "л. л",
        "l. l",
        "ll",
        "l",
        # "Ll." and "l." as OCR and typists damage them: capital I for small l (see
        # ROMAN_LEAF_LABELS)
        "li",
        "il",
        "ii",
        "i",
        "listy",
        "list",
        "sheets",
        "sheet",
        "sht",
        "sh",
        "folios",
        "folio",
        "fols",
        "fol",
        "ff",
        "ark",
        "arkush",
        # French "feuillet"; Romanian "fila", "filele"; German notes: Blatt, Blätter;
        # Latvian "lapa"
        "feuillets",
        "feuillet",
        "fila",
        "filele",
        "bl",
        "bll",
        "blatt",
        # Spanish "hoja" and "foja", Italian "foglio", Portuguese "folha"
        "hoja",
        "hojas",
        "foja",
        "fojas",
        "foglio",
        "fogli",
        "folha",
        "folhas",
        "lp",
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

#: The leaves' labels as damaged with a capital I, which a Roman numeral can be too:
#: "Николаю I. 1826–1838", "Александр II. 5 марта". Inside a run they are the label; where
#: they alone would cite leaves after a description of the document, a numeral.
ROMAN_LEAF_LABELS: frozenset[str] = frozenset(("i", "ii", "il", "li"))

#: "Ll." and "l." as scanned books print them, with the digit one for a small l: "11. 52",
#: "1l. 52", "1. 52". Only after a file are they a label rather than a number (see
#: :mod:`.run`). ("Il." and "I.", with a capital I, are spellings of the table above.)
OCR_LEAF_LABELS: tuple[str, ...] = ("11", "1l", "1")

#: "Оп." as scanned books print it, with a Latin "n" or a Cyrillic "н" for the "п": "On.",
#: "on.", "Он.". Only after a fond, with its stop, is it an inventory rather than the English
#: word or the Russian pronoun (see :mod:`.run`).
OCR_OPIS_LABELS: tuple[str, ...] = ("on", "он")

#: Labels that name a file's leaves or pages only after the file, where the level they
#: name elsewhere has no place (see :mod:`.run`): Polish "k." (karta, a leaf; before a
#: file it is a box) and "kk." (karty), French and English "f." (feuillet, folio; before a
#: file, or with levels after it, a fond), and "s." or "S." (Polish strona, German
#: Seite, Czech strana: a page; before a file, Estonian säilik), "ss."/"SS." for pages,
#: Spanish "h." and "hs." (hoja, hojas) and "fs." (fojas) for leaves. Latin letters only.
AFTER_FILE_LABELS: dict[str, str] = {
    "k": "folios",
    "kk": "folios",
    "f": "folios",
    "fs": "folios",
    "h": "folios",
    "hs": "folios",
    "s": "page",
    "ss": "page",
}

#: Labels of the file's pages: the folios value with the page unit.
PAGE_LABELS: tuple[str, ...] = ("pages", "page", "pp", "стр", "с", "str")

#: "P." and "П." name AVP RF's papka (folder) before the folios and a page after them:
#: which one is told by the levels around it (see :mod:`archcite.reading.run`).
PAPKA_OR_PAGE: tuple[str, ...] = ("p", "п")

#: Labels of storage divisions the model has no level for, such as the связка (bundle)
#: some archives number between opis' and delo. A run of levels reads past them and
#: keeps their text where it is.
SKIPPED_LABELS: tuple[str, ...] = (
    "св", "sv", "связка", "svyazka", "sviazka",
    # an issue of a file (стенограммы in RGASPI's fond 17) and a book of one
    "вып", "vyp", "кн", "kn",
)  # fmt: skip

#: The levels whose label can open a reference found in free text. Folios, volumes,
#: parts and pages alone are how books are cited too ("p. 52", "vol. 2", "Т. 2").
ANCHOR_LEVELS: tuple[str, ...] = ("fond", "opis", "delo", "ed_khr", "papka")

#: How Lithuanian and Estonian notes label fond, inventory, file and leaf, in that order:
#: Lithuanian fondas, apyrašas, byla (a file), lapas (a leaf); Estonian fond, nimistu (an
#: inventory), säilik (a storage unit), leht (a leaf). See docs/baltic.md.
BALTIC_LABELS: dict[str, dict[str, str]] = {
    "lithuanian": {"fond": "f", "opis": "ap", "delo": "b", "folios": "l"},
    "estonian": {"fond": "f", "opis": "n", "delo": "s", "folios": "l"},
}

#: Latvian notes put each number before its label, as an ordinal: "LVA, 101. f., 1. apr.,
#: 12. l., 3. lp." In Latvian "l." is lieta, the file, and "lp." lapa, the leaf; fonds and
#: apraksts (the inventory) are also written out.
NUMBER_FIRST_LABELS: dict[str, tuple[str, ...]] = {
    "fond": ("f", "fonds"),
    "opis": ("apr", "apraksts"),
    "delo": ("l", "lieta"),
    "folios": ("lp", "lapa", "lapas"),
}

#: Labels that are far more often a word of prose before a number, and label a level only
#: with a mark after them: the Cyrillic "о" (an inventory's letter, "о. 3") is the
#: preposition in "о 1937 г.".
MARKED_ONLY: frozenset[str] = frozenset(("о", "О"))

#: Short forms that point back to the previous reference ("Там само" is the Ukrainian).
IBID: tuple[str, ...] = (
    "ibid", "ibidem", "там же", "tam zhe", "там само", "tam samo",
    # German "ebd." and "ebenda", Polish "tamże", Spanish "ibíd."
    "ebd", "ebenda", "tamże", "ibíd", "ibídem",
)  # fmt: skip

#: English words for a file that Western archives use too ("Box 3, File 14"): a file so
#: labelled makes no shelfmark without a fond.
ENGLISH_FILE_WORDS: tuple[str, ...] = ("file", "folder", "fold", "case", "c")

#: Words that introduce a citation and never begin an archive's name: "See GARF, …",
#: "Cited in RGASPI …", "Источник: ГАРФ …".
INTRODUCERS: tuple[str, ...] = (
    "see", "cf", "compare", "also", "in", "cited", "quoted", "from", "source", "sources",
    "the", "и", "в", "см", "ср", "также", "источник", "источники", "архив:", "див", "джерело",
)  # fmt: skip

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
    "січ",
    "лют",
    "бер",
    "квіт",
    "трав",
    "черв",
    "лип",
    "серп",
    "верес",
    "жовт",
    "лист",
    "груд",
)

#: Letters that look alike in the two scripts, as typists and OCR mix them: Latin to Cyrillic.
LOOK_ALIKES = {
    "a": "а",
    "c": "с",
    "e": "е",
    "k": "к",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "m": "м",
    "t": "т",
    "h": "н",
    "b": "в",
}
_LOOK_ALIKES_BACK = {cyrillic: latin for latin, cyrillic in LOOK_ALIKES.items()}
_TO_CYRILLIC = str.maketrans(LOOK_ALIKES)
#: A table for ``str.translate`` that reads the Cyrillic look-alikes of Latin letters as
#: those letters ("ра" with Cyrillic letters is "pa").
TO_LATIN_LOOK_ALIKES = str.maketrans(_LOOK_ALIKES_BACK)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")


def _letter_class(char: str) -> str:
    """A character class for ``char`` and its look-alike of the other script."""
    other = LOOK_ALIKES.get(char) or _LOOK_ALIKES_BACK.get(char)
    if other is None or other == char:
        return re.escape(char)
    return f"[{char}{other}]"


# The atoms of a space and a stop, which split a spelling into words.
_SEPARATOR_ATOMS = (r"\s*", r"\.?")

#: Spellings whose stops are never left out: run together, their letters are a word or an
#: archive's acronym ("aj", Slovak "also"; "AJ", the Archives of Yugoslavia).
STOPS_REQUIRED: frozenset[str] = frozenset(("a. j", "ar. j"))


# What must follow a label of MARKED_ONLY: "о. 3", "о-3"; never "о 1 января".
_MARK_AHEAD = r"(?=\s?\.|-)"


def _atoms(spelling: str) -> list[str]:
    """The regular-expression pieces of one spelling, letter by letter."""
    # A one-letter label is written in one script: Latin "c." is a case, Cyrillic "с." a page.
    single = len(label_key(spelling)) == 1
    stop = r"\." if spelling in STOPS_REQUIRED else r"\.?"
    pieces = []
    for char in spelling:
        if char == " ":
            pieces.append(r"\s*")
        elif char == ".":
            pieces.append(stop)
        elif char in "'’":
            pieces.append("['’ʹ]?")
        else:
            pieces.append(re.escape(char) if single else _letter_class(char))
    if spelling in MARKED_ONLY:
        pieces.append(_MARK_AHEAD)
    return pieces


def label_pattern(
    spellings: tuple[str, ...], *, reverse: bool = False, last_words: bool = False
) -> str:
    """A regular expression for any of ``spellings``, spaces and stops optional.

    Letters also match their look-alikes of the other script: "оп" matches "oп". The
    spellings are folded into a tree of their common beginnings, so that the engine
    tries each letter once; ``reverse`` gives the pattern of the spellings written
    backwards, for a scan over reversed text. ``last_words`` gives the pattern of the
    letters a spelling ends with after any of its spaces and stops ("khr" or "edkhr" of
    "ed. khr"): the word a scanner finds just before a label's number.

    >>> re.fullmatch(label_pattern(("ed. khr",)), "ed.khr") is not None
    True
    >>> re.fullmatch(label_pattern(("оп",)), "oп") is not None
    True
    >>> re.fullmatch(label_pattern(("fond", "f"), reverse=True), "dnof") is not None
    True
    >>> [bool(re.fullmatch(label_pattern(("е. х",), last_words=True), w)) for w in "хx"]
    [True, True]
    """
    tree: dict[str, dict[str, Any]] = {}
    for spelling in sorted(set(spellings)):  # sorted: the same pattern on every run
        atoms = _atoms(spelling)
        if reverse or last_words:  # (the mark is looked for where the text is read forwards)
            atoms = [atom for atom in atoms if atom != _MARK_AHEAD]
        starts = [0]
        if last_words:
            starts += [i + 1 for i, atom in enumerate(atoms[:-1]) if atom in _SEPARATOR_ATOMS]
        for start in starts:
            node = tree
            for atom in reversed(atoms[start:]) if reverse else atoms[start:]:
                node = node.setdefault(atom, {})
            node[""] = {}
    return _first_letters(tree) + _emit(tree) or "(?!)"


def word_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` as they are written, folded into a tree of their common
    beginnings: the engine tries an alternation one branch after another, and a tree one
    letter at a time.

    >>> word_pattern(("obl", "oblasti", "kraia"))
    '(?:obl(?:asti)?|kraia)'
    >>> re.fullmatch(word_pattern(("SPb", "S.")), "S.") is not None
    True
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(re.escape(char), {})
        node[""] = {}
    return _emit(tree) or "(?!)"


def _first_letters(tree: dict[str, dict[str, Any]]) -> str:
    """A look-ahead for the letters the tree's branches start with, where each starts with
    one: the engine tries a branch written in any case only by entering it, and most
    places a label is looked for hold none, so one test of a class spares it the tries."""
    letters = []
    for atom in tree:
        if len(atom) == 1 and atom.isalpha():
            letters.append(atom)
        elif atom.startswith("[") and atom.endswith("]") and atom[1:-1].isalpha():
            letters.append(atom[1:-1])
        else:
            return ""  # a branch that starts with a space, a stop or the end of the tree
    return f"(?=[{''.join(letters)}])" if len(letters) > 1 else ""


def _emit(node: dict[str, dict[str, Any]]) -> str:
    branches = sorted(
        (atom + _emit(child) for atom, child in node.items() if atom),
        key=lambda branch: (-len(branch), branch),
    )
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Longer spellings first, and a spelling that ends here tried after them.
    return f"(?:{body})?" if "" in node else body


# Stops, apostrophes and every kind of space ("Ед.\u00a0хр.", "Ед\r\nхр.").
_KEY_DROPS = str.maketrans(
    "", "", ".'’ʹ" + "".join(c for c in map(chr, range(0x3001)) if c.isspace())
)


def label_key(label: str) -> str:
    """A label as looked up in :data:`LEVEL_OF_LABEL`: lowercase, no stops, spaces or
    apostrophes, and in one script where it mixes look-alikes of both.

    >>> label_key("Ed.  khr."), label_key("oп"), label_key("Cпр")
    ('edkhr', 'оп', 'спр')
    """
    key = label.lower().translate(_KEY_DROPS)
    if _CYRILLIC.search(key) and _LATIN.search(key):
        key = key.translate(_TO_CYRILLIC)
    return key


#: Every spelling of the table's levels and of a file's pages, once each, in the table's
#: order ("P."/"П.", which name either, are not among them).
SPELLINGS: tuple[str, ...] = tuple(
    dict.fromkeys((*(s for spellings in LABELS.values() for s in spellings), *PAGE_LABELS))
)

#: The level each label names: a level of the model, ``"page"`` for a page label,
#: ``"papka_or_page"`` for P./П., ``"skip"`` for a division with no level.
LEVEL_OF_LABEL: dict[str, str] = {
    label_key(spelling): level for level, spellings in LABELS.items() for spelling in spellings
}
LEVEL_OF_LABEL.update({label_key(spelling): "page" for spelling in PAGE_LABELS})
LEVEL_OF_LABEL.update({label_key(spelling): "papka_or_page" for spelling in PAPKA_OR_PAGE})
LEVEL_OF_LABEL.update({label_key(spelling): "skip" for spelling in SKIPPED_LABELS})

#: The Baltic labels the table does not hold, and the level each names: one letter that
#: prose uses for much else ("b. 1905", "n. 3", "s. 12"), read only inside a run that a
#: fond or an inventory opened, in the order of the hierarchy (see :mod:`.run`); and
#: other short labels that prose uses so.
INNER_LABELS: dict[str, str] = {
    label_key(spelling): level
    for table in BALTIC_LABELS.values()
    for level, spelling in table.items()
    if label_key(spelling) not in LEVEL_OF_LABEL
}
# AVP RF's folder as English notes shorten it, "f. 07, op. 21, pa. 21, d. 308" (alone,
# "Pa." is Pennsylvania's: "456 Pa. 21").
INNER_LABELS["pa"] = "papka"


def inner_level(label: str) -> str | None:
    """The level a label of :data:`INNER_LABELS` names, its letters of the other script read
    as their Latin look-alikes, as the label's pattern reads them ("ра." with a Cyrillic
    "р" and "а" is "pa.")."""
    return INNER_LABELS.get(label_key(label).translate(TO_LATIN_LOOK_ALIKES))


#: The level each label names where the number comes before it: the Latvian labels of
#: :data:`NUMBER_FIRST_LABELS` ("l." is the file there), and every other label of the table.
NUMBER_FIRST_LEVEL: dict[str, str] = {
    **LEVEL_OF_LABEL,
    **{
        label_key(spelling): level
        for level, spellings in NUMBER_FIRST_LABELS.items()
        for spelling in spellings
    },
}


@functools.lru_cache(maxsize=4096)  # readers ask it of the same few labels again and again
def level_of(label: str) -> str | None:
    """What ``label`` names (see :data:`LEVEL_OF_LABEL`), or None for a word that is no label."""
    key = label_key(label)
    found = LEVEL_OF_LABEL.get(key)
    if found is None:
        # Written wholly in look-alikes of the other script ("ор" for "op").
        found = LEVEL_OF_LABEL.get(key.translate(TO_LATIN_LOOK_ALIKES)) or LEVEL_OF_LABEL.get(
            key.translate(_TO_CYRILLIC)
        )
    return found
