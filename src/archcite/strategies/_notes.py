"""Notes with references at known places: footnotes and the citations of documents."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import translit
from ..levels import LEVELS, complete
from ..model import ArchivalReference, Match, StyleOptions
from ..reading.labels import LABELS, TO_LATIN_LOOK_ALIKES, label_key
from ..reading.patterns import FOREIGN_ARCHIVES, INVISIBLE
from ..styles import format_in_text, format_reference, style_names
from ._archives import printed_archives
from ._base import check_choices, check_style, style_script
from ._numbers import _COMMON, IDENTIFIER_SHAPES, folio_list, identifier
from ._references import references
from ._written import (
    ARCHIVE_PLACES,
    DEFAULT_FORMS,
    REFERENCE_FORMS,
    START_LEVELS,
    Hand,
    Written,
    damaged,
    hands,
    ibid_words,
    levels_text,
    written_reference,
)

__all__ = ["CONTINUATIONS", "TRAPS", "document_citations", "footnotes"]

_PROSE = {
    "latin": (
        "the",
        "committee",
        "discussed",
        "report",
        "on",
        "harvest",
        "plan",
        "was",
        "sent",
        "to",
        "secretariat",
        "minutes",
        "of",
        "meeting",
        "record",
        "shows",
        "that",
        "draft",
        "with",
        "corrections",
        "by",
        "hand",
        "telegram",
        "ambassador",
        "reply",
        "later",
        "copy",
        "original",
        "not",
        "found",
        "also",
        "memorandum",
        "journal",
    ),
    "cyrillic": (
        "протокол",
        "заседания",
        "бюро",
        "записка",
        "о",
        "ходе",
        "уборки",
        "урожая",
        "была",
        "направлена",
        "в",
        "секретариат",
        "проект",
        "постановления",
        "с",
        "правкой",
        "от",
        "руки",
        "телеграмма",
        "посла",
        "ответ",
        "копия",
        "подлинник",
        "не",
        "обнаружен",
        "также",
        "письмо",
        "докладная",
        "справка",
    ),
}
_SURNAMES = {
    "latin": ("Chernukha", "Kozlov", "Brezhnev", "Volkogonov", "Ivanova", "Scott", "Kramer"),
    "cyrillic": ("Розанов", "Козлов", "Брежнев", "Волкогонов", "Иванова", "Полторацкий"),
}
_INTRO = {
    "latin": ("See ", "Cited in ", "The original is in ", "Cf. ", "Published from ", "("),
    "cyrillic": ("См.: ", "Цит. по: ", "Подлинник: ", "См. также: ", "("),
}
_JOINERS = {"latin": ("; ", " and ", ", and "), "cyrillic": ("; ", " и ", ", и ")}
_FILE_JOINERS = {"latin": (", ", " and ", ", and "), "cyrillic": (", ", " и ", ", и ")}
_DESCRIPTION_WORDS = {
    "latin": ("Original", "Typewritten", "Copy", "Draft", "Signed", "Carbon copy"),
    "cyrillic": ("Подлинник", "Машинопись", "Копия", "Черновик", "Автограф", "Отпуск"),
}
_VERSOS = ("ob", "об", "зв", "zv", "адв", "adv", "verso", "rev", "Rs")
# Damage may put a character that prints nothing inside a verso mark ("ve\u200drso").
_PRINTS_NOTHING = str.maketrans("", "", INVISIBLE)
_MONTHS = ("January", "March", "May", "July", "September", "November")
_RU_MONTHS = ("января", "марта", "мая", "июля", "сентября", "ноября")

#: The ways :func:`footnotes` continues a reference after it.
CONTINUATIONS = ("levels", "files", "repeated", "bracketed", "description", "ibid")
#: The words :func:`footnotes` puts around references that look like parts of one and are
#: not. ``"year_after"`` (a bare year after a reference: ``…, l. 3, 1956``) and
#: ``"letters"`` (the Baltic letters and OCR's digits in prose: ``b. 1905``, ``n. 3``,
#: ``vol. 11. 52``) are not drawn unless asked for.
TRAPS = ("op_cit", "initials", "books", "laws", "western", "dates", "year_after", "letters")
_DEFAULT_TRAPS = tuple(kind for kind in TRAPS if kind not in ("year_after", "letters"))


def _unclosed(reference: ArchivalReference, style: str, system: str = "ala-lc") -> str:
    """A reference as written, without the closing full stop of a style like GOST.

    The stop of a verso mark (``52ob.``, ``52 об.``, ``52 зв.``) is part of the reference;
    the style's layout tells the two apart.
    """
    options = StyleOptions(transliteration=system)
    written = format_in_text(reference, style, options, closed=False)
    if written is not None:
        return written
    # A style registered without a layout: only the commonest verso marks are known.
    written = format_reference(reference, style, options)
    if written.endswith(".") and not written.endswith(tuple(f"{mark}." for mark in _VERSOS)):
        return written[:-1]
    return written


def _glued_number_fits(note: _Note, forms: frozenset[str], written: Written) -> bool:
    """Whether a note's number may run into the reference that opens it: with the
    "damage" form, before an acronym at the note's start."""
    return (
        not note.text
        and "damage" in forms
        and written.place == "acronym"
        and not written.before
        and written.body[:1].isupper()
    )


