"""archcite.registry: every spelling in the data file finds its archive; the data is valid."""

from __future__ import annotations

import copy
import datetime
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from archcite import extract, parse, registry
from archcite.errors import UnknownArchive
from archcite.registry import Archive, RegistryDataError
from archcite.translit import REVERSIBLE, SYSTEMS, to_cyrillic, to_latin

ARCHIVES = registry.archives()
LIVING = [archive for archive in ARCHIVES if archive.successor is None]
DATA: dict[str, Any] = json.loads(
    (files("archcite.registry") / "archives.json").read_text(encoding="utf-8")
)
THIS_YEAR = datetime.date.today().year


def today(archive: Archive) -> Archive:
    return registry.default().today(archive)


def by_id(archives: list[Archive]) -> list[Any]:
    return [pytest.param(archive, id=archive.id) for archive in archives]


# --- generated over the data file -------------------------------------------------------


@pytest.mark.parametrize("archive", by_id(list(ARCHIVES)))
def test_every_spelling_in_every_script_and_system_finds_its_archive(archive: Archive) -> None:
    for name in archive.names:
        for text in (*name.spellings, name.full):
            if text is not None:
                assert registry.lookup(text) is today(archive), text
                assert registry.lookup(text.upper()) is today(archive), text


@pytest.mark.parametrize("archive", by_id(list(ARCHIVES)))
def test_the_name_in_use_in_any_year_finds_the_archive(archive: Archive) -> None:
    dated = [n for n in archive.originals if n.valid_from is not None or n.valid_to is not None]
    first = min((n.valid_from or n.valid_to or THIS_YEAR for n in dated), default=THIS_YEAR)
    last = max((n.valid_to or THIS_YEAR for n in dated), default=THIS_YEAR)
    for year in range(first, last + 1):
        name = archive.name_at(year)
        assert registry.lookup(name.acronym or name.full or "").id == today(archive).id, year
        for system in SYSTEMS:
            assert registry.lookup(archive.acronym("latin", system, year)) is today(archive)
        assert registry.lookup(archive.acronym("cyrillic", year=year)) is today(archive)


def test_a_living_archive_is_what_its_names_look_up() -> None:
    for archive in LIVING:
        assert registry.lookup(archive.name_at(None).acronym or archive.id) is archive
        assert registry.lookup(archive.id) is archive


@pytest.mark.parametrize("archive", by_id(list(ARCHIVES)))
def test_acronyms_round_trip_in_the_reversible_systems(archive: Archive) -> None:
    for name in archive.originals:
        if name.script != "cyrillic":
            continue
        language = name.language or "ru"
        systems = [s for s in REVERSIBLE if s != "ala-lc-strict" or language == "ru"]
        for spelling in name.spellings:
            for system in systems:
                latin = to_latin(spelling, system, language)
                assert to_cyrillic(latin, system, language) == spelling, (spelling, system)


@pytest.mark.parametrize("archive", by_id(list(ARCHIVES)))
def test_respell_keeps_the_name_and_changes_the_script(archive: Archive) -> None:
    for name in archive.originals:
        romanisations = {s: archive.form(name, "latin", s).spellings for s in SYSTEMS}
        for system, latin in romanisations.items():
            for original, romanised in zip(name.spellings, latin, strict=True):
                assert registry.respell(original, "latin", system) == romanised
                # Two spellings may romanise alike (ЎзР and УзР are both UzR in LC).
                readings = {
                    name.spellings[i]
                    for spellings in romanisations.values()
                    for i, other in enumerate(spellings)
                    if other == romanised
                }
                assert registry.respell(romanised, "cyrillic") in readings


def test_spellings_hold_every_acronym_longest_first() -> None:
    spellings = registry.spellings()
    assert [len(s) for s in spellings] == sorted((len(s) for s in spellings), reverse=True)
    assert len(set(spellings)) == len(spellings)
    for archive in ARCHIVES:
        for name in archive.names:
            assert set(name.spellings) <= set(spellings)


# --- the shipped data ----------------------------------------------------------------


