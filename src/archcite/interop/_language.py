"""The language of a citation's title, so that citation software leaves its case alone.

CSL processors (citeproc-js, pandoc) title-case the title of an item whose language is
English or not given ("Vypiska Iz Protokola", "Как Создавалась Библиотека"), and pandoc
sentence-cases such a BibTeX title. A title in Cyrillic is in the language its letters
show (:func:`archcite.translit.detect_language`); a Latin title that reads as a
transliteration (Russian function words such as *iz*, *ot*, *po*, the letter groups of
the common romanizations, transliterated acronyms such as *TsK*) is in the language of
the Cyrillic original where one is given, else in the language of the archive's name.
Anything else is taken to be English and gets no language.

>>> from archcite.model import DocumentCitation
>>> language(DocumentCitation(title="Vypiska iz Protokola No. 60 zasedaniya Prezidiuma"))
'ru'
>>> language(DocumentCitation(title="Лист до ЦК КП(б)У про хлібозаготівлі"))
'uk'
>>> language(DocumentCitation(title="Memorandum on Hungary")) is None
True
"""

from __future__ import annotations

import re

from .. import registry, translit
from ..model import DocumentCitation

__all__ = ["BABEL_NAMES", "language"]

#: biblatex's ``langid`` (babel and polyglossia names) for the language codes written.
BABEL_NAMES: dict[str, str] = {
    "ru": "russian",
    "uk": "ukrainian",
    "be": "belarusian",
    "bg": "bulgarian",
    "uz": "uzbek",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’ʹ][^\W\d_]+)*")
_ENGLISH = frozenset(
    {
        "the",
        "of",
        "and",
        "from",
        "on",
        "to",
        "in",
        "for",
        "with",
        "by",
        "at",
        "an",
        "about",
        "re",
        "regarding",
        "concerning",
        "between",
        "into",
        "its",
        "this",
        "that",
        "is",
        "are",
        "was",
        "were",
    }
)
_TRANSLITERATED = frozenset(
    {
        "iz",
        "ot",
        "po",
        "na",
        "dlia",
        "dlya",
        "ob",
        "pri",
        "v",
        "vo",
        "k",
        "ko",
        "s",
        "so",
        "i",
        "o",
        "za",
        "ili",
        "ne",
        "nad",
        "pod",
        "do",
        "bez",
        "kak",
        "chto",
        "tsk",
        "kpss",
        "sssr",
        "rsfsr",
        "vkp",
        "tov",
    }
)
# Letter groups of ALA-LC, BGN/PCGN and the "modified LC" of US scholarship that English
# words (nearly) never have: kh, zh, shch, ts at the start of a word, a soft or hard sign
# written as an apostrophe (pis'mo, not the English 's, n't, 'll), and Russian endings.
_GROUPS = re.compile(
    r"kh|zh|shch|^ts|['’ʹ](?!(?:s|t|ll|re|ve|d|m)$)|"
    r"(?:iia|iya|aia|aya|yi|yy|iy|ii|ogo|ego|ykh|ikh|ichu|skii|skiy|skaia|skaya)$"
)


def _reads_as_transliteration(title: str) -> bool:
    words = [word.lower() for word in _WORD.findall(title)]
    if any(word in _ENGLISH for word in words):
        return False
    return any(word in _TRANSLITERATED or _GROUPS.search(word) for word in words)


def _archive_language(citation: DocumentCitation) -> str | None:
    for reference in citation.references:
        found = registry.find(reference.archive) if reference.archive else None
        if found is not None and found.current.script == "cyrillic" and found.current.language:
            return found.current.language
    return None


def language(citation: DocumentCitation) -> str | None:
    """The language code of the citation's title (``ru``, ``uk``, …), None for English."""
    title = citation.title or citation.description
    if title is None:
        return None
    if translit.has_cyrillic(title):
        return translit.detect_language(title)
    if not _reads_as_transliteration(title):
        return None
    original = citation.original_title
    if original and translit.has_cyrillic(original):
        return translit.detect_language(original)
    return _archive_language(citation) or "ru"
