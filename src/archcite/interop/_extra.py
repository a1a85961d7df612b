"""What a format has no field for, kept in ``archcite-<name>: value`` lines, and contributors.

Zotero keeps ``name: value`` lines in its Extra field (CSL ``note``), and RIS ``N1``
and BibTeX carry them as well, so the values below travel through those tools and
come back: a description, a classification marking, a Julian date, the year of a
publication, and the roles of contributors where a format cannot say them in order.

>>> read_extra(["Sent by courier", "archcite-classification: Top Secret"])
({'classification': 'Top Secret'}, ['Sent by courier'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..model import Contributor

__all__ = ["PREFIX", "gather_contributors", "place_contributors", "read_extra", "write_extra"]

PREFIX = "archcite-"


def write_extra(values: Mapping[str, str | None]) -> list[str]:
    """``archcite-<name>: value`` lines for the values given."""
    return [f"{PREFIX}{name}: {value}" for name, value in values.items() if value is not None]


def read_extra(lines: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """The ``archcite-`` values, and the other lines as they are."""
    values: dict[str, str] = {}
    others: list[str] = []
    for line in lines:
        name, colon, value = line.partition(":")
        if colon and name.startswith(PREFIX) and " " not in name:
            values[name.removeprefix(PREFIX)] = value.strip()
        elif line.strip():
            others.append(line.strip())
    return values, others


def place_contributors(
    contributors: Sequence[Contributor], slots: Mapping[str, str], fallback: str
) -> tuple[dict[str, list[str]], str | None]:
    """Names by the format's field (``slots`` maps a role to one), and a roles line if needed.

    The roles line (``"translator, compiler"``) is written only where reading the fields
    back would not give the same roles in the same order.
    """
    lists: dict[str, list[str]] = {}
    for contributor in contributors:
        lists.setdefault(slots.get(contributor.role, fallback), []).append(contributor.name)
    if gather_contributors(lists, slots, fallback, None) == tuple(contributors):
        return lists, None
    return lists, ", ".join(contributor.role for contributor in contributors)


def gather_contributors(
    lists: Mapping[str, Sequence[str]], slots: Mapping[str, str], fallback: str,
    roles: str | None,
) -> tuple[Contributor, ...]:
    """The contributors from the format's fields, in the order of ``roles`` where it fits."""
    if roles:
        queues = {slot: list(names) for slot, names in lists.items()}
        found: list[Contributor] = []
        for role in (part.strip() for part in roles.split(",")):
            queue = queues.get(slots.get(role, fallback))
            if not queue:
                break
            found.append(Contributor(queue.pop(0), role))
        else:
            if not any(queues.values()):
                return tuple(found)
        # The fields were edited since the roles line was written: fall back to them alone.
    role_of: dict[str, str] = {}
    for role, slot in slots.items():
        role_of.setdefault(slot, role)
    return tuple(
        Contributor(name, role_of.get(slot, "contributor"))
        for slot in dict.fromkeys([*slots.values(), fallback])
        for name in lists.get(slot, ())
    )
