"""Realistic synthetic inputs for the benchmarks, the same on every run (fixed seed)."""

from __future__ import annotations

import random

ARCHIVES_LATIN = [
    "TsKhSD",
    "APRF",
    "RGASPI",
    "GARF",
    "RGANI",
    "RGVA",
    "RGAE",
    "AVP RF",
    "TsAMO",
    "RGALI",
    "TsGAIPD SPb",
]
ARCHIVES_CYRILLIC = ["РГАСПИ", "ГАРФ", "РГАНИ", "ЦХСД", "АП РФ", "РГВА", "ЦА ФСБ", "ГУ ОГАЧО"]

PROSE = (
    "The Presidium discussed the telegram at length, and the protocol records that the "
    "members agreed to inform the Romanian leadership of their view. Later that day the "
    "chairman had a telephone conversation about the matter, which he recounted in writing "
    "for the other members, noting that a meeting at the highest level would not produce "
    "a good solution. See also the memoirs, vol. 2, pp. 13–14, and op. cit., p. 52. "
)


def _number(rng: random.Random, digits: int) -> str:
    return str(rng.randint(10 ** (digits - 1), 10**digits - 1))


def reference(rng: random.Random) -> str:
    """One reference in one of the shapes real notes use."""
    fond, opis, delo = (
        _number(rng, rng.randint(1, 4)),
        _number(rng, rng.randint(1, 2)),
        _number(rng, rng.randint(1, 4)),
    )
    start = rng.randint(1, 300)
    folios = f"{start}-{start + rng.randint(1, 9)}" if rng.random() < 0.5 else str(start)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{rng.choice(ARCHIVES_LATIN)}, F. {fond}, Op. {opis}, D. {delo}, Ll. {folios}"
    if shape == 1:
        return f"{rng.choice(ARCHIVES_CYRILLIC)}. Ф. {fond}. Оп. {opis}. Д. {delo}. Л. {folios}."
    if shape == 2:
        return f"{rng.choice(ARCHIVES_LATIN)}, f. {fond}, op. {opis}, d. {delo}, ll. {folios}"
    if shape == 3:
        return f"RGASPI {fond}.{opis}.{delo}.{folios}"
    if shape == 4:
        return f"GARF, {fond}/{opis}a/{delo}"
    return f"{rng.choice(ARCHIVES_CYRILLIC)}, ф.{fond}, оп.{opis}, д. {delo}, л.{folios}об."


def references(count: int, seed: int = 1956) -> list[str]:
    rng = random.Random(seed)
    return [reference(rng) for _ in range(count)]


def sparse_prose(size: int, seed: int = 1956) -> str:
    """About ``size`` characters of prose with a reference every two kilobytes or so."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        for _ in range(4):
            parts.append(PROSE)
            length += len(PROSE)
        parts.append(f"See {reference(rng)}. ")
        length += len(parts[-1])
    return "".join(parts)


def dense_notes(count: int, seed: int = 1956) -> str:
    """Footnotes that are nothing but references."""
    rng = random.Random(seed)
    return "\n".join(f"{n}. {reference(rng)}." for n in range(1, count + 1))
