"""Archives as citations name them: acronyms, full names, and regional phrases."""

from __future__ import annotations

import functools
from collections.abc import Collection

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import registry, translit
from ._base import Script, check_choices, check_script, check_system, pick_script

__all__ = ["ARCHIVE_PHRASE_FORMS", "archive_phrases", "archives"]


@functools.cache
def archive_tokens(script: str | None, system: str | None, historical: bool) -> tuple[str, ...]:
    """The registry's acronyms in ``script`` and ``system``, sorted."""
    found: dict[str, None] = {}
    for archive in registry.archives():
        for name in archive.names:
            if name.kind not in ("original", "transliteration", "usage"):
                continue  # translations and other names are not acronyms
            if script is not None and name.script != script:
                continue
            if system is not None and name.script == "latin" and name.system not in (None, system):
                continue
            if system is not None and name.kind == "usage":
                continue  # a spelling found in use belongs to no system
            former = archive.successor is not None or name.former
            if former and not historical:
                continue
            for spelling in name.spellings:
                if _is_acronym(spelling):
                    found.setdefault(spelling)
    return tuple(sorted(found))


def _is_acronym(spelling: str) -> bool:
    """An acronym opens with a word of two capitals or more ("TsKhSD", "AP RF"); the
    archival agencies' names ("Rosarkhiv", "Главархив СССР") are not archives a fond is
    cited in, and the grammar does not read them before a shelfmark."""
    first = spelling.split()[0]
    return sum(char.isupper() for char in first) >= 2


@functools.cache
def printed_archives(script: str, system: str) -> tuple[str, ...]:
    """The tokens a style in ``script`` and ``system`` prints as they are."""
    return tuple(
        token
        for token in archive_tokens(script, None, True)
        if registry.respell(token, script, system) == token
    )


def archives(
    script: Script | None = None, system: str | None = None, historical: bool = True
) -> st.SearchStrategy[str]:
    """Archive tokens as they are cited, drawn from archcite's registry.

    ``script`` narrows them to ``"cyrillic"`` (``"ЦХСД"``) or ``"latin"`` (``"TsKhSD"``);
    ``system`` narrows the Latin ones to one transliteration system of
    :data:`archcite.translit.SYSTEMS` (``"iso9"`` gives ``"CHSD"``; names first written in
    Latin letters, such as ``"SAPMO-BArch"``, belong to every system); ``historical=False``
    leaves out former names and archives since merged away, keeping today's names only.
    Only acronyms are drawn: the agencies' names ("Rosarkhiv") are not archives a shelfmark
    is cited in. For archives named in words, see :func:`archive_phrases`.

    For example, ``archives(script="latin", historical=False).example()`` may give::

        'RGANI'
    """
    check_script(script)
    check_system(system)
    tokens = archive_tokens(script, system, historical)
    if not tokens:  # pragma: no cover - the shipped registry always has some
        raise InvalidArgument("no archive in the registry fits these arguments")
    return st.sampled_from(tokens)


# --- archives named in words -------------------------------------------------------------


@functools.cache
def full_names(script: str | None) -> tuple[str, ...]:
    """Every full name the registry holds, in any language and transliteration."""
    found: dict[str, None] = {}
    for archive in registry.archives():
        for name in archive.names:
            if name.full and (script is None or name.script == script):
                found.setdefault(name.full)
    return tuple(sorted(found))


@functools.cache
def introduced_names(script: str | None) -> tuple[tuple[str, str], ...]:
    """(full name, acronym) of the registry's names that have both."""
    found: dict[tuple[str, str], None] = {}
    for archive in registry.archives():
        for name in archive.names:
            if not (name.full and name.acronym and _is_acronym(name.acronym)):
                continue
            if script is None or name.script == script:
                found.setdefault((name.full, name.acronym))
    return tuple(sorted(found))


@functools.cache
def glossed_names() -> tuple[tuple[str, str, str], ...]:
    """(English name, romanised name, acronym) of the registry's archives that have both
    names under one acronym, as English notes give them: "Russian State Archive of the
    Economy (Rossiiskii gosudarstvennyi arkhiv ekonomiki, RGAE)"."""
    found: dict[tuple[str, str, str], None] = {}
    for archive in registry.archives():
        english = {
            name.index: name.full for name in archive.names if name.language == "en" and name.full
        }
        for name in archive.names:
            if name.system != "ala-lc" or not (name.full and name.acronym):
                continue
            if name.index in english and _is_acronym(name.acronym):
                found.setdefault((english[name.index], name.full, name.acronym))
    return tuple(sorted(found))