def test_the_registry_holds_at_least_sixty_living_archives() -> None:
    assert len(LIVING) >= 60


def test_ids_are_unique_and_spellings_point_at_one_archive() -> None:
    assert len({a.id for a in ARCHIVES}) == len(ARCHIVES)
    owner: dict[str, str] = {}
    for archive in ARCHIVES:
        for name in archive.names:
            for text in (*name.spellings, name.full):
                if text is not None:
                    key = registry.lookup_key(text)
                    assert owner.setdefault(key, archive.id) == archive.id, text


def test_years_run_in_order() -> None:
    for archive in ARCHIVES:
        for name in archive.names:
            if name.valid_from is not None and name.valid_to is not None:
                assert name.valid_from <= name.valid_to, (archive.id, name)


def test_merged_archives_lead_to_a_living_one() -> None:
    for archive in ARCHIVES:
        assert today(archive).successor is None
        for predecessor in archive.predecessors:
            assert registry.get(predecessor).successor == archive.id


# --- the examples of the issue --------------------------------------------------------


@pytest.mark.parametrize(
    "token", ["ЦХСД", "TsKhSD", "Ts.Kh.S.D.", "CChSD", "CHSD", "T\u0361sKhSD", "tskhsd"]
)
def test_tskhsd_in_any_script_is_rgani(token: str) -> None:
    assert registry.lookup(token).id == "RGANI"


@pytest.mark.parametrize("token", ["AP RF", "APRF", "АП РФ", "АПРФ", "A.P. R.F.", "AP-RF"])
def test_the_presidential_archive_in_any_spelling(token: str) -> None:
    assert registry.lookup(token).id == "APRF"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("GARF", "GARF"),
        ("ГАРФ", "GARF"),
        ("GA RF", "GARF"),
        ("TsGAOR SSSR", "GARF"),
        ("ЦГА РСФСР", "GARF"),
        ("RTsKhIDNI", "RGASPI"),
        ("CRCEDHC", "RGASPI"),  # its French acronym
        ("TsPA IML", "RGASPI"),
        ("TsKhDMO", "RGASPI"),
        ("TsKhIDK", "RGVA"),
        ("TsGASA", "RGVA"),
        ("TsGANKh", "RGAE"),
        ("Special Archive", "RGVA"),
        ("Государственный архив Российской Федерации", "GARF"),
        ("MOL", "MNLOL"),
        ("SÚA", "NA"),
        ("SUA", "NA"),
    ],
)
def test_former_names_find_the_archive_of_today(token: str, expected: str) -> None:
    assert registry.lookup(token).id == expected


# Every archive token of the development corpus (../shared/corpus/dev.jsonl), copied here
# so the tests pass on a clone without it.
DEV_CORPUS_TOKENS = {
    "RGASPI": "RGASPI",
    "GARF": "GARF",
    "РГАСПИ": "RGASPI",
    "ГУ ОГАЧО": "OGAChO",
    "TsGAIPD SPb": "TsGAIPDSPb",
    "ГААРК": "DAARK",
    "ПермГАСПИ": "PermGASPI",
    "ГАРФ": "GARF",
    "RGVA": "RGVA",
    "RGALI": "RGALI",
    "TsAMO": "TsAMO",
    "ЦА ФСБ": "TsAFSB",
    "УФСБ по Рязанской области": "UFSB-Riazan",
    "УзР ПДА": "UzRPDA",
    "ГА Винницкой обл.": "DAViO",
}


@pytest.mark.parametrize(("token", "expected"), DEV_CORPUS_TOKENS.items())
def test_every_dev_corpus_token_resolves(token: str, expected: str) -> None:
    assert registry.lookup(token).id == expected
    assert token in registry.spellings()


def test_unknown_names_raise_with_suggestions() -> None:
    with pytest.raises(UnknownArchive) as caught:
        registry.lookup("TsKhSDD")
    assert isinstance(caught.value, LookupError)
    assert "TsKhSD" in caught.value.suggestions


def test_find_never_raises() -> None:
    assert registry.find("no such archive") is None
    assert registry.find("") is None
    assert registry.find("TsKhSD") is registry.lookup("RGANI")