class _Note:
    """A note being written, with the matches it holds and where they stand."""

    def __init__(self) -> None:
        self.text = ""
        self.matches: list[Match] = []

    def write(self, text: str) -> None:
        last = self.matches[-1] if self.matches else None
        self.text += text
        if (
            text.startswith(".")
            and last is not None
            and last.span[1] == len(self.text) - len(text)
            and last.text.translate(_PRINTS_NOTHING).endswith(_VERSOS)
        ):
            # A verso mark takes the full stop after it: "145об." is read whole.
            start = last.span[0]
            end = last.span[1] + 1
            self.matches[-1] = attrs.evolve(last, span=(start, end), text=self.text[start:end])

    def add(
        self,
        written: str,
        reference: ArchivalReference,
        resolved: ArchivalReference,
        kind: Literal["full", "continuation", "ibid"],
        start: int | None = None,
        skipped: tuple[tuple[int, int], ...] = (),
    ) -> Match:
        begin = len(self.text) if start is None else start
        self.text += written
        span = (begin, len(self.text))
        shift = len(self.text) - len(written)
        moved = tuple((shift + a, shift + b) for a, b in skipped)
        match = Match(reference, resolved, kind, span, self.text[begin:], skipped=moved)
        self.matches.append(match)
        return match

    def end_sentence(self) -> None:
        if not self.text.endswith("."):
            self.write(".")


# --- traps ----------------------------------------------------------------------------------


def _initials(script: str) -> tuple[str, ...]:
    """Capitals that are also one-letter labels ("F.", "Д.", "L."): a person's initials."""
    letters = {
        label_key(spelling).upper()
        for spellings in LABELS.values()
        for spelling in spellings
        if len(label_key(spelling)) == 1
        and (script == "cyrillic") == translit.has_cyrillic(spelling)
    }
    return tuple(sorted(letters))


