"""The package's layers: every import inside archcite points down the flow, never up."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "src" / "archcite"

#: Lowest first. A module may import from its own layer and from the layers below it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "_compiled"),
    ("translit",),
    ("registry",),
    ("levels",),
    ("model",),
    ("reading",),
    ("styles",),
    ("normalise", "markup"),
    ("interop",),
    ("bulk", "strategies"),
    ("cli", "_hypothesis"),
    ("__init__", "__main__"),
)
LAYER_OF = {part: number for number, parts in enumerate(LAYERS) for part in parts}


def _module_name(path: Path) -> list[str]:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, the archcite module imported) for every import in ``path``, nested ones too."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name[:-1]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "archcite":
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "archcite":
                continue
            if target == "archcite" or (node.module is None and node.level):
                # "from . import registry": each name is a module of that package.
                for alias in node.names:
                    yield node.lineno, f"{target}.{alias.name}"
            else:
                yield node.lineno, target


def _layer(module: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    return LAYER_OF[top]


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    for path in MODULES:
        assert _layer(".".join(_module_name(path))) is not None


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_the_layers(path: Path) -> None:
    own = _layer(".".join(_module_name(path)))
    upward = [f"line {line}: {target}" for line, target in _imports(path) if _layer(target) > own]
    assert upward == [], f"{path.name} imports from a higher layer: {upward}"


def test_reading_never_imports_writing_or_running() -> None:
    for path in (PACKAGE / "reading").rglob("*.py"):
        for line, target in _imports(path):
            top = target.split(".")[1] if "." in target else ""
            assert top not in ("styles", "interop", "bulk", "cli", "normalise"), (path, line)