def test_respell_examples() -> None:
    assert registry.respell("TsKhSD", "cyrillic") == "ЦХСД"
    assert registry.respell("ЦХСД", "latin", "din1460") == "CChSD"
    assert registry.respell("АП РФ", "latin") == "AP RF"
    assert registry.respell("APRF", "cyrillic") == "АПРФ"
    assert registry.respell("РГАНИ", "latin") == "RGANI"
    assert registry.respell("RCKHIDNI", "latin") == "RTsKhIDNI"
    assert registry.respell("SAPMO-BArch", "cyrillic") == "SAPMO-BArch"
    assert registry.respell("nowhere", "latin") is None


def test_modern_examples() -> None:
    assert registry.modern("TsKhSD", "latin") == "RGANI"
    assert registry.modern("ЦХСД", "cyrillic") == "РГАНИ"
    assert registry.modern("TsGAOR", "latin", "iso9") == "GARF"
    assert registry.modern("nowhere", "latin") is None


def test_is_current() -> None:
    assert registry.is_current("RGANI")
    assert registry.is_current("ГА РФ")
    assert not registry.is_current("TsKhSD")
    assert not registry.is_current("TsKhDMO")
    assert not registry.is_current("nowhere")


def test_names_through_time() -> None:
    rgani = registry.lookup("RGANI")
    assert rgani.name_at(1995).acronym == "ЦХСД"
    assert rgani.name_at(2005).acronym == "РГАНИ"
    assert rgani.name_at(1950).acronym == "ЦХСД"  # before its first name: the earliest
    assert rgani.current.acronym == "РГАНИ"
    assert rgani.acronym("latin", "din1460", 1995) == "CChSD"
    assert rgani.english == "Russian State Archive of Contemporary History"
    assert registry.lookup("GARF").name_at(1950).acronym == "ЦГАОРиСС СССР"


def test_transfers_are_not_renamings() -> None:
    aprf = registry.lookup("APRF")
    assert aprf.successor is None
    assert {t.to for t in aprf.transfers} == {"RGANI", "RGASPI"}
    assert "APRF" in registry.lookup("RGANI").transferred_from
    assert set(registry.lookup("RGASPI").predecessors) == {"TsKhDMO"}


def test_search_finds_partial_names_in_any_script() -> None:
    assert registry.search("RGANI")[0].id == "RGANI"
    assert "GARF" in [a.id for a in registry.search("государственный архив российской")]
    assert {"RGVA", "RGVIA"} <= {a.id for a in registry.search("military archive")}
    assert registry.search("") == list(ARCHIVES)


def test_table_and_json_show_former_names_with_years() -> None:
    table = registry.format_table([registry.lookup("RGANI")])
    assert "TsKhSD (1991–1999)" in table
    assert "Moscow" in table
    [entry] = registry.to_json([registry.lookup("RGANI")])
    assert entry["id"] == "RGANI"
    assert entry["former_names"][0]["latin"]["din1460"] == "CChSD"
    json.dumps(entry)


# --- an invalid data file fails loudly, naming the entry -------------------------------


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "archives.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _entry(data: dict[str, Any], archive_id: str) -> dict[str, Any]:
    return next(entry for entry in data["archives"] if entry["id"] == archive_id)


def test_the_shipped_file_loads_through_the_path_loader(tmp_path: Path) -> None:
    assert len(registry.load(_write(tmp_path, DATA)).archives()) == len(ARCHIVES)