@st.composite
def _trap(draw: st.DrawFn, kind: str, script: str) -> str:
    n, m = draw(st.integers(1, 40)), draw(st.integers(2, 600))
    year = draw(st.integers(1918, 1991))
    latin = script == "latin"
    if kind == "op_cit":
        return draw(
            st.sampled_from(
                (f"op. cit., p. {m}", "op. cit.") if latin else (f"Указ. соч. С. {m}", "указ. соч.")
            )
        )
    if kind == "initials":
        first, second = draw(st.lists(st.sampled_from(_initials(script)), min_size=2, max_size=2))
        surname = draw(st.sampled_from(_SURNAMES[script]))
        return draw(st.sampled_from((f"{first}. {surname}", f"{first}. {second}. {surname}")))
    if kind == "books":
        if latin:
            return draw(
                st.sampled_from(
                    (f"vol. {n}, pp. {m}–{m + 1}", f"p. {m}", f"vol. {n}", f"pp. {m}–{m + n}")
                )
            )
        return draw(st.sampled_from((f"Т. {n}. С. {m}", f"С. {m}–{m + n}", f"Вып. {n}. С. {m}")))
    if kind == "letters":
        # "born 1905", "note 3", "Seite 12", and OCR's digits for "l." after no file.
        if latin:
            return draw(
                st.sampled_from(
                    (
                        f"b. {year}",
                        f"n. {n}",
                        f"s. {m}",
                        f"vol. 11. {m}",
                        f"in 1. {n}",
                        f"S. {m} f.",
                    )
                )
            )
        return draw(st.sampled_from((f"т. 11. {m}", f"в 1. {n}")))
    if kind == "laws":
        code = draw(st.sampled_from(("СЗ СССР", "СУ РСФСР", "Ведомости ВС СССР")))
        return f"{code}. {year}. № {n}. Ст. {m}"
    if kind == "western":
        series = draw(st.sampled_from(("FO", "PREM", "CAB", "WO")))
        assert series in FOREIGN_ARCHIVES
        return draw(
            st.sampled_from(
                (
                    f"NARA, RG {n}, Box {m}",
                    f"TNA, {series} {m}/{m * 7 + n}",
                    f"BArch NS {n}/{m}",
                    f"AAN, KC PZPR, sygn. {m}/V-{n}",
                )
            )
        )
    # Dates.
    day = draw(st.integers(1, 28))
    month = draw(st.integers(0, len(_MONTHS) - 1))
    if latin:
        return draw(st.sampled_from((f"{day} {_MONTHS[month]} {year}", f"in {year}")))
    return draw(st.sampled_from((f"{day} {_RU_MONTHS[month]} {year} г.", f"в {year} г.")))


@st.composite
def _date_after(draw: st.DrawFn, script: str, bare_year: bool) -> str:
    """A date right after a reference: ", 12 March 1956", " (1956)", ". 1956 г."."""
    year = draw(st.integers(1918, 1991))
    day = draw(st.integers(1, 28))
    month = draw(st.integers(0, len(_MONTHS) - 1))
    if script == "latin":
        forms = [f", {day} {_MONTHS[month]} {year}", f" ({year})", f", {_MONTHS[month]} {year}"]
    else:
        forms = [
            f", {day} {_RU_MONTHS[month]} {year} г.",
            f" ({year})",
            f". {year} г.",
            f", {year} г.",
        ]
    if bare_year:
        forms.append(f", {year}")
    return draw(st.sampled_from(forms))


def _prose(draw: st.DrawFn, script: str, traps: tuple[str, ...]) -> str:
    words = draw(st.lists(st.sampled_from(_PROSE[script]), min_size=2, max_size=8))
    kinds = [kind for kind in traps if kind != "year_after"]
    trapped = draw(st.booleans())
    if kinds and trapped:
        # Never first: after a reference, "… d. 7. Vol. 2, p. 17" reads as one reference
        # going on to its volume and page, as GOST separates its levels by full stops.
        where = draw(st.integers(1, len(words)))
        words.insert(where, draw(_trap(draw(st.sampled_from(kinds)), script)))
    sentence = " ".join(words)
    return sentence[0].upper() + sentence[1:] + ". "


# --- writers: a registered style, or a hand --------------------------------------------------


@attrs.frozen
class _Writer:
    """How a note writes its references: in a registered style, or in a hand."""

    script: str
    style: str | None = None
    system: str = "ala-lc"
    hand: Hand | None = None
    places: tuple[str, ...] = ()
    shapes: tuple[str, ...] = _COMMON

    @property
    def separator(self) -> str:
        if self.hand is not None:
            return self.hand.separator
        return ". " if self.script == "cyrillic" else ", "

    def full(self, draw: st.DrawFn, places: tuple[str, ...] | None = None) -> Written:
        if self.hand is not None:
            where = self.places if places is None else places
            return draw(
                written_reference(
                    self.hand, where, shapes=self.shapes, start=START_LEVELS, standalone=True
                )
            )
        assert self.style is not None
        tokens = st.none() | st.sampled_from(printed_archives(self.script, self.system))
        while True:
            reference = draw(references(tokens, LEVELS, ("fond",), self.script))
            if _is_standalone(reference):
                break
        return Written("", _unclosed(reference, self.style, self.system), "", reference)

    def partial(self, draw: st.DrawFn, partial: ArchivalReference) -> str:
        if self.hand is None:
            assert self.style is not None
            return _unclosed(partial, self.style)
        text = levels_text(draw, self.hand, partial, hierarchical=True)
        return draw(damaged(text)) if "damage" in self.hand.forms else text

    def folios_alone(self, draw: st.DrawFn, partial: ArchivalReference) -> str:
        """Leaves after a description, with the label that reads there: "L. 5–11"."""
        if self.hand is None:
            return self.partial(draw, partial)
        hand = attrs.evolve(self.hand, labels=self.hand.safe_labels, forms=frozenset())
        return levels_text(draw, hand, partial, hierarchical=True)


