"""One launcher: `python -m amili.sandbox` and `amili sandbox serve` share flags and defaults, and the printed
export block is enough for the CLI to talk to it (before: one made a random secret and the CLI got 401)."""

from __future__ import annotations

import argparse
import os
import selectors
import subprocess
import sys

import pytest

from amili import cli
from amili.sandbox import SandboxConfig, launcher


def _flags(parser: argparse.ArgumentParser) -> dict[str, object]:
    return {a.option_strings[-1]: a.default for a in parser._actions if a.option_strings and a.dest != "help"}


def test_both_launchers_have_the_same_flags_and_defaults() -> None:
    own = argparse.ArgumentParser()
    launcher.add_arguments(own)
    serve = cli.build_parser()._subparsers._group_actions[0].choices["sandbox"]  # type: ignore[union-attr]
    serve_parser = serve._subparsers._group_actions[0].choices["serve"]
    assert _flags(own) == _flags(serve_parser)
    # the CLI keeps no copy of the sandbox constants: the launcher defaults to the sandbox's own
    assert launcher.config(own.parse_args([])).client_secret == SandboxConfig().client_secret


def _start(argv: list[str]) -> tuple[subprocess.Popen[str], list[str]]:
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    assert selector.select(timeout=30), "launcher printed nothing"  # a hang guard, not a timing check
    lines: list[str] = []
    while not any(line.startswith("use it:") for line in lines):  # the banner is one write
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else ""
        lines.append(line.rstrip("\n"))
    return proc, lines


@pytest.mark.parametrize(
    "argv",
    [[sys.executable, "-m", "amili.sandbox"], [sys.executable, "-m", "amili.cli", "sandbox", "serve"]],
    ids=["python-m", "amili-cli"],
)
def test_the_printed_exports_let_the_cli_in(argv: list[str]) -> None:
    proc, lines = _start([*argv, "--port", "0", "--seed", "4"])
    try:
        exports = dict(line.removeprefix("export ").split("=", 1) for line in lines if line.startswith("export AMILI_"))
        assert exports["AMILI_ENVIRONMENT"] == "sandbox"
        assert exports["AMILI_ARM_BASE_URL"].endswith("/arm/v1")
        assert any("/_sandbox/ui" in line for line in lines)
        env = {k: v for k, v in os.environ.items() if not k.startswith("AMILI_")} | exports
        done = subprocess.run(
            [sys.executable, "-m", "amili.cli", "arm", "customers", "list", "--clientno", "3"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    finally:
        proc.terminate()
        proc.wait()
    # the public default secret is exported (so a real one left in the shell is not sent); a chosen one never is
    assert exports["AMILI_CLIENT_SECRET"] == "sandbox-secret"


def test_a_chosen_secret_is_not_echoed() -> None:
    from amili.sandbox import Sandbox, SandboxConfig

    sandbox = Sandbox(SandboxConfig(client_secret="my-own-secret"))
    text = launcher.banner(sandbox, "http://127.0.0.1:1")
    assert "my-own-secret" not in text
    assert "export AMILI_CLIENT_SECRET=" in text
