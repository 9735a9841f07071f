"""The drift round trip end to end (issue 21 item 4): record drift against a drifting sandbox -> `amili specs drift
patch` a copy of the specs -> regenerate into a temporary package -> the new field is typed and a rerun records
nothing. The repository's own specs/, generated/ and src/amili/_api/ are never touched."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from amili.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json, sys, uuid
    from pathlib import Path

    import anyio, attrs
    import amili
    from amili import AmiliClient, ResponseValidationError, SpecDrift
    from amili.sandbox import DriftRule

    ORG = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    RULES = [
        DriftRule.extra_field("arm.customers.get_customer", "loyaltyTier", "gold"),
        DriftRule.extra_field("arm.customers.get_customer", "loyalty", {"points": 3, "since": "2024-01-31"}),
        DriftRule.header("arm.customers.get_customer", "X-RateLimit-Remaining", "99"),
        DriftRule.enum_value("autocollect.batches.get_batch", "data.status", "ON_HOLD"),
        DriftRule.status("arm.customers.list_customers", 203),
    ]
    INVOICES = {"invoices": [
        {"invoiceNumber": "1", "originalInvoiceAmount": 100, "uniqueSourceInvoiceId": "s-1", "type": "NOTICE"}
    ]}

    async def main(drift_file: str, specs_dir: str) -> dict:
        out = {"amili": amili.__file__}
        drift = SpecDrift("record", path=drift_file, sample_rate=1.0)
        async with AmiliClient.sandbox(drift=RULES, spec_drift=drift, specs_dir=Path(specs_dir)) as client:
            body = {"metadata": {"userId": "t"}, "customer": {"customerNo": "1", "name": "Kari"}}
            await client.arm.customers.create_customer(clientno=2218, body=body)
            customer = await client.arm.customers.get_customer(clientno=2218, customerno="1")
            out["loyalty_tier"] = getattr(customer, "loyalty_tier", None)
            loyalty = getattr(customer, "loyalty", None)
            out["loyalty_points"] = getattr(loyalty, "points", None)
            try:
                page = await client.arm.customers.list_customers(clientno=2218)
                out["list_customers"] = [c.customer_no for c in page.customers]
            except ResponseValidationError as exc:
                out["list_customers"] = type(exc).__name__
            accepted = await client.autocollect.invoices.create_invoices(organization_id=ORG, body=INVOICES)
            batch = await client.autocollect.batches.get_batch(organization_id=ORG, batch_id=accepted.data.batch_id)
            out["batch_status"] = str(batch.data.status)
            from amili_autocollect.models import BatchStatus
            out["on_hold_known"] = "ON_HOLD" in [m.value for m in BatchStatus]
        from amili_arm.models import Customer
        out["customer_fields"] = {f.name: str(f.type) for f in attrs.fields(Customer) if f.name.startswith("loyalty")}
        return out

    print(json.dumps(anyio.run(main, *sys.argv[1:3])))
    """
)


def _run(tmp: Path, drift_file: Path, specs: Path, pythonpath: Path | None) -> dict[str, Any]:
    script = tmp / "traffic.py"
    script.write_text(SCRIPT)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMILI_")}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [sys.executable, str(script), str(drift_file), str(specs)],
        capture_output=True,
        text=True,
        cwd=tmp,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.slow
def test_record_patch_regenerate_and_rerun_clean(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    before_specs = {p.name: p.read_text() for p in (ROOT / "specs").glob("*.yaml")}

    # 1. today's SDK against a sandbox that drifts: the calls are tolerated, the departures recorded
    first = tmp_path / "drift.jsonl"
    seen = _run(tmp_path, first, specs, None)
    assert seen["amili"].startswith(str(ROOT / "src"))
    assert seen["loyalty_tier"] is None and seen["customer_fields"] == {}
    assert seen["list_customers"] == "ResponseValidationError"  # an undocumented 2xx is not parsed
    assert seen["on_hold_known"] is False
    kinds = {json.loads(line)["kind"] for line in first.read_text().splitlines()}
    assert {"unknown_property", "unknown_enum_value", "undocumented_status", "undocumented_header"} <= kinds

    report = io.StringIO()
    assert cli(["specs", "drift", "report", str(first)], stdout=report, stderr=io.StringIO()) == 0
    assert "arm.customers.get_customer" in report.getvalue() and "$.loyaltyTier" in report.getvalue()

    # 2. the patch, proposed then applied to the copy
    diff, err = io.StringIO(), io.StringIO()
    assert cli(["specs", "drift", "patch", str(first), "--specs", str(specs)], stdout=diff, stderr=err) == 0
    assert "+        loyaltyTier:" in diff.getvalue() and "x-amili-source: observed" in diff.getvalue()
    removed = [line for line in diff.getvalue().splitlines() if line.startswith("-") and not line.startswith("---")]
    assert [line.split(":")[0].strip() for line in removed] == ["-      enum"]  # else: only additions
    assert specs.joinpath("arm.yaml").read_text() == before_specs["arm.yaml"]  # printing wrote nothing
    assert cli(["specs", "drift", "patch", str(first), "--specs", str(specs), "--write"], stderr=err) == 0
    assert "left for review" in err.getvalue()

    # 3. regenerate from the patched copy into a throwaway package (the repo's generated/ and _api/ stay put)
    pkg = tmp_path / "pkg"
    shutil.copytree(ROOT / "src" / "amili", pkg / "amili", ignore=shutil.ignore_patterns("__pycache__", "_api"))
    generate = [sys.executable, str(ROOT / "codegen" / "generate.py"), "--specs", str(specs)]
    generate += ["--out", str(pkg), "--api-out", str(pkg / "amili" / "_api")]
    done = subprocess.run(generate, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "loyaltyTier" in (pkg / "amili" / "_api" / "_shapes" / "arm.py").read_text()

    # 4. the regenerated SDK against the same drifting sandbox: typed, parsed, and nothing left to record
    second = tmp_path / "drift-rerun.jsonl"
    rerun = _run(tmp_path, second, specs, pkg)
    assert rerun["amili"].startswith(str(pkg))
    assert rerun["loyalty_tier"] == "gold" and rerun["loyalty_points"] == 3
    assert "str" in rerun["customer_fields"]["loyalty_tier"]
    assert "Loyalty" in rerun["customer_fields"]["loyalty"]  # the nested object became a model
    assert rerun["list_customers"] == ["1"]  # the 203 is documented now, with the body of the 200
    assert rerun["on_hold_known"] is True and "ON_HOLD" in rerun["batch_status"]
    assert not second.exists() or second.read_text() == "", second.read_text()

    assert {p.name: p.read_text() for p in (ROOT / "specs").glob("*.yaml")} == before_specs
