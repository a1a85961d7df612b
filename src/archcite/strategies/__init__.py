"""Hypothesis strategies for archival references and the texts they are written in.

For people who build catalogues, converters and digital editions and want to throw
thousands of realistic Soviet archival references at their own code::

    from hypothesis import given
    from archcite import strategies as ac

    @given(ac.reference_variants())
    def test_my_importer_reads_every_reference(pair):
        text, reference = pair
        assert my_importer(text).fond == reference.fond

Every value is built from archcite's own data: archive names come from the registry,
labels from the grammar's one table of spellings, and every text comes paired with the
value :func:`archcite.parse` or :func:`archcite.extract` must read from it. Importing this
module imports Hypothesis (the ``archcite[hypothesis]`` extra); ``import archcite`` never
does.

The strategies, from the smallest piece up:

- :func:`archives` and :func:`archive_phrases` — archives as cited (``"TsKhSD"``,
  ``"ЦХСД"``, ``"State Archive of Kursk Oblast"``).
- :func:`labels`, :func:`identifiers` and :func:`folios` — a level's label in any
  spelling, its number, and folio lists.
- :func:`archival_references` — whole :class:`~archcite.ArchivalReference` values.
- :func:`reference_texts` and :func:`noisy` — a reference written in a registered style,
  with or without the noise and damage of real sources.
- :func:`reference_variants` — a reference written as notes write them, beyond any style:
  any label, order, separator, identifier shape, archive phrase, compact shelfmark.
- :func:`footnotes` and :func:`document_citations` — notes with references at known
  spans, continuations and ibid forms, and trap words around them.
- :func:`citation_values` — :class:`~archcite.DocumentCitation` values.

:func:`same_reference` compares two references up to the script they were written in.
Installed with Hypothesis, ``st.from_type(archcite.ArchivalReference)`` (and ``Folios``,
``DocumentCitation``) draws from these strategies.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "archcite.strategies needs Hypothesis: pip install 'archcite[hypothesis]'"
    ) from error

from ._archives import ARCHIVE_PHRASE_FORMS, archive_phrases, archives
from ._citations import citation_values
from ._compare import same_reference
from ._labels import LABEL_LEVELS, labels
from ._notes import CONTINUATIONS, TRAPS, document_citations, footnotes
from ._numbers import IDENTIFIER_SHAPES, folios, identifiers
from ._references import archival_references
from ._styled import noisy, reference_texts
from ._written import ARCHIVE_PLACES, REFERENCE_FORMS, reference_variants

__all__ = [
    "ARCHIVE_PHRASE_FORMS",
    "ARCHIVE_PLACES",
    "CONTINUATIONS",
    "IDENTIFIER_SHAPES",
    "LABEL_LEVELS",
    "REFERENCE_FORMS",
    "TRAPS",
    "archival_references",
    "archive_phrases",
    "archives",
    "citation_values",
    "document_citations",
    "folios",
    "footnotes",
    "identifiers",
    "labels",
    "noisy",
    "reference_texts",
    "reference_variants",
    "same_reference",
]
