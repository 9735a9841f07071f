"""The CLI's output contract, commands generated from the operation table, readable chunk rejections, and hostile
input (issue 18 item 13, issue 14 item 13, issue 15 knot 4)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
import yaml

from amili._api_table import API_NAMES
from amili.cli import build_parser, main
from amili.cli._catalog import catalog
from amili.sandbox import FaultKind, FaultRule, Sandbox

ROOT = Path(__file__).resolve().parents[2]
ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("AMILI_"):
            monkeypatch.delenv(name)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, tty: bool = False) -> tuple[int, str, str]:
    out: io.StringIO = _Tty() if tty else io.StringIO()
    err = io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def remote(root: str, *argv: str, tty: bool = False) -> tuple[int, str, str]:
    return run("--environment", "sandbox", "--base-url", root, *argv, tty=tty)


# -- commands come from the operation table --------------------------------------------------------------------------


def test_every_operation_of_every_api_is_a_command() -> None:
    parser = build_parser()
    top = next(a for a in parser._actions if a.dest == "command").choices  # type: ignore[union-attr]
    assert set(API_NAMES) <= set(top)
    total = 0
    for api, tags in catalog().items():
        api_commands = next(a for a in top[api]._actions if a.dest == "group").choices  # type: ignore[union-attr]
        for tag, (ops, _) in tags.items():
            actions = next(a for a in api_commands[tag]._actions if a.dest == "action").choices  # type: ignore[union-attr]
            for op in ops:
                assert op.name in actions, f"{api} {tag} {op.name}"
                total += 1
    assert total >= 90


def test_submit_commands_come_from_the_batch_table() -> None:
    submitters = {(api, tag) for api, tags in catalog().items() for tag, (_, subs) in tags.items() if subs}
    assert {("arm", "customers"), ("arm", "documents"), ("autocollect", "invoices"), ("autocollect", "payments")} <= (
        submitters
    )


# -- one output contract ---------------------------------------------------------------------------------------------


def test_get_and_list_share_the_output_contract(served_sandbox: tuple[Sandbox, str]) -> None:
    _, root = served_sandbox
    assert remote(root, "arm", "customers", "create", "--clientno", "7", "--customer-no", "42", "--name", "Ola")[0] == 0

    code, out, _ = remote(root, "arm", "customers", "get", "42", "--clientno", "7")  # not a tty: json
    assert code == 0 and json.loads(out)["name"] == "Ola"
    code, out, _ = remote(root, "arm", "customers", "get", "42", "--clientno", "7", tty=True)  # a tty: table
    assert code == 0 and any(line.split()[:2] == ["name", "Ola"] for line in out.splitlines())
    code, out, _ = remote(root, "arm", "customers", "get", "42", "--clientno", "7", "--output", "jsonl")
    assert code == 0 and len(out.splitlines()) == 1 and json.loads(out)["customerNo"] == "42"

    code, out, _ = remote(root, "arm", "customers", "list", "--clientno", "7")  # not a tty: one json document
    assert code == 0 and [c["customerNo"] for c in json.loads(out)] == ["42"]
    code, out, _ = remote(root, "arm", "customers", "list", "--clientno", "7", "-o", "jsonl")
    assert [json.loads(line)["customerNo"] for line in out.splitlines()] == ["42"]
    code, out, _ = remote(root, "arm", "customers", "list", "--clientno", "7", "-o", "table")
    header, row = out.splitlines()
    assert "customerNo" in header.split() and "42" in row.split()


def test_distribution_send_and_status(served_sandbox: tuple[Sandbox, str], tmp_path: Path) -> None:
    _sandbox, root = served_sandbox
    spec = yaml.safe_load((ROOT / "specs" / "distribution.yaml").read_text())
    content = spec["paths"]["/send/ehf30/creditnote"]["post"]["requestBody"]["content"]["application/json"]
    note = next(iter(content["examples"].values()))["value"]
    note["Creditnote"]["Identifier"] = "cli-note-1"
    body = tmp_path / "note.json"
    body.write_text(json.dumps(note))
    code, _, err = remote(root, "distribution", "send", "send_ehf_credit_note", "--data", f"@{body}")
    assert code == 0, err
    code, out, err = remote(root, "distribution", "status", "get_invoice_status", "--identifier", "cli-note-1")
    assert code == 0, err
    assert json.loads(out)["Status"] == "DELIVERED"


def test_arm_documents_and_autocollect_invoices_get_and_list(
    served_sandbox: tuple[Sandbox, str], tmp_path: Path
) -> None:
    _sandbox, root = served_sandbox
    customers = tmp_path / "c.csv"
    customers.write_text("customerNo,name\n1,A\n")
    assert remote(root, "arm", "customers", "submit", str(customers), "--clientno", "7")[0] == 0
    documents = tmp_path / "d.csv"
    documents.write_text("documentNo,customerNo,currencyAmounts.inclVat\nD1,1,10\n")
    assert remote(root, "arm", "documents", "submit", str(documents), "--clientno", "7")[0] == 0
    code, out, err = remote(root, "arm", "documents", "list", "--clientno", "7")
    assert code == 0, err
    assert [d["documentNo"] for d in json.loads(out)] == ["D1"]
    code, out, err = remote(root, "arm", "documents", "get", "D1", "--clientno", "7")
    assert code == 0, err
    assert json.loads(out)["documentNo"] == "D1"

    invoices = tmp_path / "i.json"
    invoices.write_text(json.dumps([{"type": "NOTICE", "invoiceNumber": "9", "originalInvoiceAmount": 5}]))
    assert remote(root, "autocollect", "invoices", "submit", str(invoices), "--org", ORG)[0] == 0
    code, out, err = remote(root, "autocollect", "invoices", "list", "--organization-id", ORG)
    assert code == 0, err
    listed = json.loads(out)
    assert [i["invoiceNumber"] for i in listed] == ["9"]
    code, out, err = remote(
        root, "autocollect", "invoices", "get", listed[0]["id"], "--organization-id", ORG, "-o", "jsonl"
    )
    assert code == 0, err
    assert json.loads(out)["data"]["invoiceNumber"] == "9", out


def test_whole_chunk_rejection_prints_a_readable_reason(served_sandbox: tuple[Sandbox, str], tmp_path: Path) -> None:
    sandbox, root = served_sandbox
    sandbox.add_fault(FaultRule(FaultKind.ERROR, 1.0, status=400, operation="arm.documents.create_documents_batch"))
    path = tmp_path / "d.jsonl"
    path.write_text('{"documentNo": "D1", "customerNo": "1"}\n{"documentNo": "D2", "customerNo": "1"}\n')
    code, out, _ = remote(root, "-o", "table", "arm", "documents", "submit", str(path), "--clientno", "7",
                          "--max-retries", "0")  # fmt: skip
    assert code == 3
    reason = next(line for line in out.splitlines() if line.strip().startswith("2 "))
    assert "HTTP 400" in reason, out  # before: `HTTP # — Reques`
    assert "Reques" not in reason.split("HTTP 400", 1)[1][:8]


# -- hostile input: one line, exit 2 (or 1), never a traceback -------------------------------------------------------


HOSTILE_FILES = {
    "binary.jsonl": b"\x00\xff\xfe\x80garbage\n",
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "notarray.json": b'{"a": 1}',
    "scalar.jsonl": b"42\n",
    "cells.csv": b"documentNo,customerNo\nD1,1,extra,cells\n",
    "empty.csv": b"",
    "nan.jsonl": b'{"documentNo": "D1", "customerNo": "1", "currencyAmounts": {"inclVat": NaN}}\n',
    "wrongtype.jsonl": b'{"documentNo": 5, "customerNo": "1"}\n',
    "nested.jsonl": b'{"documentNo": "D1", "customerNo": "1", "currencyAmounts": "lots"}\n',
    "huge.jsonl": b'{"documentNo": "D1", "customerNo": "1", "accountNo": 1e400}\n',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_input_files_are_one_line_and_send_nothing(
    served_sandbox: tuple[Sandbox, str], tmp_path: Path, name: str
) -> None:
    sandbox, root = served_sandbox
    path = tmp_path / name
    path.write_bytes(HOSTILE_FILES[name])
    code, _out, err = remote(root, "arm", "documents", "submit", str(path), "--clientno", "7")
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("amili: error: "), err
    assert "Traceback" not in err
    assert str(path) in err or name in err
    assert [r for r in sandbox.requests if r.operation.startswith("arm.")] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["arm", "customers", "get", "1", "--clientno", "abc"],
        ["arm", "customers", "create", "--clientno", "7", "--data", "[1, 2]"],
        ["arm", "customers", "create", "--clientno", "7", "--data", "{oops"],
        ["arm", "customers", "create", "--clientno", "7", "--customer-no", "1", "--set", "novalue"],
        ["arm", "customers", "create", "--clientno", "7", "--customer-no", "1", "--data", "@/nonexistent/x.json"],
        ["arm", "customers", "create", "--clientno", "7", "--customer-no", "1", "--set", "accountNo=abc"],
        ["arm", "documents", "submit", "/nonexistent/file.csv", "--clientno", "7"],
        ["autocollect", "invoices", "list"],
    ],
)
def test_hostile_arguments_are_one_line_exit_2(served_sandbox: tuple[Sandbox, str], argv: list[str]) -> None:
    sandbox, root = served_sandbox
    code, _, err = remote(root, *argv)
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert [r for r in sandbox.requests if not r.operation.startswith("identity")] == []


def test_unusable_journal_is_one_line(served_sandbox: tuple[Sandbox, str], tmp_path: Path) -> None:
    _, root = served_sandbox
    path = tmp_path / "d.jsonl"
    path.write_text('{"documentNo": "D1", "customerNo": "1"}\n')
    journal = tmp_path / "journal-is-a-directory"
    journal.mkdir()
    code, _, err = remote(root, "arm", "documents", "submit", str(path), "--clientno", "7", "--journal", str(journal))
    assert code in (1, 2)
    assert err.count("\n") == 1 and "Traceback" not in err, err


def test_network_failure_is_one_line() -> None:
    code, _, err = run("--environment", "sandbox", "--base-url", "http://127.0.0.1:9", "token")
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "identity" in err