def _is_standalone(reference: ArchivalReference) -> bool:
    """Enough levels that free text reads it as a reference (not a page or a volume)."""
    has_file = reference.delo is not None or reference.ed_khr is not None
    if reference.archive is None:
        return reference.fond is not None and (
            has_file or reference.opis is not None or reference.korobka is not None
        )
    return reference.fond is not None or has_file


def _partial(
    draw: st.DrawFn, antecedent: ArchivalReference, script: str, shapes: tuple[str, ...]
) -> ArchivalReference:
    """New lower levels of ``antecedent``'s shape: ``d. 60, l. 11`` after ``…, d. 73, l. 9``."""
    shape = [level for level in antecedent.levels if level != "rolik"]
    cut = draw(st.integers(0, len(shape) - 1))
    values: dict[str, Any] = {}
    for level in shape[cut:]:
        if level == "folios":
            assert antecedent.folios is not None
            values["folios"] = draw(folio_list(2, True, script, antecedent.folios.unit))
        else:
            values[level] = draw(identifier(level, script, shapes))
    return ArchivalReference(**values)


def _next_number(draw: st.DrawFn, previous: str) -> str:
    """The next file or inventory of a list: "Д. 34, 41" (lists run upwards)."""
    if previous.isdigit():
        return str(int(previous) + draw(st.integers(1, 50)))
    return str(draw(st.integers(1, 999)))


