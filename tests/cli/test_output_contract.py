"""The `amili` output contract and usage errors (issue 29 item 7).

* `-o json` (alias `--json`) prints exactly one JSON document: a list for lists, an object for a single result, a
  created item, a submit/batch summary, a token description; `-o jsonl` one JSON object per line (nothing for an
  empty list); `-o table` the human text. Every command honours all three.
* Usage errors (unknown environment, bad numbers, unknown options) exit 2 with one clear message, nothing sent.

`test_every_command_honours_every_output_format` walks the argparse tree, so a new command is covered as soon as
it exists.
"""

from __future__ import annotations

import argparse
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amili.cli import build_parser, main
from amili.sandbox import Sandbox, launcher

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
FORMATS = ("json", "jsonl", "table")
SCOPES = ("clientno", "organization_id")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("AMILI_"):
            monkeypatch.delenv(name)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    captured = capsys.readouterr()  # argparse writes usage errors to sys.stderr, the launcher its banner nowhere
    return code, out.getvalue(), err.getvalue() + captured.err


def remote(root: str, *argv: str) -> list[str]:
    return ["--environment", "sandbox", "--base-url", root, "--max-retries", "0", "--timeout", "10", *argv]


def not_api(sandbox: Sandbox) -> list[str]:
    return [r.operation for r in sandbox.requests if not r.operation.startswith("identity")]


# -- usage errors: exit 2, one clear message, nothing sent ------------------------------------------------------------


def test_misspelled_environment_flag_is_a_usage_error_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["-e", "prodution", "--client-id", "c", "--client-secret", "s", "token"], capsys)
    assert code == 2, err  # before: 1 ("unknown environment" raised by the client, after parsing)
    assert out == ""
    assert "--environment" in err and "did you mean 'production'" in err


