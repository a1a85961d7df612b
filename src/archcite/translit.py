"""Cyrillic ↔ Latin transliteration in the systems archival citations are written in.

>>> to_latin("ЦХСД"), to_latin("ЦХСД", "iso9"), to_latin("ЦХСД", "din1460")
('TsKhSD', 'CHSD', 'CChSD')
>>> to_latin("27 ноября 1956 г.", "bgn")
'27 noyabrya 1956 g.'

The tables are archcite's own, one module, no dependency. They follow the published tables:

- ``ala-lc-strict``: ALA-LC Romanization Tables, Russian (2012), Ukrainian (2011), Belarusian
  (2012) and Bulgarian (2012) — tie bars (t͡s, i͡a) and diacritics (ĭ, ė, ë, ï).
- ``ala-lc``: the same without tie bars and diacritics, with ASCII ' and " for ь and ъ — the
  "modified LC" of Grimsted's ArcheoBiblioBase, the CWIHP Bulletin and most US scholarship.
- ``bgn``: BGN/PCGN 1947 for Russian (ye/yë at the start of a word and after a vowel, й, ъ, ь),
  BGN/PCGN 1965 for Ukrainian, 1979 for Belarusian, 2013 for Bulgarian.
- ``iso9``: ISO 9:1995, identical to GOST 7.79-2000 System A — one Latin letter per Cyrillic
  letter, language-independent, reversible.
- ``din1460``: DIN 1460 (1982), the German scholarly transliteration (ž, š, č, ch, ja).

iuliia covers several of these for Russian only and maps ё to itself in some of its schemas
(ala_lc, bgn_pcgn, gost_779, scientific), which is why the tables live here.

An upper-case Cyrillic letter that becomes several Latin letters is capitalised, not
upper-cased (Ц → Ts), which is what acronyms need (ЦХСД → TsKhSD, not TSKHSD); pass words set
entirely in capitals in ordinary case.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping

__all__ = [
    "LANGUAGES",
    "REVERSIBLE",
    "SYSTEMS",
    "acronym_to_cyrillic",
    "detect_language",
    "has_cyrillic",
    "to_cyrillic",
    "to_latin",
]

#: The transliteration systems, by the names every ``system=`` argument takes.
SYSTEMS: tuple[str, ...] = ("ala-lc", "ala-lc-strict", "bgn", "iso9", "din1460")

#: The systems :func:`to_cyrillic` can read back.
REVERSIBLE: tuple[str, ...] = ("ala-lc-strict", "din1460", "iso9")

#: The languages the tables know; Uzbek Cyrillic is read with the Russian table plus ў.
LANGUAGES: tuple[str, ...] = ("ru", "uk", "be", "bg", "uz")

# One row per lower-case letter: the letter, then its Latin form in each of SYSTEMS, in order.
_RUSSIAN = """
а a a a a a
б b b b b b
в v v v v v
г g g g g g
д d d d d d
е e e e e e
ё e ë ë ë ë
ж zh zh zh ž ž
з z z z z z
и i i i i i
й i ĭ y j j
к k k k k k
л l l l l l
м m m m m m
н n n n n n
о o o o o o
п p p p p p
р r r r r r
с s s s s s
т t t t t t
у u u u u u
ф f f f f f
х kh kh kh h ch
ц ts t͡s ts c c
ч ch ch ch č č
ш sh sh sh š š
щ shch shch shch ŝ šč
ъ " ʺ ” ʺ ʺ
ы y y y y y
ь ' ʹ ’ ʹ ʹ
э e ė e è ė
ю iu i͡u yu û ju
я ia i͡a ya â ja
ў u ŭ ŭ ǔ ŭ
і i i i ì i
ї i ï yi ï ji
є ie i͡e ye ê je
ґ g g g g̀ g
"""

# Where a language's table differs from the Russian one (ISO 9 never differs).
_LANGUAGE_ROWS = {
    "ru": "",
    "uz": "",
    "uk": """