@st.composite
def _footnote(
    draw: st.DrawFn,
    min_refs: int,
    max_refs: int,
    style: str | None,
    traps: tuple[str, ...],
    forms: frozenset[str],
    continuations: tuple[str, ...],
    places: tuple[str, ...],
) -> tuple[str, list[Match]]:
    if style is None and draw(st.booleans()):
        hand = draw(hands(forms, None))
        for level, word in (("fond", "collection"), ("opis", "perechen")):
            if label_key(hand.labels[level]).translate(TO_LATIN_LOOK_ALIKES).startswith(word):
                # Free text finds no reference whose fond is labelled "Collection", nor one
                # that opens with "Perechen'": see the tests.
                labels = {**hand.labels, level: hand.safe_labels[level]}
                hand = attrs.evolve(hand, labels=labels)
        shapes = IDENTIFIER_SHAPES if "identifiers" in forms else _COMMON
        chosen = places if "archives" in forms else ("acronym",)
        writer = _Writer(hand.script, hand=hand, places=chosen, shapes=shapes)
    else:
        name = style if style is not None else draw(st.sampled_from(style_names()))
        system = draw(st.sampled_from(translit.SYSTEMS))
        writer = _Writer(style_script(name), style=name, system=system)
    script = writer.script
    note = _Note()
    count = draw(st.integers(min_refs, max_refs))
    if draw(st.booleans()):
        note.write(_prose(draw, script, traps))
    previous: Match | None = None
    while len(note.matches) < count:
        closing = ""
        last_level: str | None = None
        compact = archive_last = False
        if previous is None or "ibid" not in continuations or draw(st.booleans()):
            book = "bracketed" in continuations and draw(st.integers(0, 4)) == 0
            written = writer.full(draw, ("acronym", "name", "region") if book else None)
            if book:
                surname = draw(st.sampled_from(_SURNAMES[script]))
                title = draw(st.sampled_from(_PROSE[script])).capitalize()
                note.write(f"{surname}, {title}, {draw(st.integers(1, 400))} (")
                closing = ")"
            else:
                intro = draw(st.sampled_from(_INTRO[script]))
                if written.before and intro == "(":
                    intro = _INTRO[script][2]
                if _glued_number_fits(note, forms, written) and not draw(st.integers(0, 3)):
                    # the note's number run into the archive, as a superscript loses its
                    # space when a page is copied: "36РЦХИДНИ. Ф. 77"
                    intro = str(draw(st.integers(1, 299)))
                note.write(intro)
                closing = ")" if intro == "(" else ""
            note.write(written.before)
            compact = written.compact
            archive_last = written.place == "after"
            reference = written.reference
            previous = note.add(written.body, reference, reference, "full", skipped=written.skipped)
            closing = written.after + closing
            levels = list(reference.levels)
            last_level = levels[-1] if levels and writer.hand is None else None
            if book and count > len(note.matches):
                partial = _partial(draw, reference, script, writer.shapes)
                partial_levels = list(partial.levels)
                # Two levels or more, a file or an inventory among them, and no fond: a
                # reference that cannot stand alone, continuing the one before it.
                if (
                    len(partial_levels) >= 2
                    and set(partial_levels) & {"delo", "ed_khr", "opis"}
                    and "fond" not in partial_levels
                ):
                    note.write(f"{closing}, {draw(st.integers(1, 400))} (")
                    resolved = complete(previous.resolved, partial)
                    previous = note.add(
                        writer.partial(draw, partial), partial, resolved, "continuation"
                    )
        else:
            partial = _partial(draw, previous.resolved, script, writer.shapes)
            start = len(note.text)
            note.write(
                draw(st.sampled_from(ibid_words(script))) + draw(st.sampled_from((". ", ", ")))
            )
            previous = note.add(
                writer.partial(draw, partial),
                partial,
                complete(previous.resolved, partial),
                "ibid",
                start,
            )
            levels = list(partial.levels)
            last_level = levels[-1] if writer.hand is None else None
        # What continues it: "; d. 60, l. 11", " and d. 64", "Д. 34, 41", "Оп. 1: Д. 7.
        # С. 15; Д. 24. С. 154–56", "L. 4. Original. Typewritten. L. 5–11".
        while len(note.matches) < count and draw(st.booleans()):
            kinds = [k for k in continuations if k not in ("ibid", "bracketed")]
            if not kinds:
                break
            kind = draw(st.sampled_from(kinds))
            antecedent = previous.resolved
            if kind == "files" and last_level in ("delo", "ed_khr", "opis"):
                value = _next_number(draw, str(getattr(antecedent, last_level)))
                values: dict[str, Any] = {last_level: value}
                partial = ArchivalReference(**values)
                note.write(draw(st.sampled_from(_FILE_JOINERS[script])))
                previous = note.add(value, partial, complete(antecedent, partial), "continuation")
                continue
            if kind == "description" and antecedent.folios is not None:
                # One word after a verso's stop ("Л. 237 об. Машинопись. Л. 326.") is not
                # read: see the tests.
                words = draw(
                    st.lists(st.sampled_from(_DESCRIPTION_WORDS[script]), min_size=2, max_size=3)
                )
                note.end_sentence()
                note.write(" " + ". ".join(words) + ". ")
                leaves = draw(folio_list(2, True, script, "leaf"))
                partial = ArchivalReference(folios=leaves)
                written_folios = writer.folios_alone(draw, partial)
                previous = note.add(
                    written_folios, partial, complete(antecedent, partial), "continuation"
                )
                note.end_sentence()
                note.write(" " + draw(st.sampled_from(_DESCRIPTION_WORDS[script])))
                last_level = None
                break
            partial = _partial(draw, antecedent, script, writer.shapes)
            # A level given again opens the next reference: "Д. 7. С. 15. Д. 8. С. 16".
            repeats = next(iter(partial.levels)) in previous.reference.levels
            if kind == "repeated" and repeats and not archive_last:
                joiner = writer.separator
                if note.text.endswith(".") and joiner.startswith("."):
                    joiner = joiner[1:]
            else:
                joiner = draw(st.sampled_from(_JOINERS[script]))
            note.write(joiner)
            previous = note.add(
                writer.partial(draw, partial),
                partial,
                complete(antecedent, partial),
                "continuation",
            )
            archive_last = False
            levels = list(partial.levels)
            last_level = levels[-1] if writer.hand is None else None
        if "dates" in traps and not (closing or compact) and draw(st.integers(0, 4)) == 0:
            note.write(draw(_date_after(script, "year_after" in traps)))
        note.write(closing)
        note.end_sentence()
        note.write(" ")
        if draw(st.booleans()):
            note.write(_prose(draw, script, traps))
    return note.text.rstrip(), note.matches


