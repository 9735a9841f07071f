"""The spec travels once: one generated table of operations per API, shared by every client and read by every layer."""

from __future__ import annotations

import importlib
from pathlib import Path

from amili import AmiliClient
from amili._api_table import API_TABLE
from amili.operations import Operation

API_DIR = Path(__file__).resolve().parents[2] / "src" / "amili" / "_api"
BASE_URLS = {"distribution": "https://d.example", "partner": "https://p.example"}


def _operations(client: AmiliClient) -> dict[str, Operation]:  # type: ignore[type-arg]
    found = {}
    for info in API_TABLE:
        api = getattr(client, info.name)
        for tag_name, tag in vars(api).items():
            for value in vars(tag).values() if hasattr(tag, "__dict__") else ():
                if isinstance(value, Operation):
                    found[f"{info.name}.{tag_name}.{value.meta.name}"] = value
    return found


def test_operation_metadata_is_built_once_and_shared_by_every_client() -> None:
    first = _operations(AmiliClient("id", "secret", base_urls=BASE_URLS))
    second = _operations(AmiliClient("id", "secret", base_urls=BASE_URLS))
    assert len(first) > 90 and first.keys() == second.keys()
    for key, op in first.items():
        assert op is not second[key]  # each client binds its own operation (its context)…
        assert op.meta is second[key].meta  # …to the same, module-level metadata
        module = importlib.import_module(f"amili._api.{op.meta.api}")
        assert module.OPERATIONS[f"{op.meta.tag}.{op.meta.name}"] is op.meta


def test_each_operation_docstring_is_generated_once() -> None:
    ops = _operations(AmiliClient("id", "secret", base_urls=BASE_URLS))

    def flat(text: str) -> str:
        return "\n".join(line.strip() for line in text.splitlines())

    sources = {info.name: flat((API_DIR / f"{info.name}.py").read_text()) for info in API_TABLE}
    for key, op in ops.items():
        doc = op.__doc__ or ""
        assert "Returns:" in doc and "Raises:" in doc, key
        assert op.meta.signature.__doc__ == doc
        # Whole, whatever the indentation: on the signature function only (no attribute docstring repeating it).
        assert sources[op.meta.api].count('"""' + flat(doc) + '"""') == 1, key
