"""What the reference styles share: writing the archive and the levels in a script.

A style module describes itself with a :class:`ReferenceLayout` (labels, separators,
dash, verso mark, script, ibid word) and :func:`render` does the rest, so that the
styles differ only in the facts that make them different.

Archive names follow one rule in every style: only names the registry knows are
respelled (:func:`archive_name`). An acronym it does not know is written as cited, in
the script it was cited in — "NARA" stays "NARA" in GOST — except that a Latin style
romanises an unknown Cyrillic acronym, unless its romanisation would spell a name the
registry knows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from ... import registry, translit
from ...levels import LEVELS
from ...model import ArchivalReference, Folio, FolioRange, Folios, StyleOptions

__all__ = ["ReferenceLayout", "archive_name", "render"]


@attrs.frozen
class ReferenceLayout:
    """How one style writes a reference: its labels, punctuation, script and words.

    >>> from archcite.styles.reference.dstu import LAYOUT
    >>> LAYOUT.labels["delo"], LAYOUT.folio, LAYOUT.verso, LAYOUT.ibid
    ('Спр.', 'Арк.', ' зв.', 'Там само')
    """

    #: Label of each level, the folio label for one leaf and for several.
    labels: Mapping[str, str]
    folio: str
    folios: str
    #: The page labels for one page and for several, where a citation counts pages
    #: (``p. 14``, ``С. 34``) rather than leaves.
    page: str
    pages: str
    #: Between the archive and the first level, and between levels.
    separator: str
    #: Between a folio range's ends.
    dash: str
    #: After a verso folio number: "ob." (52ob.) or " об." (52 об.).
    verso: str
    #: "latin" or "cyrillic": the script of the archive's name and of letters in numbers.
    script: str
    #: The word of a short form that points back to the previous reference, written
    #: where the archive would be: "Ibid." (Ibid., l. 4), "Там же" (Там же. Л. 4.).
    ibid: str
    #: Written after the last element ("." in GOST).
    final: str = ""
    #: The words that put a former name after today's: "formerly", "бывш.".
    formerly: str = "formerly"
    #: Around a fond's title after its number: GOST's "Ф. 223 (С. Д. Полторацкий)".
    title: tuple[str, str] = (" (", ")")


def archive_name(token: str, layout: ReferenceLayout, options: StyleOptions | None = None) -> str:
    """The archive as this layout writes it: in its script, today's name first if ``modern``.

    >>> from archcite.styles.reference.chicago import LAYOUT
    >>> archive_name("ЦХСД", LAYOUT, StyleOptions(modern=True))
    'RGANI (formerly TsKhSD)'
    >>> from archcite.styles.reference.gost import LAYOUT
    >>> archive_name("NARA", LAYOUT)
    'NARA'
    """
    options = options if options is not None else StyleOptions()
    cited = _respell(token, layout.script, options.transliteration)
    if not options.modern:
        return cited
    today = registry.modern(token, layout.script, options.transliteration)
    if today is None or registry.is_current(token):
        return cited
    return f"{today} ({layout.formerly} {cited})"


def _respell(token: str, script: str, system: str) -> str:
    """The cited name in ``script``: the registry's spelling of it, or the token as cited.

    A name kept in its own script keeps its cited form ("APRF" stays "APRF"); one written
    in the other script takes the name's usual form ("АП РФ", not "АПРФ"), in the letters
    of the language the archive wrote it in (TsDIAK is "ЦДІАК України", never a Russian
    "ЦДИАК"). A token the registry does not know is not given a name in the other script
    that nobody wrote, with one exception: a Latin style romanises an unknown Cyrillic
    acronym ("ГАКО" is "GAKO"), which is what US practice prints, unless the romanisation
    spells the name of an archive the token is not. A token the registry knows only with
    an archive's own name in guillemets ("ЦА ФСБ «Лубянка»") is romanised whole.
    """
    same_script = translit.has_cyrillic(token) == (script == "cyrillic")
    spelled = registry.respell(token, script, system, keep_variant=same_script)
    if spelled is not None:
        return spelled
    if script == "latin" and translit.has_cyrillic(token):
        romanised = translit.to_latin(token, system)
        named = registry.archive_id(romanised)
        return token if named is not None and named != registry.archive_id(token) else romanised
    return token


# A Roman numeral, which both scripts write in Latin capitals: "Разд. IV", "Т. II".
_ROMAN_RE = re.compile(r"[IVXLCDM]+")


def _identifier(value: str, script: str) -> str:
    """Letters inside a number follow the style's script: Р-5446 is R-5446 in Latin; a
    Roman numeral is Latin in both ("Т. II", never "Т. ИИ")."""
    if _ROMAN_RE.fullmatch(value):
        return value
    if script == "latin":
        return translit.to_latin(value, "ala-lc") if translit.has_cyrillic(value) else value
    if any("a" <= char.lower() <= "z" for char in value):
        return translit.acronym_to_cyrillic(value)
    return value


def _title(title: str, layout: ReferenceLayout, system: str) -> str:
    """A fond's title in the style's script: a Latin style romanises a Cyrillic title.

    A Cyrillic style keeps a Latin title as cited: no table turns prose back into Cyrillic.

    >>> from archcite.styles.reference.chicago import LAYOUT
    >>> _title("С. Д. Полторацкий", LAYOUT, "ala-lc")
    ' (S. D. Poltoratskii)'
    """
    if layout.script == "latin" and translit.has_cyrillic(title):
        title = translit.to_latin(title, system)
    opening, closing = layout.title
    return f"{opening}{title}{closing}"


def _folio(folio: Folio, layout: ReferenceLayout) -> str:
    suffix = _identifier(folio.suffix, layout.script) if folio.suffix else ""
    return f"{folio.number}{suffix}{layout.verso if folio.verso else ''}"


def _folio_range(item: FolioRange, layout: ReferenceLayout) -> str:
    start = _folio(item.start, layout)
    if item.end is None:
        return start
    # A verso mark with a space before it would run into the dash: "13 об.–14".
    return f"{start}{layout.dash}{_folio(item.end, layout)}"


def _folios(folios: Folios, layout: ReferenceLayout) -> str:
    """``ll. 13–14`` for leaves, ``pp. 211–212`` for pages: a page is never made a leaf."""
    if folios.unit == "page":
        label = layout.pages if folios.is_plural else layout.page
    else:
        label = layout.folios if folios.is_plural else layout.folio
    return f"{label} " + ", ".join(_folio_range(item, layout) for item in folios)


def _join(parts: list[str], separator: str) -> str:
    """The parts with ``separator`` between them, never doubling a stop a part ends with.

    "ГА Винницкой обл." and a verso's "52 об." end in their own full stop, which serves
    as GOST's separating one too.

    >>> _join(["ГА Винницкой обл.", "Ф. 1"], ". ")
    'ГА Винницкой обл. Ф. 1'
    """
    text = ""
    for part in parts:
        if text:
            doubled = separator.startswith(".") and text.endswith(".")
            text += separator[1:] if doubled else separator
        text += part
    return text


def render(
    reference: ArchivalReference,
    layout: ReferenceLayout,
    options: StyleOptions | None = None,
    *,
    ibid: bool = False,
    closed: bool = True,
) -> str:
    """Write ``reference`` following ``layout``, with ``options`` (the defaults without).

    A fond's title follows the fond's number, in the layout's brackets and script.
    ``ibid`` writes the layout's ibid word where the archive would be: a short form
    has no archive of its own. ``closed=False`` leaves out the layout's closing stop,
    but not a stop that ends an abbreviation ("52 об.").

    >>> from archcite.styles.reference.wilson import LAYOUT
    >>> render(ArchivalReference(archive="ЦХСД", fond="89"), LAYOUT, StyleOptions(modern=True))
    'RGANI (formerly TsKhSD), F. 89'
    >>> from archcite.styles.reference.gost import LAYOUT
    >>> render(ArchivalReference(fond="223", title="С. Д. Полторацкий", delo="1"), LAYOUT)
    'Ф. 223 (С. Д. Полторацкий). Д. 1.'
    >>> render(ArchivalReference(folios=Folios((Folio(4),))), LAYOUT, ibid=True)
    'Там же. Л. 4.'
    >>> render(ArchivalReference(delo="5", folios=Folios((Folio(52, verso=True),))), LAYOUT,
    ...        closed=False)
    'Д. 5. Л. 52 об.'
    """
    options = options if options is not None else StyleOptions()
    parts = []
    if ibid:
        parts.append(layout.ibid)
    elif reference.archive is not None:
        parts.append(archive_name(reference.archive, layout, options))
    for level in LEVELS:
        value = getattr(reference, level)
        if value is None:
            continue
        if isinstance(value, Folios):
            parts.append(_folios(value, layout))
            continue
        part = f"{layout.labels[level]} {_identifier(value, layout.script)}"
        if level == "fond" and reference.title is not None:
            part += _title(reference.title, layout, options.transliteration)
        parts.append(part)
    text = _join(parts, layout.separator)
    if closed and layout.final and not text.endswith(layout.final):
        text += layout.final
    return text
