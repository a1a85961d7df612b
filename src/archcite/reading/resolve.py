"""Resolution: completing continuations and ibid forms from what came before them.

:func:`archcite.extract` finds the references of one text and resolves them against each
other. :func:`resolve` does that step again for matches already found, and takes an
antecedent from outside the text: the last reference of the previous footnote, when a
file holds one footnote per record.

>>> from archcite import extract, parse
>>> matches = extract("Ibid., l. 15.")
>>> matches[0].resolved.to_dict()
{'folios': '15'}
>>> resolve(matches, parse("APRF, f. 3, op. 57, d. 73, l. 9"))[0].resolved.to_dict()
{'archive': 'APRF', 'archive_id': 'APRF', 'fond': '3', 'opis': '57', 'delo': '73', 'folios': '15'}
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..levels import complete
from ..model import ArchivalReference, Match

__all__ = ["resolve"]


def resolve(
    matches: Iterable[Match], antecedent: ArchivalReference | Match | None = None
) -> list[Match]:
    """``matches`` with each continuation and ibid form completed from the one before it.

    A full reference stands for itself and becomes the antecedent of what follows; a
    continuation or an ibid form takes the archive and the higher levels of its
    antecedent. ``antecedent`` (a reference, or the match it was read from) stands before
    the first match; without one, a short form at the start stays as written.
    """
    if not isinstance(antecedent, (ArchivalReference, Match, type(None))):
        raise TypeError(
            f"antecedent must be an ArchivalReference, a Match or None, "
            f"not {type(antecedent).__name__}"
        )
    previous = antecedent.resolved if isinstance(antecedent, Match) else antecedent
    resolved: list[Match] = []
    for match in matches:
        if not isinstance(match, Match):
            raise TypeError(f"resolve() takes Match values, not {type(match).__name__}")
        if match.kind == "full" or previous is None:
            reference = match.reference
        else:
            reference = complete(previous, match.reference)
        resolved.append(
            match if reference == match.resolved else attrs.evolve(match, resolved=reference)
        )
        previous = reference
    return resolved