# The regions whose archives citations name in words rather than by an acronym the
# registry knows: the genitive adjective in Russian and Ukrainian, and the English name.
_REGIONS = (
    ("Тверской", "Тверської", "Tver"),
    ("Курской", "Курської", "Kursk"),
    ("Смоленской", "Смоленської", "Smolensk"),
    ("Тамбовской", "Тамбовської", "Tambov"),
    ("Вологодской", "Вологодської", "Vologda"),
    ("Омской", "Омської", "Omsk"),
    ("Харьковской", "Харківської", "Kharkiv"),
    ("Полтавской", "Полтавської", "Poltava"),
    ("Житомирской", "Житомирської", "Zhytomyr"),
    ("Одесской", "Одеської", "Odesa"),
)
# How a regional archive is named: (language, template, whether it is an acronym phrase
# that may also stand after the levels, "… д. 5 / ГА Житомирской обл.", the systems its
# transliterations are drawn in). The grammar does not yet read "Gosarkhiv" and
# "Derzharkhiv", ISO 9's Ukrainian "arhìv", nor a soft sign inside the region of an
# acronym phrase ("GA Khar'kovskoi obl."): see tests/test_properties.py.
_ALL = translit.SYSTEMS
_NOT_ISO9 = tuple(system for system in translit.SYSTEMS if system != "iso9")
_REGION_TEMPLATES: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    ("ru", "Госархив {} обл.", False, ()),
    ("ru", "Гос. архив {} области", False, _ALL),
    ("ru", "Государственный архив {} области", False, _ALL),
    ("ru", "Архив УФСБ по {} обл.", False, _ALL),
    ("ru", "Арх. УФСБ по {} обл.", False, _ALL),
    ("ru", "ГА {} обл.", True, _ALL),
    ("ru", "УФСБ по {} области", True, _ALL),
    ("uk", "Держархів {} області", False, ()),
    ("uk", "Державний архів {} області", False, _NOT_ISO9),
    ("en", "State Archive of {} Oblast", False, ()),
)
_SOFT_SIGNS = ("'", "’", "ʹ")
# The republics of the Federation, whose archives are named with the noun "Республика"
# in the genitive after an adjective or before the republic's name ("ЦГА Удмуртской
# Республики", "ЦГА Республики Татарстан"), in Cyrillic and every transliteration.
_REPUBLIC_PHRASES = (
    *(f"ЦГА {adjective} Республики" for adjective in ("Удмуртской", "Чувашской", "Мордовской")),
    *(f"ЦГА Республики {name}" for name in ("Татарстан", "Башкортостан", "Коми")),
    "НА Республики Карелия",
    # and a city or a country in the genitive after the acronym (GENITIVE_ENDINGS)
    "ЦГА Москвы",
    "ЦГИА Грузии",
    "ЦГА Туркменистана",
    "ЦГАОР Ленинграда",
    "ГА Оренбурга",
    # and a town with its abbreviation, capitals after it the name's
    "ЦГА г. Алматы РК",
    "ГА г. Семей",
    "ЦГА г. Москвы",
    # and the Federation's own, spelt out after the acronym
    "ГА Российской Федерации",
    # and a Soviet republic's short name
    "ЦГИА КазССР",
    "ЦГА УзССР",
)


@functools.cache
def region_phrases(script: str | None, acronyms_only: bool) -> tuple[str, ...]:
    """Regional archives named by a generic phrase, in every language and system."""
    found: dict[str, None] = {}
    for russian, ukrainian, english in _REGIONS:
        for language, template, acronym, systems in _REGION_TEMPLATES:
            if acronyms_only and not acronym:
                continue
            region = {"ru": russian, "uk": ukrainian, "en": english}[language]
            phrase = template.format(region)
            forms = [phrase]
            for system in systems:
                latin = translit.to_latin(phrase, system, language)
                if not (acronym and any(sign in latin for sign in _SOFT_SIGNS)):
                    forms.append(latin)
            for form in forms:
                if script is None or (script == "cyrillic") == translit.has_cyrillic(form):
                    found.setdefault(form)
    for phrase in _REPUBLIC_PHRASES:
        forms = [phrase, *(translit.to_latin(phrase, system, "ru") for system in _ALL)]
        for form in forms:
            if script is None or (script == "cyrillic") == translit.has_cyrillic(form):
                found.setdefault(form)
    return tuple(found)


#: The ways :func:`archive_phrases` names an archive.
ARCHIVE_PHRASE_FORMS = ("acronym", "name", "region")


@st.composite
def _archive_phrase(draw: st.DrawFn, forms: tuple[str, ...], script: str | None) -> str:
    form = draw(st.sampled_from(forms))
    script = pick_script(draw, script)
    if form == "acronym":
        token = draw(st.sampled_from(archive_tokens(script, None, True)))
    elif form == "name":
        token = draw(st.sampled_from(full_names(script)))
    else:
        token = draw(st.sampled_from(region_phrases(script, acronyms_only=False)))
    return token


def archive_phrases(
    forms: Collection[str] | None = None, *, script: Script | None = None
) -> st.SearchStrategy[str]:
    """An archive named as citations name it before a shelfmark.

    ``forms`` chooses among :data:`ARCHIVE_PHRASE_FORMS` (default: all): ``"acronym"``,
    the registry's acronyms in both scripts and every transliteration (``"TsKhSD"``,
    ``"ЦХСД"``, ``"CChSD"``); ``"name"``, every full name the registry holds, in Russian,
    Ukrainian, English and every transliteration (``"State Archive of the Russian
    Federation"``); ``"region"``, the generic phrases of the regional archives no registry
    lists one by one (``"Госархив Тверской обл."``, ``"Держархів Харківської області"``,
    ``"State Archive of Kursk Oblast"``, ``"Derzhavnyi arkhiv Poltavs'koi oblasti"``).
    ``script`` fixes the script of the phrase. The grammar keeps an archive as cited, so
    :func:`archcite.parse` gives the phrase itself as ``archive``, and ``archive_id``
    from the registry (None for a regional phrase).

    For example, ``archive_phrases(["region"], script="cyrillic").example()`` may give::

        'Гос. архив Курской области'
    """
    chosen = check_choices("forms", forms, ARCHIVE_PHRASE_FORMS)
    if not chosen:
        raise InvalidArgument("forms must name at least one form")
    check_script(script)
    return _archive_phrase(chosen, script)