def _broken(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(DATA)
    mutate(data)
    return data


def _swap_years(data: dict[str, Any]) -> None:
    _entry(data, "RGANI")["names"][1].update({"from": 1999, "to": 1991})


def _duplicate_id(data: dict[str, Any]) -> None:
    data["archives"].append(copy.deepcopy(_entry(data, "RGANI")))


def _shared_spelling(data: dict[str, Any]) -> None:
    _entry(data, "RGAE")["names"][0]["variants"] = ["ЦХСД"]


def _mixed_script(data: dict[str, Any]) -> None:
    _entry(data, "RGANI")["names"][1]["acronym"] = "ЦXСД"  # a Latin X among Cyrillic


def _unknown_successor(data: dict[str, Any]) -> None:
    _entry(data, "TsKhDMO")["successor"] = "NOWHERE"


def _out_of_order(data: dict[str, Any]) -> None:
    _entry(data, "RGANI")["names"].reverse()


def _misspelt_field(data: dict[str, Any]) -> None:
    _entry(data, "RGANI")["names"][0]["acronymn"] = "РГАНИ"


@pytest.mark.parametrize(
    ("mutate", "entry", "message"),
    [
        (_swap_years, "RGANI", "ends"),
        (_duplicate_id, "RGANI", "repeats"),
        (_shared_spelling, "RGANI", "already names 'RGAE'"),
        (_mixed_script, "RGANI", "mixes Cyrillic and Latin"),
        (_unknown_successor, "TsKhDMO", "unknown archive id"),
        (_out_of_order, "RGANI", "newest first"),
        (_misspelt_field, "RGANI", "acronymn"),
    ],
)
def test_an_invalid_file_fails_naming_the_entry(
    tmp_path: Path, mutate: Any, entry: str, message: str
) -> None:
    with pytest.raises(RegistryDataError, match=message) as caught:
        registry.load(_write(tmp_path, _broken(mutate)))
    assert caught.value.entry == entry
    assert repr(entry) in str(caught.value)


def test_an_unreadable_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "archives.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RegistryDataError, match="cannot read"):
        registry.load(path)


@pytest.mark.parametrize(
    ("text", "archive_id", "fond"),
    [
        ("НИОР РГБ. Ф. 178. Карт. 9. Ед. хр. 12. Л. 4 об.", "ORRGB", "178"),
        ("NIOR RGB, f. 178, k. 9, d. 12, l. 4", "ORRGB", "178"),
        ("Cf. OR GPB, f. 608, op. 1, d. 31, l. 2.", "ORRNB", "608"),
        ("ОР РНБ. Ф. 1000. Оп. 1. Д. 31", "ORRNB", "1000"),
        ("OR IRLI, f. 39, op. 2, d. 8", "ROIRLI", "39"),
        # the institution first and its department after it, as a division of it
        ("РГБ. НИОР. Ф. 178. Карт. 9. Ед. хр. 12.", "ORRGB", "178"),
        ("См.: РНБ. ОР. Ф. 1000. Оп. 1. Д. 31.", "ORRNB", "1000"),
        ("IRLI, RO, f. 39, op. 2, d. 8", "ROIRLI", "39"),
        ("GPB, OR, f. 608, op. 1, d. 31", "ORRNB", "608"),
        ("IRLI, RO 39/2/8, l. 3", "ROIRLI", "39"),
        ("РГБ. НИОР (Москва). Ф. 178. Карт. 9. Ед. хр. 12.", "ORRGB", "178"),
    ],
)
def test_a_librarys_manuscript_department_is_an_archive(
    text: str, archive_id: str, fond: str
) -> None:
    (match,) = extract(text)
    assert (match.reference.archive_id, match.reference.fond) == (archive_id, fond)


def test_a_department_named_after_its_institution_is_written_as_recorded() -> None:
    reference = parse("РГБ. НИОР. Ф. 178. Карт. 9. Ед. хр. 12")
    assert reference.archive == "РГБ. НИОР"  # as cited
    assert reference.format("gost").startswith("НИОР РГБ. Ф. 178.")
    assert parse("IRLI, RO, f. 39, op. 2").format("chicago") == "RO IRLI, f. 39, op. 2"
    # the rule is the department's words': a library alone is no archive
    assert registry.find("РГБ") is None and registry.find("RGB NIOR") is not None
    assert registry.institution_first("ГА РФ") is None
    assert registry.institution_first("ОР") is None


def test_the_public_librarys_old_name_is_written_with_the_new_one() -> None:
    written = parse("OR GPB, f. 608, op. 1, d. 31").format("chicago", modern=True)
    assert written == "OR RNB (formerly OR GPB), f. 608, op. 1, d. 31"
