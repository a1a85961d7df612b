"""Realistic synthetic inputs for the benchmarks, the same on every run (fixed seed).

The prose of notes is built at the rates measured on the prose of the developers'
corpora (the lines of ``dev.jsonl`` and ``dev2.jsonl`` that hold no reference, 19,192
characters, measured 2026-11-29), per 1,000 characters:

============================  =====
numbers                        29.1
years (1800-1999)               6.6
dates (day and month)           1.3
page references (p., С.)        3.4
volumes (vol., Т.)              0.5
initials before a surname       1.5
words of two capitals or more   5.7
"No." / "№" and a number        1.2
============================  =====

Every number in such prose is a place where a careless scanner starts work, so these
rates, not the words around them, decide what reading prose costs.
"""

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

_WORDS_EN = (
    "the Presidium discussed telegram at length and protocol records that members agreed to "
    "inform leadership of their view later that day chairman had conversation about matter "
    "which he recounted in writing for other noting a meeting at highest level would not "
    "produce good solution on the question of grain procurement the regional committee "
    "reported shortfalls while the plenum resolved to send commission"
).split()
_WORDS_RU = (
    "Президиум обсудил телеграмму и протокол фиксирует что члены согласились сообщить "
    "руководству свое мнение позднее в тот же день председатель изложил разговор в записке "
    "для других членов отметив что встреча на высшем уровне не даст хорошего решения по "
    "вопросу о хлебозаготовках обком сообщил о недостаче а пленум постановил направить комиссию"
).split()
_CAPITALS_EN = ("CPSU", "NKVD", "USSR", "KGB", "CC", "OGPU", "RSFSR", "Gosplan", "VKP(b)")
_CAPITALS_RU = ("ЦК", "ВКП(б)", "СССР", "НКВД", "ОГПУ", "РСФСР", "СНК", "КПСС", "ГПУ")
_MONTHS_EN = ("January", "March", "May", "July", "Sept.", "November", "Dec.")
_MONTHS_RU = ("января", "марта", "мая", "июля", "сентября", "ноября", "декабря")
_SURNAMES = ("Molotov", "Kaganovich", "Voroshilov", "Mikoian", "Ezhov", "Beria", "Zhdanov")
_SURNAMES_RU = ("Молотов", "Каганович", "Ворошилов", "Микоян", "Ежов", "Берия", "Жданов")

# Per 1,000 characters, from the table above.
_RATES = {
    "year": 6.6,
    "date": 1.3,
    "page": 3.4,
    "volume": 0.5,
    "initials": 1.5,
    "capitals": 5.7,
    "numero": 1.2,
}
# What is left of the 29.1 numbers per 1,000 characters once the elements above are
# counted (a date holds two, a page or a volume one): counts and sums in the prose.
_RATES["number"] = 29.1 - (
    _RATES["year"] + 2 * _RATES["date"] + _RATES["page"] + _RATES["volume"] + _RATES["numero"]
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
    shape = rng.randrange(8)
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
    if shape == 5:
        return f"ЦДАГО України, ф. {fond}, оп. {opis}, спр. {delo}, арк. {folios}"
    if shape == 6:
        return f"Госархив Тверской обл. Ф. Р-{fond}. Оп. {opis}. Д. {delo}. Л. {folios} об."
    return f"{rng.choice(ARCHIVES_CYRILLIC)}, ф.{fond}, оп.{opis}, д. {delo}, л.{folios}об."


def references(count: int, seed: int = 1956) -> list[str]:
    """A fixed, realistic mix of references in both scripts, one a string."""
    rng = random.Random(seed)
    return [reference(rng) for _ in range(count)]


def _element(rng: random.Random, kind: str, russian: bool) -> str:
    year = str(rng.randint(1917, 1991))
    if kind == "year":
        return f"{year} г." if russian else year
    if kind == "date":
        months = _MONTHS_RU if russian else _MONTHS_EN
        return f"{rng.randint(1, 28)} {rng.choice(months)}"
    if kind == "page":
        return f"{'С.' if russian else rng.choice(('p.', 'pp.'))} {rng.randint(1, 600)}"
    if kind == "volume":
        return f"{'Т.' if russian else 'vol.'} {rng.randint(1, 12)}"
    if kind == "initials":
        names = _SURNAMES_RU if russian else _SURNAMES
        letters = "АБВГДИКМНПС" if russian else "ABDGIKLMNPSV"
        return f"{rng.choice(letters)}. {rng.choice(letters)}. {rng.choice(names)}"
    if kind == "capitals":
        return rng.choice(_CAPITALS_RU if russian else _CAPITALS_EN)
    if kind == "numero":
        return f"{'№' if russian else 'No.'} {rng.randint(1, 400)}"
    return str(rng.randint(2, 5000))


def note_prose(size: int, seed: int = 1956, *, every: int = 2000) -> str:
    """About ``size`` characters of the prose of notes, in English and Russian paragraphs,
    with the numbers, dates, pages and capitals of real notes at their measured rates, and
    a reference about every ``every`` characters."""
    rng = random.Random(seed)
    kinds = list(_RATES)
    total_rate = sum(_RATES.values()) / 1000  # elements per character
    parts: list[str] = []
    length = 0
    next_reference = every
    while length < size:
        russian = rng.random() < 0.5
        words = _WORDS_RU if russian else _WORDS_EN
        sentence: list[str] = []
        chars = 0
        while chars < 160:
            if rng.random() < total_rate * 7:  # a word and its space are about seven characters
                piece = _element(rng, rng.choices(kinds, weights=list(_RATES.values()))[0], russian)
            else:
                piece = rng.choice(words)
            sentence.append(piece)
            chars += len(piece) + 1
        text = " ".join(sentence)
        text = text[0].upper() + text[1:] + ". "
        if length + len(text) >= next_reference:
            text += f"See {reference(rng)}. "
            next_reference += every
        parts.append(text)
        length += len(text)
    return "".join(parts)


def sparse_prose(size: int, seed: int = 1956) -> str:
    """Prose of notes with a reference every two kilobytes or so (see :func:`note_prose`)."""
    return note_prose(size, seed)


def dense_notes(count: int, seed: int = 1956) -> str:
    """Footnotes that are nothing but references, in both scripts."""
    rng = random.Random(seed)
    return "\n".join(f"{n}. {reference(rng)}." for n in range(1, count + 1))
