"""What Zotero keeps of an export, from Zotero's own schema (tests/data/zotero-schema.json).

Zotero itself cannot run in the tests; its schema says which CSL variables its Manuscript
and Letter keep, and archcite's ``zotero=True`` form must put everything else in Extra.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings

from archcite.interop import from_csl_json, to_csl_json
from archcite.interop.csl import ZOTERO_VARIABLES
from archcite.model import DocumentCitation
from archcite.strategies import citation_values

SCHEMA = json.loads(
    (Path(__file__).resolve().parent / "data" / "zotero-schema.json").read_text(encoding="utf-8")
)


def _kept(csl_type: str) -> frozenset[str]:
    """The CSL variables of the Zotero item type that CSL type imports as."""
    [zotero_type] = [t for t in SCHEMA["csl"]["types"][csl_type] if t in SCHEMA["itemTypes"]]
    item_type = SCHEMA["itemTypes"][zotero_type]
    fields = {name for f in item_type["fields"] for name in (f["field"], f.get("baseField"))}
    variables = {
        variable
        for kind in SCHEMA["csl"]["fields"].values()
        for variable, mapped in kind.items()
        if set(mapped) & fields
    }
    names = {SCHEMA["csl"]["names"][c] for c in item_type["creatorTypes"]}
    return frozenset(variables | names)


def test_archcites_table_is_zoteros_schema() -> None:
    for csl_type, variables in ZOTERO_VARIABLES.items():
        assert variables == _kept(csl_type) - {"license", "shortTitle"}


def test_both_types_archcite_writes_are_zotero_types() -> None:
    assert SCHEMA["csl"]["types"]["manuscript"] == ["manuscript"]
    assert "letter" in SCHEMA["csl"]["types"]["personal_communication"]


@settings(max_examples=80, deadline=None)
@given(citation_values())
def test_a_zotero_import_keeps_everything_in_its_fields_or_extra(
    citation: DocumentCitation,
) -> None:
    item = to_csl_json(citation, zotero=True)
    kept = {
        key: value for key, value in item.items() if key in _kept(item["type"]) | {"id", "type"}
    }
    assert from_csl_json(kept) == [citation]
