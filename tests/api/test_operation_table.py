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


def test_no_module_calls_the_generated_private_builders() -> None:
    src = API_DIR.parent
    offenders = [
        str(path.relative_to(src))
        for path in sorted(src.rglob("*.py"))
        if "_get_kwargs" in path.read_text() or "_parse_response" in path.read_text()
    ]
    assert offenders == []


def test_the_request_is_built_from_the_table() -> None:
    import datetime
    import uuid

    from amili._api import arm, autocollect, identity
    from amili.operations import _plan

    org = uuid.UUID(int=5)
    meta = autocollect.OPERATIONS["cases.list_cases"]
    status = meta.param_types["status"]  # type: ignore[index]
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, 120000, tzinfo=datetime.UTC)
    built = _plan(meta).build(
        {
            "organization_id": org,
            "status": status("OPEN"),
            "from_created_at": when,
            "page_size": 5,
            "case_number": None,
        },
        None,
    )
    assert built == {
        "method": "GET",
        "url": f"/orgs/{org}/cases",
        "params": {"Status": "OPEN", "FromCreatedAt": "2024-01-02T03:04:05.120Z", "PageSize": 5},
    }
    # Path parameters are URL-quoted whole (a `/` cannot reach another resource); the plan is made once per operation.
    meta = arm.OPERATIONS["customers.get_customer"]
    assert _plan(meta) is _plan(meta)
    assert (
        _plan(meta).build({"clientno": 7, "customerno": "a b/../c"}, None)["url"]
        == "/clients/7/customers/a%20b%2F..%2Fc"
    )
    form = _plan(identity.OPERATIONS["tokens.create_token"]).build({}, {"grant_type": "client_credentials"})
    assert form["data"] == {"grant_type": "client_credentials"}
    assert form["headers"] == {"Content-Type": "application/x-www-form-urlencoded"}


def test_responses_are_parsed_from_the_table() -> None:
    import httpx

    from amili._api import partner
    from amili.operations import _parse_body

    meta = partner.OPERATIONS["companies.list_companies"]
    model = meta.responses[200][0]
    parsed = _parse_body(meta, httpx.Response(200, json=[{"CompanyId": "c1"}]))
    assert isinstance(parsed, list) and all(isinstance(item, model) for item in parsed)
    assert _parse_body(meta, httpx.Response(418, json={})) is None  # undocumented: nothing parsed


def test_the_cli_reads_the_same_table() -> None:
    from amili._api import arm
    from amili.cli._catalog import catalog

    operations, _ = catalog()["arm"]["customers"]
    get = next(op for op in operations if op.name == "get_customer")
    assert get.meta is arm.OPERATIONS["customers.get_customer"]
    assert [(p.name, p.required, p.path) for p in get.params][:2] == [
        ("clientno", True, True),
        ("customerno", True, True),
    ]
    assert get.params[0].convert("2218") == 2218  # integer in the spec
    assert get.summary.startswith("Get")
