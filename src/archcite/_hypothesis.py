"""The hook Hypothesis calls through archcite's ``hypothesis`` entry point.

Hypothesis loads its entry points while it is itself being imported, which happens when
:mod:`archcite.strategies` is imported first. The hook therefore imports nothing of
Hypothesis or of the strategies at module level and registers each strategy as a
function that builds it only when ``st.from_type`` first asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["setup"]


def setup() -> None:
    """Make ``st.from_type(ArchivalReference)`` (and ``Folios``, ``DocumentCitation``) draw
    from :mod:`archcite.strategies`."""
    from hypothesis import strategies as st

    from .model import ArchivalReference, DocumentCitation, Folios

    def references(_: type) -> SearchStrategy[ArchivalReference]:
        from .strategies import archival_references

        return archival_references()

    def folio_lists(_: type) -> SearchStrategy[Folios]:
        from .strategies import folios

        return folios()

    def citations(_: type) -> SearchStrategy[DocumentCitation]:
        from .strategies import citation_values

        return citation_values()

    st.register_type_strategy(ArchivalReference, references)
    st.register_type_strategy(Folios, folio_lists)
    st.register_type_strategy(DocumentCitation, citations)
