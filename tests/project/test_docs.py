"""Docs that cannot go stale: every Python block in README.md and docs/ is run (by tests/project/test_readme.py, or by the
test named for it) or marked `<!-- fragment: why -->` and still compiles; every `make` target, `amili` command and
flag they show exists; every install line works from a clone (the SDK is on no package index)."""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path

import pytest

from amili.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "examples").glob("*/README.md"))]
RUN_BY_TEST_README = {"README.md", "docs/batches.md", "docs/fastapi.md", "docs/retries.md", "docs/drift.md"}
RUN_BY_OWN_TEST = {"docs/sandbox.md": "tests/test_pytest_plugin.py"}
FENCE = re.compile(r"^(<!-- fragment: [^>]+ -->\n)?```(\w*)\n(.*?)^```", re.S | re.M)


def _blocks(kind: tuple[str, ...]) -> list[tuple[str, int, bool, str]]:
    out = []
    for page in PAGES:
        name = str(page.relative_to(ROOT))
        for i, match in enumerate(FENCE.finditer(page.read_text())):
            if match.group(2) in kind:
                out.append((name, i, bool(match.group(1)), match.group(3)))
    return out


PYTHON = _blocks(("python",))
SHELL = _blocks(("bash", "sh", "console", ""))


@pytest.mark.parametrize(("page", "index", "fragment", "code"), PYTHON, ids=[f"{p}#{i}" for p, i, _, _ in PYTHON])
def test_every_python_block_is_run_or_marked_a_fragment(page: str, index: int, fragment: bool, code: str) -> None:
    compile(code, f"{page}#{index}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)  # even a fragment is Python
    if fragment:
        return
    if page in RUN_BY_OWN_TEST:
        assert (ROOT / RUN_BY_OWN_TEST[page]).read_text().count(Path(page).name), page
        return
    assert page in RUN_BY_TEST_README, (
        f"{page}: run it in tests/project/test_readme.py or mark it <!-- fragment: why -->"
    )


def _commands() -> list[tuple[str, str]]:
    """(page, command) for every shell line that runs `make`, `amili` or `pip`, and every inline `code` span that
    runs `make` or `pip install` (inline `amili …` spans are summaries, e.g. `amili arm customers list|get`)."""
    found: list[tuple[str, str]] = []
    for page, _, _, code in SHELL:
        for line in code.replace("\\\n", " ").splitlines():
            line = line.split("#", 1)[0].strip()
            if re.match(r"(make|amili|pip) ", line):
                found.append((page, line))
    for page in PAGES:
        for span in re.findall(r"`((?:make|pip install) [^`]+)`", page.read_text()):
            found.append((str(page.relative_to(ROOT)), span))
    return found


COMMANDS = _commands()


def _targets() -> set[str]:
    text = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([a-z][a-z-]*):", text, flags=re.M))


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[f"{p}: {c[:50]}" for p, c in COMMANDS])
def test_every_command_names_a_real_target_flag_or_install(page: str, command: str) -> None:
    words = shlex.split(command.replace("…", "x"))
    if words[0] == "make":
        targets = [w for w in words[1:] if "=" not in w]
        assert targets and set(targets) <= _targets(), f"{page}: no make target {targets}"
    elif words[0] == "pip":
        # From a clone (a path), a git URL, a built wheel or the example's own requirements: never a bare name,
        # since amili-sdk is on no package index.
        specs = [w for w in words[2:] if not w.startswith("-")]
        for spec in specs:
            if spec in ("uvicorn",) or spec.startswith(("arq", "fastapi")):
                continue
            ok = spec.startswith(("./", "../", ".[", "/", "dist/")) or "@ git+" in command or spec.endswith(".whl")
            ok = ok or (words[2:4] == ["-r", "requirements.txt"] and spec == "requirements.txt")
            assert ok, f"{page}: `{command}` installs {spec!r} from a package index the SDK is not on"
    else:
        args = [w for w in words[1:] if not (w.startswith("[") or w.endswith("]"))]  # optional parts shown as [...]
        parser = build_parser()
        try:
            parser.parse_args(args)
        except SystemExit as exc:
            pytest.fail(f"{page}: `{command}` does not parse (exit {exc.code})")


def test_the_docs_show_commands_and_samples() -> None:
    assert len(PYTHON) >= 12
    assert sum(c.startswith("make ") for _, c in COMMANDS) >= 8
    assert sum(c.startswith("amili ") for _, c in COMMANDS) >= 8


def test_the_configuration_table_lists_every_client_option_and_nothing_else() -> None:
    from amili._options import AllClientArgs

    text = (ROOT / "docs" / "configuration.md").read_text()
    table = text.split("| argument | default | meaning |", 1)[1].split("\n\n", 1)[0]
    documented = {
        name for cell in re.findall(r"^\| ([^|]+) \|", table, flags=re.M) for name in re.findall(r"`(\w+)`", cell)
    }
    options = set(AllClientArgs.__annotations__)
    assert options - documented == set(), "options missing from docs/configuration.md"
    assert documented - options == set(), "docs/configuration.md names options that do not exist"


def _slow_tests() -> set[str]:
    """`path::name` of every test function marked `@pytest.mark.slow`, read from the source (no collection)."""
    found = set()
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text())
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                marks = [ast.unparse(d) for d in node.decorator_list]
                if any(m.startswith("pytest.mark.slow") for m in marks):
                    found.add(f"{path.relative_to(ROOT).as_posix()}::{node.name}")
    return found


def test_the_slow_tests_are_the_ones_listed_in_development_md() -> None:
    page = (ROOT / "docs" / "development.md").read_text()
    table = page.split("<!-- slow-tests -->")[1].split("<!-- /slow-tests -->")[0]
    listed = set(re.findall(r"`(tests/[^`:]+::\w+)`", table))
    assert listed == _slow_tests()
