"""`amili specs drift report|patch` (issue 21 item 3) on a small spec: where each kind of addition lands."""

from __future__ import annotations

import io
import json
import textwrap
from pathlib import Path
from typing import Any

import yaml

from amili.cli import main as cli
from amili.drift import DriftEvent
from amili.drift.patch import propose

SPEC = textwrap.dedent(
    """\
    openapi: 3.0.3
    info: {title: Shop, version: "1"}
    paths:
      /things/{id}:
        get:
          operationId: get_thing
          # a comment that must survive
          responses:
            "200":
              description: OK.
              content:
                application/json:
                  schema:
                    $ref: "#/components/schemas/Thing"
            "404":
              $ref: "#/components/responses/NotFound"
    components:
      responses:
        NotFound:
          description: |
            Not found.
          headers:
            Retry-After:
              schema: {type: string}
      schemas:
        Thing:
          type: object
          x-amili-source: inferred
          required: [id]
          properties:
            id:
              type: string
            state:
              $ref: "#/components/schemas/State"
            kind:
              type: string
              enum:
                - A
                - B
        State:
          type: string
          enum: [NEW, DONE]
        Wrapped:
          allOf:
            - $ref: "#/components/schemas/Thing"
            - type: object
              properties:
                extra:
                  type: integer
        Empty:
          type: object
    """
)


def _event(kind: str, path: str, **kw: Any) -> DriftEvent:
    defaults: dict[str, Any] = {"status": 200, "first_seen": "2026-12-01T10:00:00+00:00", "count": 4}
    return DriftEvent(operation="shop.things.get_thing", kind=kind, path=path, **{**defaults, **kw})


def _specs(tmp_path: Path) -> Path:
    (tmp_path / "shop.yaml").write_text(SPEC)
    return tmp_path


def _patched(tmp_path: Path, *events: DriftEvent) -> tuple[dict[str, Any], str]:
    patch = propose(list(events), _specs(tmp_path))
    text = patch.updated[tmp_path / "shop.yaml"]
    return yaml.safe_load(text), text


def test_new_properties_are_optional_typed_and_marked_observed(tmp_path: Path) -> None:
    seen = {"type": "object", "properties": {"n": {"type": "integer"}, "at": {"type": "string", "format": "date"}}}
    spec, text = _patched(
        tmp_path,
        _event("unknown_property", "$.color", spec={"at": "#/components/schemas/Thing"}, seen={"type": "string"}),
        _event("unknown_property", "$.stats", spec={"at": "#/components/schemas/Thing"}, seen=seen),
        _event(
            "unknown_property", "$.more", spec={"at": "#/components/schemas/Wrapped/allOf/1"}, seen={"type": "null"}
        ),
        _event("unknown_property", "$['odd-key']", spec={"at": "#/components/schemas/Empty"}, seen={"type": "boolean"}),
    )
    thing = spec["components"]["schemas"]["Thing"]
    assert thing["properties"]["color"] == {
        "type": "string",
        "x-amili-source": "observed",
        "x-amili-observed": {"date": "2026-12-01", "count": 4},
    }
    assert thing["properties"]["stats"]["properties"]["at"] == {"type": "string", "format": "date"}
    assert thing["required"] == ["id"]  # optional
    assert spec["components"]["schemas"]["Wrapped"]["allOf"][1]["properties"]["more"]["nullable"] is True
    assert spec["components"]["schemas"]["Empty"]["properties"]["odd-key"]["type"] == "boolean"
    assert "# a comment that must survive" in text
    assert SPEC.splitlines()[1] in text  # flow style left alone


def test_enum_values_are_added_in_flow_and_block_style(tmp_path: Path) -> None:
    spec, text = _patched(
        tmp_path,
        _event("unknown_enum_value", "$.state", spec={"at": "#/components/schemas/State"}, seen={"value": "HELD"}),
        _event(
            "unknown_enum_value",
            "$.kind",
            spec={"at": "#/components/schemas/Thing/properties/kind"},
            seen={"value": "C"},
        ),
    )
    state = spec["components"]["schemas"]["State"]
    assert state["enum"] == ["NEW", "DONE", "HELD"]
    assert state["x-amili-observed-values"] == {"HELD": {"date": "2026-12-01", "count": 4}}
    assert "enum: [NEW, DONE, HELD]" in text
    assert spec["components"]["schemas"]["Thing"]["properties"]["kind"]["enum"] == ["A", "B", "C"]


