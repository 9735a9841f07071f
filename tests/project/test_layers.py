"""The house rules of `src/amili`, checked on its source (an AST walk of our own, no extra tool):

* **Layers** — the table below (drawn in docs/development.md): a module may import its own layer and the layers
  under it, never one above. Imports under `if TYPE_CHECKING:` are annotations only and exempt; lazy imports inside
  functions count. Every module and package must be placed in the table.
* **The environment is read once** — only the options builder (`amili._options`) touches `os.environ`/`os.getenv`;
  everything else receives what it read.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "amili"

LAYERS: list[tuple[str, frozenset[str]]] = [
    (
        "foundation",
        frozenset(
            {"errors", "_secrets", "_logging", "_body", "_models", "_validation", "_api_table", "_api._table"}
            | {"_schema", "_api._shapes", "environments", "_argtypes", "telemetry", "_extensions"}
        ),
    ),
    ("wire", frozenset({"retry", "_overload", "_transports"})),
    ("services", frozenset({"auth", "_credentials", "state", "journal", "drift"})),
    ("options", frozenset({"_options"})),
    ("request path", frozenset({"operations", "pagination", "_api", "types", "_route"})),
    ("features on namespaces", frozenset({"batches"})),
    ("client", frozenset({"client", "_core"})),
    ("integrations", frozenset({"webhooks", "fastapi", "cli", "sandbox", "pytest_plugin", "amili"})),
]
"""Lowest first. `amili` is the package root (`amili/__init__.py`, the public re-exports)."""

LAYER_OF = {unit: index for index, (_, units) in enumerate(LAYERS) for unit in units}

ENVIRONMENT_READERS = {"_options.py"}
"""The only files that may read the process environment (paths under src/amili)."""


def _unit(dotted: str) -> str:
    """`amili.state.postgres` → `state`; `amili._api._table` → `_api._table`; `amili` → `amili`."""
    parts = dotted.split(".")[1:]
    if not parts:
        return "amili"
    if parts[0] == "_api" and len(parts) > 1 and f"_api.{parts[1]}" in LAYER_OF:
        return f"_api.{parts[1]}"
    return parts[0]


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    nodes: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                nodes.update(id(n) for n in ast.walk(child))
    return nodes


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, imported amili module) of every runtime import in `path`."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(), str(path))
    skip = _type_checking_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target == "amili" and [a.name for a in node.names] == ["__version__"]:
                continue  # the version constant, defined before any import in amili/__init__.py
            if node.module is None:  # `from . import x`: x may be a module
                for alias in node.names:
                    yield node.lineno, f"{target}.{alias.name}"
            else:
                yield node.lineno, target


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_every_module_is_placed_in_a_layer() -> None:
    units = {_unit(_module_name(path)) for path in _sources()}
    assert units - set(LAYER_OF) == set(), "place the new module in LAYERS (and docs/development.md)"
    assert set(LAYER_OF) - units == set(), "LAYERS names a module that no longer exists"


def test_no_module_imports_a_layer_above_its_own() -> None:
    violations = []
    for path in _sources():
        own = _unit(_module_name(path))
        for line, target in _imports(path):
            if target != "amili" and not target.startswith("amili."):
                continue
            other = _unit(target)
            if other not in LAYER_OF:  # `from . import name` of a non-module name: its package's unit
                other = _unit(target.rsplit(".", 1)[0])
            if LAYER_OF[other] > LAYER_OF[own]:
                where = path.relative_to(SRC)
                violations.append(
                    f"{where}:{line}: {own} ({LAYERS[LAYER_OF[own]][0]}) imports {target} ({LAYERS[LAYER_OF[other]][0]})"
                )
    assert violations == []


def test_the_layer_table_is_the_one_in_the_docs() -> None:
    doc = (SRC.parents[1] / "docs" / "development.md").read_text()
    for name, units in LAYERS:
        row = next((line for line in doc.splitlines() if line.startswith(f"| {name} |")), None)
        assert row is not None, f"docs/development.md has no row for layer {name!r}"
        for unit in units:
            assert f"`{unit}`" in row, f"docs/development.md: {unit} missing from layer {name!r}"


def test_only_the_options_builder_reads_the_environment() -> None:
    readers = []
    for path in _sources():
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            found = None
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "environb", "getenv", "putenv"):
                found = ast.unparse(node)
            elif isinstance(node, ast.ImportFrom) and node.module == "os":
                names = {a.name for a in node.names} & {"environ", "environb", "getenv", "putenv"}
                found = f"from os import {', '.join(sorted(names))}" if names else None
            if found:
                readers.append((str(path.relative_to(SRC)), node.lineno, found))
    assert [r for r in readers if r[0] not in ENVIRONMENT_READERS] == []
    assert {r[0] for r in readers} == ENVIRONMENT_READERS