г h h h g h
и y y y i y
й i ĭ y j j
""",
    "be": """
г h h h g h
ў u ŭ w ǔ ŭ
""",
    "bg": """
х kh kh h h ch
щ sht sht sht ŝ št
ъ u ŭ a ʺ ă
ь ' ʹ y ʹ ʹ
""",
}

# BGN/PCGN writes е and ё as ye and yë where they begin a syllable (Russian and Belarusian).
_BGN_IOTATED = {"е": "ye", "ё": "yë"}
_BGN_IOTATED_AFTER = frozenset("аеёиоуыэюяйъьіўєї")
_BGN_IOTATING_LANGUAGES = frozenset({"ru", "be"})

# The letters of each language: the ones to_cyrillic may produce.
_ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "uz": "абвгдеёжзийклмнопрстуўфхцчшъьэюя",
}
_UKRAINIAN_ONLY = frozenset("ґєії")
_BELARUSIAN_ONLY = frozenset("ў")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """True where ``text`` has a Cyrillic letter in it: ``has_cyrillic("ЦХСД 5")``."""
    return _CYRILLIC.search(text) is not None


def _parse(rows: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in rows.strip().splitlines():
        letter, *forms = line.split()
        if len(forms) != len(SYSTEMS):
            raise ValueError(f"transliteration row {line!r} needs one form per system")
        table[letter] = tuple(forms)
    return table


@functools.cache
def _table(system: str, language: str) -> Mapping[str, str]:
    """Lower-case Cyrillic letter → Latin form, for one system and language."""
    column = SYSTEMS.index(system)
    rows = {**_parse(_RUSSIAN), **_parse(_LANGUAGE_ROWS[language])}
    return {letter: forms[column] for letter, forms in rows.items()}


@functools.cache
def _translation(system: str, language: str) -> dict[int, str]:
    """:meth:`str.translate`'s table for one system and language: each letter of
    :func:`_table` and its capital, whose form opens with a capital (``Ц`` is ``Ts``)."""
    translation: dict[int, str] = {}
    for letter, form in _table(system, language).items():
        translation[ord(letter)] = form
        for capital in {letter.upper(), letter.title()}:
            if len(capital) == 1 and capital != letter and capital.lower() == letter:
                translation[ord(capital)] = _cased(form, True)
    return translation


def _check(system: str, language: str | None) -> None:
    if system not in SYSTEMS:
        raise ValueError(f"unknown transliteration system {system!r}; known: {', '.join(SYSTEMS)}")
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")


def detect_language(text: str) -> str:
    """The language whose table suits ``text``: ``detect_language("Вінниця") == "uk"``.

    Only letters that one language alone uses decide; everything else reads as Russian.
    """
    letters = set(text.lower())
    if letters & _UKRAINIAN_ONLY:
        return "uk"
    if letters & _BELARUSIAN_ONLY:
        return "be"
    return "ru"


def _cased(form: str, upper: bool) -> str:
    return form[:1].upper() + form[1:] if upper else form


def to_latin(text: str, system: str = "ala-lc", language: str | None = None) -> str:
    """Romanise the Cyrillic in ``text``; everything else passes through.

    >>> to_latin("Центр хранения современной документации")
    'Tsentr khraneniia sovremennoi dokumentatsii'
    >>> to_latin("ЦДАГО України", language="uk")
    'TsDAHO Ukrainy'

    ``language`` chooses the letter table (``"ru"``, ``"uk"``, ``"be"``, ``"bg"``, ``"uz"``);
    left out, it is guessed from the letters (:func:`detect_language`).
    """
    _check(system, language)
    language = language or detect_language(text)
    iotate = system == "bgn" and language in _BGN_IOTATING_LANGUAGES
    if not iotate:
        return text.translate(_translation(system, language))
    table = _table(system, language)
    out: list[str] = []
    previous = ""
    for char in text:
        lower = char.lower()
        form = table.get(lower)
        if form is None:
            out.append(char)
        else:
            if (
                iotate
                and lower in _BGN_IOTATED
                and (not _CYRILLIC.match(previous) or previous.lower() in _BGN_IOTATED_AFTER)
            ):
                form = _BGN_IOTATED[lower]
            out.append(_cased(form, char != lower))
        previous = char
    return "".join(out)


@functools.cache
def _reverse_table(system: str, language: str) -> dict[str, str]:
    reverse: dict[str, str] = {}
    table = _table(system, language)
    # ISO 9 gives every Cyrillic letter its own form, so it reads back any language at once.
    letters = "".join(_ALPHABETS.values()) if system == "iso9" else _ALPHABETS[language]
    for letter in dict.fromkeys(letters):
        form = table[letter]
        # A form two letters of one language share could not be read back.
        if reverse.setdefault(form, letter) != letter:
            raise ValueError(f"{system} ({language}) writes two letters as {form!r}")
    return reverse


def to_cyrillic(text: str, system: str = "iso9", language: str = "ru") -> str:
    """Read Latin written in a reversible system back into Cyrillic.

    >>> to_cyrillic("CChSD", "din1460"), to_cyrillic("noâbrâ", "iso9")
    ('ЦХСД', 'ноября')

    Raises ValueError for the systems that lose letters (``ala-lc``: ts is ц or тс; ``bgn``)
    and for ``ala-lc-strict`` outside Russian (Ukrainian zh is ж or зг). Readings are greedy,
    longest form first, so DIN's šč and LC's shch always read as щ, never as шч.
    """
    _check(system, language)
    if system not in REVERSIBLE:
        raise ValueError(f"{system!r} is not reversible; these are: {', '.join(REVERSIBLE)}")
    if system == "ala-lc-strict" and language != "ru":
        raise ValueError(f"ala-lc-strict cannot be read back unambiguously for {language!r}")
    reverse = _reverse_table(system, language)
    longest = max(len(form) for form in reverse)
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            chunk = text[i : i + size]
            letter = reverse.get(chunk.lower())
            if letter is not None:
                out.append(letter.upper() if chunk[0].isupper() else letter)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# LC spellings of acronyms read back: a capital and a small letter that LC writes for one
# Cyrillic letter (Ts, Kh, Shch); capitals alone are one letter each (TS is Т С).
_ACRONYM_DIGRAPHS = {
    "Shch": "Щ", "Ts": "Ц", "Kh": "Х", "Ch": "Ч", "Sh": "Ш", "Zh": "Ж",
    "Iu": "Ю", "Ia": "Я", "Yu": "Ю", "Ya": "Я",
    "shch": "щ", "ts": "ц", "kh": "х", "ch": "ч", "sh": "ш", "zh": "ж",
    "iu": "ю", "ia": "я", "yu": "ю", "ya": "я",
}  # fmt: skip
_ACRONYM_LETTERS = dict(
    zip(
        "ABVGDEZIKLMNOPRSTUFHCJXYabvgdezijklmnoprstufhcxy",
        "АБВГДЕЗИКЛМНОПРСТУФХЦЙХЫабвгдезийклмнопрстуфхцхы",
        strict=True,
    )
)
_ACRONYM_TOKEN = re.compile(
    "|".join(sorted(map(re.escape, _ACRONYM_DIGRAPHS), key=len, reverse=True)) + "|.", re.DOTALL
)


def acronym_to_cyrillic(token: str) -> str:
    """Best-effort Cyrillic for a Latin acronym the registry does not know.

    >>> acronym_to_cyrillic("TsGAIPD SPb"), acronym_to_cyrillic("GAARK")
    ('ЦГАИПД СПб', 'ГААРК')

    Assumes Library of Congress spelling; Cyrillic already in the token is kept as it is.
    """
    if _CYRILLIC.search(token):
        return token
    return "".join(
        _ACRONYM_DIGRAPHS.get(piece) or _ACRONYM_LETTERS.get(piece, piece)
        for piece in _ACRONYM_TOKEN.findall(token)
    )