def test_statuses_and_headers(tmp_path: Path) -> None:
    matching = {"says": "one of ['200', '404']", "matches": "200", "content_type": "application/json"}
    matching["headers"] = ["x-request-id"]
    other = {"says": "...", "content_type": "application/json"}
    body = {"type": "object", "properties": {"queued": {"type": "boolean"}}}
    spec, _ = _patched(
        tmp_path,
        _event("undocumented_status", "status:203", status=203, spec=matching, seen={"status": 203}),
        _event("undocumented_status", "status:202", status=202, spec=other, seen={"status": 202, "body": body}),
        _event(
            "undocumented_header", "header:x-ratelimit-limit", spec={"at": "#/paths/~1things~1{id}/get/responses/200"}
        ),
        _event("undocumented_header", "header:x-request-id", spec={"at": "#/paths/~1things~1{id}/get/responses/200"}),
        _event(
            "undocumented_header", "header:x-request-id", status=404, spec={"at": "#/components/responses/NotFound"}
        ),
    )
    responses = spec["paths"]["/things/{id}"]["get"]["responses"]
    assert responses["203"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Thing"}
    assert responses["203"]["x-amili-source"] == "observed"
    assert responses["203"]["headers"]["X-Request-Id"]["schema"] == {"type": "string"}
    assert responses["202"]["content"]["application/json"]["schema"]["properties"]["queued"] == {"type": "boolean"}
    assert set(responses["200"]["headers"]) == {"X-Ratelimit-Limit", "X-Request-Id"}
    assert set(spec["components"]["responses"]["NotFound"]["headers"]) == {"Retry-After", "X-Request-Id"}
    assert spec["components"]["responses"]["NotFound"]["description"] == "Not found.\n"


def test_what_needs_a_person_is_listed_not_patched_and_a_second_run_adds_nothing(tmp_path: Path) -> None:
    events = [
        _event("unknown_property", "$.color", spec={"at": "#/components/schemas/Thing"}, seen={"type": "string"}),
        _event("missing_required", "$.id", spec={"at": "#/components/schemas/Thing"}),
        _event("wrong_type", "$.id", spec={"says": "string"}, seen={"type": "integer"}),
    ]
    patch = propose(events, _specs(tmp_path))
    assert [(e.kind, reason) for e, reason in patch.skipped] == [
        ("missing_required", "needs review (not patched automatically)"),
        ("wrong_type", "needs review (not patched automatically)"),
    ]
    assert patch.write() == [tmp_path / "shop.yaml"]
    again = propose(events, tmp_path)
    assert again.diff() == "" and again.write() == []


def _drift_file(tmp_path: Path) -> Path:
    path = tmp_path / "drift.jsonl"
    event = _event("unknown_property", "$.color", spec={"at": "#/components/schemas/Thing", "says": "no property"})
    record = {"v": 1, "type": "event", **event.as_dict(), "seen": {"type": "string"}, "sample": "<string len=3>"}
    tally = {"v": 1, "type": "tally", "operation": event.operation, "path": "$.color", "kind": event.kind}
    missing = {**record, "kind": "missing_required", "path": "$.id", "seen": None}
    lines = [record, {**tally, "count": 3}, {**tally, "count": 2}, missing, "not json"]
    path.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n")
    return path


def test_cli_report_and_patch(tmp_path: Path) -> None:
    drift_file = _drift_file(tmp_path)
    out = io.StringIO()
    assert cli(["specs", "drift", "report", str(drift_file), "-o", "table"], stdout=out, stderr=io.StringIO()) == 0
    text = out.getvalue()
    assert "shop.things.get_thing: 2 departure(s), 6 sighting(s)" in text
    assert "$.color" in text and "x5" in text and "since 2026-12-01" in text
    assert "! missing_required" in text  # needs a maintainer

    out = io.StringIO()
    assert cli(["specs", "drift", "report", str(drift_file), "--json"], stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue())["operations"]["shop.things.get_thing"]["departures"] == 2

    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "shop.yaml").write_text(SPEC)
    out, err = io.StringIO(), io.StringIO()
    assert cli(["specs", "drift", "patch", str(drift_file), "--specs", str(specs)], stdout=out, stderr=err) == 0
    assert "+        color:" in out.getvalue()
    assert "not patched: shop.things.get_thing missing_required $.id" in err.getvalue()

    err = io.StringIO()
    assert cli(["specs", "drift", "report", str(tmp_path / "nope.jsonl")], stderr=err) == 2
    assert "no such drift file" in err.getvalue()
