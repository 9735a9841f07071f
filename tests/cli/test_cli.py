"""The `amili` command line, against the embedded sandbox (in-process, or served on loopback so state persists)."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import selectors
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import httpx
import pytest

from amili.batches import Progress
from amili.cli import SANDBOX_PATHS, ProgressBar, main, read_items
from amili.sandbox import FaultKind, FaultRule, Sandbox
from amili.sandbox.pipeline import PREFIXES

ROOT = Path(__file__).resolve().parents[2]
ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("AMILI_"):
            monkeypatch.delenv(name)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def remote(root: str, *argv: str) -> tuple[int, str, str]:
    return run("--environment", "sandbox", "--base-url", root, *argv)


def operations(sandbox: Sandbox) -> list[str]:
    return [r.operation for r in sandbox.requests]


# -- token ----------------------------------------------------------------------------------------------------------


def test_token_is_shown_only_with_show(served_sandbox: tuple[Sandbox, str]) -> None:
    sandbox, root = served_sandbox
    code, hidden, _ = remote(root, "-o", "table", "token")
    assert code == 0
    assert "issuer:  amili-sandbox" in hidden
    assert "expires: " in hidden
    assert "scopes:" in hidden
    assert "eyJ" not in hidden  # no JWT (header, payload) anywhere in the output
    assert "[redacted]" in hidden

    code, shown, _ = remote(root, "-o", "table", "token", "--show")
    assert code == 0
    token = next(line.split()[-1] for line in shown.splitlines() if line.startswith("token:"))
    record, reason = sandbox.ctx.tokens.check(token)
    assert record is not None, reason  # the printed value is the real, valid token
    assert token not in hidden


def test_token_scope_is_requested_and_shown(served_sandbox: tuple[Sandbox, str]) -> None:
    _, root = served_sandbox
    code, out, _ = remote(root, "-o", "table", "--oauth-scope", "arm.read", "token")
    assert code == 0
    assert "scopes:  arm.read" in out


def test_in_process_sandbox_needs_no_credentials() -> None:
    code, out, err = run("token", "--environment", "sandbox")  # flags after the subcommand work too
    assert (code, err) == (0, "")
    assert "amili-sandbox" in out


def test_missing_credentials_is_one_line() -> None:
    code, out, err = run("token")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "AMILI_CLIENT_ID" in err


def test_wrong_credentials_is_one_line_without_the_secret(served_sandbox: tuple[Sandbox, str]) -> None:
    _, root = served_sandbox
    code, _, err = remote(root, "--client-id", "sandbox", "--client-secret", "not-the-secret-42", "token")
    assert code == 1
    assert err.count("\n") == 1
    assert "identity.tokens.create_token" in err
    assert "HTTP 401" in err or "HTTP 400" in err
    assert "not-the-secret-42" not in err


# -- errors and debug -----------------------------------------------------------------------------------------------


def test_api_error_is_one_line_with_operation_status_request_id_and_message(
    served_sandbox: tuple[Sandbox, str],
) -> None:
    sandbox, root = served_sandbox
    code, out, err = remote(root, "arm", "customers", "get", "404404", "--clientno", "7")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "Traceback" not in err
    request_id = sandbox.requests[-1].request_id
    assert "arm.customers.get_customer" in err
    assert "HTTP 404" in err
    assert f"request id {request_id}" in err
    assert "Customer 404404 not found" in err


def test_debug_logs_requests_with_authorization_redacted(served_sandbox: tuple[Sandbox, str]) -> None:
    _, root = served_sandbox
    code, _, err = remote(root, "--debug", "arm", "customers", "list", "--clientno", "7")
    assert code == 0
    assert "> GET " in err
    assert "/arm/v1/clients/7/customers" in err
    assert "'authorization': '[redacted]'" in err
    assert "Bearer" not in err
    assert "eyJ" not in err
    assert "sandbox-secret" not in err


def test_debug_logs_each_attempt_once(served_sandbox: tuple[Sandbox, str]) -> None:
    # Before: a second transport logged beside the SDK's own logger, so every attempt appeared twice on stderr.
    sandbox, root = served_sandbox
    argv = ["--environment", "sandbox", "--base-url", root, "--debug", "arm", "customers", "list", "--clientno", "7"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMILI_")}
    done = subprocess.run(
        [sys.executable, "-m", "amili.cli", *argv], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    request_id = next(r.request_id for r in sandbox.requests if r.operation == "arm.customers.list_customers")
    lines = [line for line in done.stderr.splitlines() if request_id in line]
    assert len(lines) == 1, done.stderr
    requests = [line for line in done.stderr.splitlines() if "/arm/v1/clients/7/customers" in line and "> GET" in line]
    assert len(requests) == 1, done.stderr


# -- customers ------------------------------------------------------------------------------------------------------


def test_customers_create_get_list_against_a_served_sandbox(served_sandbox: tuple[Sandbox, str]) -> None:
    sandbox, root = served_sandbox
    code, out, _ = remote(
        root, "-o", "table", "arm", "customers", "create", "--clientno", "7", "--customer-no", "42", "--name", "Ola"
    )
    assert code == 0
    assert "customer 42" in out
    assert sandbox.state.arm_clients[7].customers["42"]["name"] == "Ola"

    code, out, _ = remote(root, "arm", "customers", "get", "42", "--clientno", "7")
    assert code == 0
    assert json.loads(out)["name"] == "Ola"

    code, out, _ = remote(root, "arm", "customers", "list", "--clientno", "7", "-o", "jsonl")
    assert code == 0
    assert [json.loads(line)["customerNo"] for line in out.splitlines()] == ["42"]


def test_customers_create_refuses_a_mistyped_field_before_sending(served_sandbox: tuple[Sandbox, str]) -> None:
    sandbox, root = served_sandbox
    code, _, err = remote(
        root, "arm", "customers", "create", "--clientno", "7", "--customer-no", "1", "--set", "accountNo=abc"
    )
    assert code == 2
    assert "accountNo" in err
    assert sandbox.requests == []


# -- submitting files -----------------------------------------------------------------------------------------------


def test_bad_input_file_names_line_and_field_and_sends_nothing(
    served_sandbox: tuple[Sandbox, str], tmp_path: Path
) -> None:
    sandbox, root = served_sandbox
    path = tmp_path / "documents.jsonl"
    rows = [
        {"documentNo": "D1", "customerNo": "1"},
        {"customerNo": "1", "currencyAmounts": {"inclVat": 10}},
        {"documentNo": "D3", "customerNo": "1"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    code, out, err = remote(root, "arm", "documents", "submit", str(path), "--clientno", "7")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "line 2" in err
    assert "documentNo" in err
    assert "nothing was sent" in err
    assert sandbox.requests == []


def test_bad_csv_cell_names_line_and_nested_field(served_sandbox: tuple[Sandbox, str], tmp_path: Path) -> None:
    sandbox, root = served_sandbox
    path = tmp_path / "documents.csv"
    path.write_text("documentNo,customerNo,currencyAmounts.inclVat\nD1,1,100\nD2,1,12.5\nD3,1,lots\n")
    code, _, err = remote(root, "arm", "documents", "submit", str(path), "--clientno", "7")
    assert code == 2
    assert "line 4" in err
    assert "currencyAmounts.inclVat" in err
    assert sandbox.requests == []


def test_read_items_formats(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("customerNo,name,address.city\n1,A,Oslo\n2,,\n")
    rows = read_items(tmp_path / "a.csv")
    assert [(r.where, r.data) for r in rows] == [
        ("line 2", {"customerNo": "1", "name": "A", "address": {"city": "Oslo"}}),
        ("line 3", {"customerNo": "2"}),
    ]
    (tmp_path / "a.json").write_text(json.dumps({"customers": [{"customerNo": "1"}]}))
    assert [r.data for r in read_items(tmp_path / "a.json", items_key="customers")] == [{"customerNo": "1"}]
    (tmp_path / "b.jsonl").write_text('{"customerNo": "1"}\n{oops\n')
    with pytest.raises(Exception, match="line 2: not valid JSON"):
        read_items(tmp_path / "b.jsonl")


def test_submit_documents_with_outcomes_journal_and_resume(served_sandbox: tuple[Sandbox, str], tmp_path: Path) -> None:
    sandbox, root = served_sandbox
    customers = tmp_path / "customers.csv"
    customers.write_text("customerNo,name\n1,A\n2,B\n")
    code, out, _ = remote(root, "-o", "table", "arm", "customers", "submit", str(customers), "--clientno", "7")
    assert code == 0
    assert "2 succeeded, 0 failed" in out

    documents = tmp_path / "documents.csv"
    lines = ["documentNo,customerNo,dueDate,currencyAmounts.inclVat"]
    lines += [f"D{i},{1 + i % 2},2024-01-{1 + i:02d},{100 + i}" for i in range(7)]
    lines.append("D7,99,2024-02-01,5")  # ARM rejects it: no customer 99
    documents.write_text("\n".join(lines) + "\n")
    outcomes, journal = tmp_path / "out.jsonl", tmp_path / "journal.sqlite"
    argv = ["arm", "documents", "submit", str(documents), "--clientno", "7", "--chunk-size", "3"]
    code, out, _ = remote(root, "-o", "table", *argv, "--out", str(outcomes), "--journal", str(journal))
    assert code == 3  # done, but one item failed
    assert "8 item(s): 7 succeeded, 1 failed" in out
    assert "Customer # does not exist" in out
    written = [json.loads(line) for line in outcomes.read_text().splitlines()]
    assert sorted(o["index"] for o in written) == list(range(8))
    failed = [o for o in written if not o["ok"]]
    assert [(o["source"], o["key"]) for o in failed] == [("line 9", "D7")]
    assert set(sandbox.state.arm_clients[7].documents) == {f"D{i}" for i in range(7)}
    assert sandbox.state.arm_clients[7].documents["D0"]["currencyAmounts"] == {"inclVat": 100.0}

    batches_before = operations(sandbox).count("arm.documents.create_documents_batch")
    assert batches_before == 3
    code, out, _ = remote(root, "-o", "table", *argv, "--out", str(tmp_path / "again.jsonl"), "--journal", str(journal))
    assert code == 3
    assert "7 succeeded, 1 failed" in out
    assert (
        operations(sandbox).count("arm.documents.create_documents_batch") == batches_before
    )  # replayed from the journal
    assert sandbox.state.duplicates.get("arm.documentNo", 0) == 0


def test_skip_invalid_sends_the_valid_items_and_reports_the_rest(
    served_sandbox: tuple[Sandbox, str], tmp_path: Path
) -> None:
    sandbox, root = served_sandbox
    sandbox.state.arm_client(7).customers["1"] = {"customerNo": "1", "accountNo": 1, "clientNo": 7}
    path = tmp_path / "documents.jsonl"
    path.write_text('{"documentNo": "D1", "customerNo": "1"}\n{"customerNo": "1"}\n')
    outcomes = tmp_path / "out.jsonl"
    code, out, _ = remote(
        root,
        "-o",
        "table",
        "arm",
        "documents",
        "submit",
        str(path),
        "--clientno",
        "7",
        "--skip-invalid",
        "--out",
        str(outcomes),
    )
    assert code == 3
    assert "1 succeeded, 1 failed" in out
    by_source = {o["source"]: o for o in map(json.loads, outcomes.read_text().splitlines())}
    assert by_source["line 1"]["ok"] is True
    assert by_source["line 2"]["status"] == "INVALID"
    assert by_source["line 2"]["errors"] == ["documentNo"]
    assert set(sandbox.state.arm_clients[7].documents) == {"D1"}


def test_autocollect_invoices_submit(served_sandbox: tuple[Sandbox, str], tmp_path: Path) -> None:
    sandbox, root = served_sandbox
    path = tmp_path / "invoices.json"
    invoices = [
        {"type": "NOTICE", "invoiceNumber": "1", "originalInvoiceAmount": 100, "currency": "NOK"},
        {"type": "NOTICE", "invoiceNumber": "2", "originalInvoiceAmount": -5, "currency": "NOK"},
    ]
    path.write_text(json.dumps(invoices))
    code, out, _ = remote(root, "-o", "table", "autocollect", "invoices", "submit", str(path), "--org", ORG)
    assert code == 3
    assert "1 succeeded, 1 failed" in out
    assert "originalInvoiceAmount must be a non-negative number" in out
    assert [i["invoiceNumber"] for i in sandbox.state.organizations[ORG].invoices.values()] == ["1"]


# -- batches wait ---------------------------------------------------------------------------------------------------


def _token(root: str) -> dict[str, str]:
    form = {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox-secret"}
    issued = httpx.post(root + "/identity/token", data=form)
    return {"Authorization": f"Bearer {issued.json()['access_token']}"}


def test_batches_wait_arm_and_autocollect(served_sandbox: tuple[Sandbox, str], tmp_path: Path) -> None:
    _, root = served_sandbox
    auth = _token(root)
    body = {"metadata": {"userId": "t"}, "customers": [{"customerNo": "1", "name": "A"}, {"customerNo": ""}]}
    receipt = httpx.post(root + "/arm/v1/clients/7/customers/batches", json=body, headers=auth).json()
    outcomes = tmp_path / "arm.jsonl"
    code, out, _ = remote(
        root, "-o", "table", "batches", "wait", "arm", receipt["batchUuid"], "--scope", "7", "--out", str(outcomes)
    )
    assert code == 3
    assert f"batch {receipt['batchUuid']}: PARTIAL (1 succeeded, 1 failed)" in out
    assert "customerNo is required" in out
    assert [json.loads(line)["ok"] for line in outcomes.read_text().splitlines()] == [True, False]

    invoices = {"invoices": [{"type": "NOTICE", "invoiceNumber": "9", "originalInvoiceAmount": 1}]}
    accepted = httpx.post(f"{root}/collection/v1/orgs/{ORG}/invoices", json=invoices, headers=auth).json()
    batch_id = accepted["data"]["batchId"]
    code, out, _ = remote(root, "-o", "table", "batches", "wait", "autocollect", batch_id, "--org", ORG)
    assert code == 0
    assert f"batch {batch_id}: SUCCESS (1 succeeded, 0 failed)" in out


def test_batches_wait_unknown_batch_is_one_line(served_sandbox: tuple[Sandbox, str]) -> None:
    _, root = served_sandbox
    code, _, err = remote(root, "batches", "wait", "arm", "00000000-0000-0000-0000-000000000000", "--scope", "7")
    assert code == 1
    assert err.count("\n") == 1
    assert "arm.batches.get_batch" in err
    assert "HTTP 404" in err


# -- sandbox serve --------------------------------------------------------------------------------------------------


def test_sandbox_serve_then_commands_share_its_state() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "amili.cli", "sandbox", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=30), "amili sandbox serve printed nothing"  # a hang guard, not a timing check
        first = proc.stdout.readline()
        assert first.startswith("Amili sandbox on http://127.0.0.1:")
        root = first.split()[3]
        assert (
            remote(root, "arm", "customers", "create", "--clientno", "3", "--customer-no", "5", "--name", "X")[0] == 0
        )
        code, out, _ = remote(root, "arm", "customers", "get", "5", "--clientno", "3")
        assert code == 0
        assert json.loads(out)["customerNo"] == "5"
    finally:
        proc.terminate()
        proc.wait()
        output = (proc.stdout.read() if proc.stdout else "") + (proc.stderr.read() if proc.stderr else "")
        # only the public default, in the export block (issue 28.4): the secret is never logged otherwise
        assert output.count("sandbox-secret") == output.count("export AMILI_CLIENT_SECRET=sandbox-secret")


def test_base_url_paths_match_the_sandbox() -> None:
    assert SANDBOX_PATHS == PREFIXES


def test_progress_bar_renders_counts() -> None:
    stream = io.StringIO()
    bar = ProgressBar(10, "documents", stream=stream, enabled=True)
    bar(Progress(submitted=10, processed=10, succeeded=9, failed=1, total=10))
    bar.close()
    assert "documents [##############################] 10/10 ok 9 failed 1" in stream.getvalue()
    quiet = io.StringIO()
    ProgressBar(10, "x", stream=quiet, enabled=False)(Progress(processed=3))
    assert quiet.getvalue() == ""


# -- the demo -------------------------------------------------------------------------------------------------------


def _demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("amili_demo", ROOT / "examples" / "demo.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _run_demo(tmp_path: Path, **options: Any) -> tuple[Any, str]:
    demo = _demo()
    out = io.StringIO()

    async def go() -> Any:
        return await demo.run_demo(
            customers=40, documents=400, chunk_size=100, out=out, progress=False, out_dir=tmp_path, **options
        )

    return anyio.run(go), out.getvalue()


def test_demo_small_without_faults(tmp_path: Path) -> None:
    report, text = _run_demo(tmp_path)
    by_name = {s.name: s for s in report.steps}
    documents = by_name["ARM documents (batches)"]
    assert (documents.items, documents.succeeded, documents.failed) == (400, 392, 8)
    assert documents.reasons == {"invalid: missing required field 'documentNo'": 4, "Customer # does not exist": 4}
    invoices = by_name["AutoCollect invoices (1 batch)"]
    assert invoices.note == "batch PARTIAL"
    assert invoices.failed == 2
    assert by_name["EHF credit note (Distribution)"].note == "status DELIVERED"
    assert report.retries == 0
    assert not report.faults
    assert "total" in text
    assert "✓ ARM holds 40 customers and 392 documents, once each" in text
    assert len((tmp_path / "documents.jsonl").read_text().splitlines()) == 400


def test_demo_small_with_faults_accounts_for_every_item(tmp_path: Path) -> None:
    rules = [
        FaultRule(FaultKind.ERROR, status=503, after=3, times=2),
        FaultRule(FaultKind.RATE_LIMIT, retry_after=0, after=8, times=1),
        FaultRule(FaultKind.DROP, method="GET", after=4, times=2),
        FaultRule(FaultKind.DROP_AFTER, operation="autocollect.invoices.create_invoices", times=1),
        FaultRule(FaultKind.EXPIRE_TOKEN, after=12, times=1),
    ]
    report, text = _run_demo(tmp_path, faults=rules)
    assert report.faults == {"error": 2, "rate_limit": 1, "drop": 2, "drop_after": 1, "expire_token": 1}
    assert report.retries >= 6  # 503 x2, 429, drop x2, the dropped invoice batch (a 401 replay is not a retry)
    by_name = {s.name: s for s in report.steps}
    assert by_name["ARM documents (batches)"].succeeded == 392
    assert "(1 idempotent replays)" in text  # the invoice batch was applied once, then replayed by its key
    assert len(report.checks) == 7