def footnotes(
    min_refs: int = 0,
    max_refs: int = 5,
    *,
    style: str | None = None,
    traps: bool | Collection[str] = True,
    forms: Collection[str] | None = None,
    continuations: Collection[str] | None = None,
    places: Collection[str] | None = None,
) -> st.SearchStrategy[tuple[str, list[Match]]]:
    """Pairs ``(text, expected_matches)``: a note with references at known places.

    Between ``min_refs`` and ``max_refs`` references in sentences of prose, written in one
    registered ``style``, or (``style=None``, half the time) in one hand of
    :func:`reference_variants` with its ``forms`` (default: all but ``"damage"``,
    ``"recto"``, ``"baltic"`` and ``"ocr"``), the
    archive named in any of ``places`` (default: all of :data:`ARCHIVE_PLACES`, those that
    keep the archive outside the reference's span too: ``AVP RF (F. 0129. …)``,
    ``Tsentral'nyi … arkhiv … (TsGA RT), f. 732``, ``RGASPI, Politburo protocol of 5 May
    1932, f. 17, …``).

    References are continued in the ways of :data:`CONTINUATIONS` (default: all):
    ``"levels"`` (``; d. 60, l. 11``), ``"files"`` (``Д. 34, 41``, ``Оп. 6, 7``),
    ``"repeated"`` (``Картон 79. Ед. хр. 122. Картон 80. Ед. хр. 1``), ``"bracketed"``
    (a book's page, then the reference in brackets: ``Ivanov, Kniga, 12 (APRF, f. 3, op.
    1, d. 2, l. 3), 14 (d. 5, l. 6)``), ``"description"`` (``L. 4. Original. Typewritten.
    L. 5–11. Copy.``) and ``"ibid"`` (``Ibid., l. 15``, ``Там же. Л. 15``).

    ``traps`` (True: all of :data:`TRAPS` but ``"year_after"``) puts words that look like
    parts of a reference and are not into the prose: ``op. cit.``, initials that are
    one-letter labels (``F. Scott``, ``V. N. Chernukha``), a book's ``Т. 2. С. 45`` and
    ``vol. 3, pp. 199–200``, laws (``СЗ СССР. 1935. № 12. Ст. 94``), Western archives
    (``NARA, RG 59, Box 12``, ``TNA, FO 371/2604``), and dates, also right after a
    reference (``…, l. 3, 12 March 1956``). Asked for, ``"letters"`` puts the Baltic
    archives' one-letter labels and OCR's digits where they are prose (``b. 1905``,
    ``n. 3``, ``s. 12``, ``vol. 11. 52``, ``in 1. 3``).

    ``expected_matches`` is the list :func:`archcite.extract` should return, exactly:
    :class:`~archcite.Match` values with the reference as written, the reference resolved
    from its antecedent, the kind and the span.

    For example, ``footnotes(min_refs=2, style="wilson").example()`` may give::

        ('See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14; D. 6, L. 2. Minutes of p. 52 was sent.',
         [Match(..., kind='full', span=(4, 41), ...), Match(..., kind='continuation', ...)])
    """
    if min_refs < 0 or max_refs < min_refs:
        raise InvalidArgument(f"need 0 <= min_refs <= max_refs, not {min_refs}, {max_refs}")
    check_style(style)
    if traps is True:
        trap_kinds: tuple[str, ...] = _DEFAULT_TRAPS
    elif traps is False:
        trap_kinds = ()
    else:
        trap_kinds = check_choices("traps", traps, TRAPS)
    chosen_forms = frozenset(check_choices("forms", forms, REFERENCE_FORMS))
    if forms is None:
        chosen_forms = frozenset(DEFAULT_FORMS)
    kinds = check_choices("continuations", continuations, CONTINUATIONS)
    where = check_choices("places", places, ARCHIVE_PLACES)
    if not where:
        raise InvalidArgument("places must name at least one place")
    return _footnote(min_refs, max_refs, style, trap_kinds, chosen_forms, kinds, where)


