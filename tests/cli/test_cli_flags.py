"""The `amili` CLI's numeric flags (`amili._argtypes`): finite and in range, else exit 2 naming the flag, before
anything is sent or any output file is touched; `--out` is opened only once there is an outcome to write."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from amili.cli import main
from amili.sandbox import Sandbox


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("AMILI_"):
            monkeypatch.delenv(name)


def cli(root: str, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--environment", "sandbox", "--base-url", root, *argv], stdout=out, stderr=err)
    captured = capsys.readouterr()  # argparse writes its usage errors to sys.stderr
    return code, out.getvalue(), err.getvalue() + captured.err


def customers_file(tmp_path: Path) -> Path:
    path = tmp_path / "customers.csv"
    path.write_text("customerNo,name\n1,A\n2,B\n")
    return path


BAD = [
    ("--wait-timeout", "nan"),
    ("--wait-timeout", "inf"),
    ("--wait-timeout", "-1"),
    ("--wait-timeout", "0"),
    ("--timeout", "nan"),
    ("--timeout", "-inf"),
    ("--timeout", "-1"),
    ("--timeout", "soon"),
    ("--max-retries", "-5"),
    ("--max-retries", "1.5"),
    ("--chunk-size", "0"),
    ("--chunk-size", "-3"),
    ("--concurrency", "0"),
]


@pytest.mark.parametrize(("flag", "value"), BAD)
@pytest.mark.amili_sandbox(batch_delay=0.01)
def test_bad_numeric_flags_exit_2_naming_the_flag_and_send_nothing(
    served_sandbox: tuple[Sandbox, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    sandbox, root = served_sandbox
    argv = ["arm", "customers", "submit", str(customers_file(tmp_path)), "--clientno", "7", flag, value]
    code, _, err = cli(root, *argv, capsys=capsys)
    assert code == 2, err
    assert flag in err
    assert "unexpected" not in err
    assert sandbox.requests == []  # nothing sent, no token fetched
    assert 7 not in sandbox.state.arm_clients or not sandbox.state.arm_clients[7].customers


@pytest.mark.parametrize(
    "argv",
    [
        ["batches", "wait", "arm", "00000000-0000-0000-0000-000000000000", "--scope", "7", "--wait-timeout", "nan"],
        ["arm", "customers", "list", "--clientno", "7", "--limit", "-1"],
        ["--timeout", "nan", "token"],
        ["token", "--max-retries", "-5"],
    ],
)
@pytest.mark.amili_sandbox(batch_delay=0.01)
def test_other_commands_refuse_bad_numbers_too(
    served_sandbox: tuple[Sandbox, str], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    sandbox, root = served_sandbox
    code, _, err = cli(root, *argv, capsys=capsys)
    assert code == 2, err
    assert next(a for a in argv if a.startswith("--") and a not in ("--scope", "--clientno")) in err
    assert sandbox.requests == []


@pytest.mark.parametrize(("flag", "value"), [("--port", "-1"), ("--port", "70000"), ("--batch-delay", "nan")])
def test_sandbox_serve_refuses_bad_numbers(capsys: pytest.CaptureFixture[str], flag: str, value: str) -> None:
    code = main(["sandbox", "serve", flag, value], stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 2
    assert flag in capsys.readouterr().err


@pytest.mark.parametrize(("flag", "value"), [("--chunk-size", "0"), ("--wait-timeout", "nan")])
@pytest.mark.amili_sandbox(batch_delay=0.01)
def test_a_refused_rerun_leaves_the_earlier_out_file_as_it_was(
    served_sandbox: tuple[Sandbox, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    _, root = served_sandbox
    outcomes = tmp_path / "outcomes.jsonl"
    argv = ["arm", "customers", "submit", str(customers_file(tmp_path)), "--clientno", "7", "--out", str(outcomes)]
    code, _, err = cli(root, *argv, capsys=capsys)
    assert code == 0, err
    before = outcomes.read_text()
    assert len(before.splitlines()) == 2
    code, _, err = cli(root, *argv, flag, value, capsys=capsys)
    assert code == 2, err
    assert outcomes.read_text() == before


def test_a_run_that_fails_before_any_outcome_leaves_the_earlier_out_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes = tmp_path / "outcomes.jsonl"
    outcomes.write_text('{"earlier": true}\n')
    argv = ["arm", "customers", "submit", str(customers_file(tmp_path)), "--clientno", "7", "--out", str(outcomes)]
    # nothing listens there: the run fails (exit 1) before any outcome exists
    code, _, err = cli("http://127.0.0.1:9", "--max-retries", "0", *argv, capsys=capsys)
    assert code == 1, err
    assert outcomes.read_text() == '{"earlier": true}\n'
