"""Personal names split into family and given parts for formats that want them.

archcite keeps a name as one string the way it was cited ("V. N. Chernukha",
"Розанов И.Н."); CSL, BibTeX and RIS want the family name apart. Only names that are
plainly personal are split, so that "CC CPSU Presidium" stays whole.

>>> split_name("V. N. Chernukha"), split_name("Розанов И.Н."), split_name("CC CPSU")
(('Chernukha', 'V. N.', False), ('Розанов', 'И.Н.', True), None)
"""

from __future__ import annotations

import re

__all__ = ["join_name", "split_name"]

_INITIALS = re.compile(r"(?:[^\W\d_]\.-?){1,3}")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def _is_word(token: str) -> bool:
    return bool(_WORD.fullmatch(token)) and token[0].isupper() and any(c.islower() for c in token)


def split_name(name: str) -> tuple[str, str, bool] | None:
    """``(family, given, family_first)`` for a personal name, None for anything else."""
    tokens = name.split(" ")
    # Only a name written with single spaces comes back exactly from its parts.
    if not 2 <= len(tokens) <= 4 or any(not token for token in tokens):
        return None
    if _is_word(tokens[0]) and all(_INITIALS.fullmatch(t) for t in tokens[1:]):
        return tokens[0], " ".join(tokens[1:]), True
    if _is_word(tokens[-1]) and all(_INITIALS.fullmatch(t) or _is_word(t) for t in tokens[:-1]):
        return tokens[-1], " ".join(tokens[:-1]), False
    return None


def join_name(family: str, given: str, family_first: bool) -> str:
    """The name as cited, from its parts: ``join_name("Chernukha", "V. N.", False)``."""
    parts = (family, given) if family_first else (given, family)
    return " ".join(part for part in parts if part)