# --- citations of documents ----------------------------------------------------------

_TITLES = {
    "latin": (
        "Shifrtelegramma",
        "Zapiska",
        "Informatsiya",
        "Postanovlenie Prezidiuma TsK KPSS",
        "Working Notes from the Session of the CPSU CC Presidium",
        "Vypiska iz protokola No. 60 zasedaniya Prezidiuma TsK KPSS",
        "Letter to Stalin",
    ),
    "cyrillic": (
        "Письмо",
        "Записка",
        "Докладная записка о ходе уборки урожая",
        "Справка",
        "Шифртелеграмма",
        "Выписка из протокола № 60 заседания Президиума ЦК КПСС",
    ),
}
_CLASSIFICATIONS = ("Top Secret", "Strictly Secret", "Secret")
_AUTHORS = ("Розанов И.Н.", "Куфаев М. Н.", "Полторацкий С.Д.")


@st.composite
def _document_citation(draw: st.DrawFn, style: str | None) -> tuple[str, list[Match]]:
    name = style if style is not None else draw(st.sampled_from(style_names()))
    script = style_script(name)
    system = draw(st.sampled_from(translit.SYSTEMS))
    tokens = st.sampled_from(printed_archives(script, system))
    title = draw(st.sampled_from(_TITLES[script]))
    day, year = draw(st.integers(1, 28)), draw(st.integers(1945, 1991))
    month = draw(st.integers(0, len(_MONTHS) - 1))
    if script == "latin":
        shape = draw(st.sampled_from(("wilson", "cwihp", "chicago")))
        if shape == "wilson":
            before = f'"{title}", {_MONTHS[month]} {day}, {year}, Wilson Center Digital Archive, '
            after = ", compiled by V. N. Chernukha. Published in CWIHP Bulletin 8-9, p. 400"
        elif shape == "cwihp":
            classification = draw(st.sampled_from(_CLASSIFICATIONS))
            before = f"See “{title},” {day} {_MONTHS[month]} {year} ({classification}), in "
            after = "."
        else:
            before, after = f"“{title},” {_MONTHS[month]} {day}, {year}, ", "."
    else:
        author = draw(st.sampled_from(_AUTHORS))
        date = f"{day} {_RU_MONTHS[month]} {year} г."
        before, after = f"{author} {title} от {date} // ", "."
    note = _Note()
    note.write(before)
    reference = draw(references(tokens, LEVELS, ("fond",), script))
    written = _unclosed(reference, name, system)
    note.add(written, reference, reference, "full")
    if draw(st.booleans()):
        partial = _partial(draw, reference, script, _COMMON)
        note.write(draw(st.sampled_from(_JOINERS[script])))
        note.add(
            _unclosed(partial, name),
            partial,
            complete(reference, partial),
            "continuation",
        )
    # After a verso mark (52ob.) the citation's closing full stop is already there.
    note.write(after[1:] if after.startswith(".") and note.text.endswith(".") else after)
    return note.text, note.matches


def document_citations(style: str | None = None) -> st.SearchStrategy[tuple[str, list[Match]]]:
    """Pairs ``(text, expected_matches)``: the citation of one archival document.

    The shapes of the Wilson Center Digital Archive (``"Title", November 27, 1956, Wilson
    Center Digital Archive, TsKhSD, F. 3, …, compiled by V. N. Chernukha. Published in
    CWIHP Bulletin 8-9, p. 400``), of the CWIHP Bulletin's notes (``See “Zapiska,” 3 March
    1957 (Top Secret), in …``), of a Chicago note, and of GOST (``Розанов И.Н. Письмо от
    30 июня 1939 г. // ГАРФ. Ф. А-513. …``); the reference in ``style`` (default: any),
    sometimes with a continuation. ``expected_matches`` is what :func:`archcite.extract`
    should return.

    For example, ``document_citations("gost").example()[0]`` may give::

        'Розанов И.Н. Письмо от 30 июня 1939 г. // ГАРФ. Ф. А-513. Оп. 1. Д. 12. Л. 14.'
    """
    check_style(style)
    return _document_citation(style)