def test_misspelled_environment_variable_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AMILI_ENVIRONMENT", "sandbx")
    code, out, err = run(["token"], capsys)
    assert code == 2, err
    assert out == "" and "did you mean 'sandbox'" in err and "AMILI_ENVIRONMENT" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["--max-retries", "-3", "token"],
        ["token", "--max-retries", "x"],
        ["--timeout", "-1", "token"],
        ["--no-such-option", "token"],
        ["token", "--no-such-option"],
        ["arm", "customers", "list", "--clientno", "7", "--limit", "-1"],
        ["-o", "yaml", "token"],
    ],
)
@pytest.mark.amili_sandbox(batch_delay=0.0)
def test_bad_usage_exits_2_and_sends_nothing(
    served_sandbox: tuple[Sandbox, str], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox, root = served_sandbox
    code, out, err = run(remote(root, *argv), capsys)
    assert code == 2, err
    assert out == "" and "error: " in err and "Traceback" not in err
    assert sandbox.requests == []


# -- summaries follow --output like data does ------------------------------------------------------------------------


@pytest.mark.amili_sandbox(batch_delay=0.0)
def test_create_submit_and_token_print_json_with_o_json(
    served_sandbox: tuple[Sandbox, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, root = served_sandbox
    code, out, err = run(remote(root, "-o", "json", "arm", "customers", "create", "--clientno", "7", "--customer-no",
                                "1", "--name", "A"), capsys)  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["customerNo"] == "1"  # before: `CREATED: customer 1 (accountNo …)`

    path = tmp_path / "c.csv"
    path.write_text("customerNo,name\n2,B\n3,C\n")
    code, out, err = run(remote(root, "arm", "customers", "submit", str(path), "--clientno", "7", "-o", "json"), capsys)
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["items"], summary["succeeded"], summary["failed"]) == (2, 2, 0)

    code, out, err = run(remote(root, "token", "--json"), capsys)
    assert code == 0, err
    token = json.loads(out)
    assert token["issuer"] == "amili-sandbox" and token["token"] == "[redacted]"


@pytest.mark.amili_sandbox(batch_delay=0.0)
def test_json_is_one_document_and_jsonl_nothing_for_an_empty_list(
    served_sandbox: tuple[Sandbox, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, root = served_sandbox
    listing = ["arm", "customers", "list", "--clientno", "7"]
    assert run(remote(root, *listing, "--json"), capsys)[1] == "[]\n"  # before: "" (--json meant jsonl)
    assert run(remote(root, *listing, "-o", "json"), capsys)[1] == "[]\n"
    assert run(remote(root, "-o", "jsonl", *listing), capsys)[1] == ""


# -- every command of the parser, every format -----------------------------------------------------------------------


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every runnable command: (words, its parser)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for action in subs:
        seen: set[int] = set()
        for name, child in action.choices.items():
            if id(child) not in seen:
                seen.add(id(child))
                yield from leaves(child, (*path, name))


def generic_arguments(parser: argparse.ArgumentParser) -> list[str]:
    """Required positionals and flags filled with values the sandbox understands (numbers, the org's UUID)."""
    argv: list[str] = []
    for action in parser._actions:
        required = action.required or "(required)" in (action.help or "") or action.dest in SCOPES
        if action.option_strings and not required:
            continue
        if action.dest in ("help",) or isinstance(action, argparse._SubParsersAction):
            continue
        value = (
            ORG
            if "organization" in action.dest or "uuid" in action.dest or action.dest.endswith("_id")
            else "7"
            if action.choices is None
            else sorted(action.choices)[0]
        )
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv


def special_cases(root: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[tuple[str, ...], list[str]]:
    """Arguments for the hand-written commands, so each of them runs to success (exit 0 or 3): a journalled submit
    first gives `batches wait` its batch and `batches resolve` its journal."""
    customers = tmp_path / "customers.csv"
    customers.write_text("customerNo,name\n1,A\n")
    journal, outcomes = str(tmp_path / "j.sqlite"), tmp_path / "o.jsonl"
    submit = ["arm", "customers", "submit", str(customers), "--clientno", "7", "--journal", journal]
    code, _, err = run(remote(root, *submit, "--out", str(outcomes)), capsys)
    assert code == 0, err
    batch_id = json.loads(outcomes.read_text().splitlines()[0])["batch_id"]
    drift = tmp_path / "drift.jsonl"
    drift.write_text(
        json.dumps(
            {
                "kind": "unknown_property",
                "operation": "arm.customers.get_customer",
                "path": "$.tier",
                "status": 200,
                "observed": "string",
                "count": 1,
                "first_seen": "2026-01-01T00:00:00Z",
                "last_seen": "2026-01-01T00:00:00Z",
                "sdk_version": "0",
            }
        )
        + "\n"
    )
    specs = Path(__file__).resolve().parents[2] / "specs"
    return {
        ("arm", "customers", "create"): ["--clientno", "7", "--customer-no", "1", "--name", "A"],
        ("arm", "customers", "submit"): [str(customers), "--clientno", "7"],
        ("batches", "resolve"): ["arm", "customers", str(customers), "--clientno", "7", "--journal", journal],
        ("batches", "wait"): ["arm", str(batch_id), "--scope", "7"],
        ("specs", "drift", "report"): [str(drift)],
        ("specs", "drift", "patch"): [str(drift), "--specs", str(specs)],
        ("sandbox", "serve"): ["--port", "0"],
    }


def check(fmt: str, out: str, where: str) -> None:
    if fmt == "json":
        json.loads(out)  # exactly one document (raises on two)
    elif fmt == "jsonl":
        for line in out.splitlines():
            assert isinstance(json.loads(line), dict | list | str | int | float | bool), (where, line)
    else:
        with pytest.raises(json.JSONDecodeError):
            json.loads(out)


@pytest.mark.slow
@pytest.mark.amili_sandbox(batch_delay=0.0)
def test_every_command_honours_every_output_format(
    served_sandbox: tuple[Sandbox, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, root = served_sandbox

    async def at_once() -> None:  # `sandbox serve` prints its banner, then returns instead of serving forever
        return None

    monkeypatch.setattr(launcher, "_serve_forever", at_once)
    special = special_cases(root, tmp_path, capsys)
    succeeded: list[str] = []
    failed: dict[str, str] = {}
    commands = list(leaves(build_parser()))
    assert len(commands) > 100
    for words, parser in commands:
        args = special.get(words) or generic_arguments(parser)
        name = " ".join(words)
        for fmt in FORMATS:
            code, out, err = run(remote(root, *words, *args, "-o", fmt), capsys)
            if code in (0, 3):
                check(fmt, out, f"{name} -o {fmt}")
                succeeded.append(name)
            else:  # a 404 or an invalid generic body: a one-line error and nothing half-written on stdout
                assert out == "", (name, fmt, out)
                assert err.strip().count("\n") == 0 or "usage:" in err, (name, err)
                failed[name] = err.strip().splitlines()[-1]
    for words in special:
        assert " ".join(words) in succeeded, (words, failed.get(" ".join(words)))
    for hand_written in ("token", "batches wait", "arm customers list", "autocollect invoices list"):
        assert hand_written in succeeded, failed.get(hand_written)
    assert len(set(succeeded)) >= 40, sorted(failed.items())[:10]
