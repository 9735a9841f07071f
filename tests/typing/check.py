"""Type-check user code the way users do: `mypy --strict` and `pyright --strict` (run by `make lint`).

* `pass/*.py` and every Python sample of the README must be clean under both checkers;
* `fail/*.py` must be refused by both, exactly on the lines marked `# expect-error` (so they fail for the reason
  they were written for: a misspelled key, a wrong type, an unknown argument), and nowhere else.

Usage: python tests/typing/check.py [--pyright PATH]
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MARK = "# expect-error"
_MYPY_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<msg>.*)$")


def readme_samples(out: Path) -> list[Path]:
    """Each README sample as a module; top-level-await samples become the body of `async def` (as tests/project/test_readme.py
    runs them: with `amili` a sandbox client and `org` an organisation id)."""
    text = (ROOT / "README.md").read_text()
    files = []
    for i, block in enumerate(re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M), 1):
        code = compile(block, f"README sample {i}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        if code.co_flags & inspect.CO_COROUTINE:
            imports = [line for line in block.splitlines() if re.match(r"(from \S+ )?import ", line)]
            body = [line for line in block.splitlines() if line not in imports]
            source = "\n".join(
                [
                    "from __future__ import annotations",
                    "from amili import AmiliClient",
                    *imports,
                    "",
                    "",
                    "async def sample(amili: AmiliClient, org: str) -> None:",
                    textwrap.indent("\n".join(body), "    "),
                    "",
                ]
            )
        else:
            source = block
        path = out / f"readme_sample_{i:02d}.py"
        path.write_text(source)
        files.append(path)
    return files


def mypy(files: list[Path]) -> dict[tuple[str, int], list[str]]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    errors: dict[tuple[str, int], list[str]] = defaultdict(list)
    for line in result.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match:
            errors[(str(Path(match["file"]).resolve()), int(match["line"]))].append("mypy: " + match["msg"])
    if result.returncode not in (0, 1) or (result.returncode == 1 and not errors):
        raise SystemExit(f"typing: mypy failed to run:\n{result.stdout}{result.stderr}")
    return errors


def pyright(binary: str, files: list[Path]) -> dict[tuple[str, int], list[str]]:
    result = subprocess.run(
        [
            binary,
            "--outputjson",
            "--project",
            str(HERE / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"typing: pyright failed to run:\n{result.stdout}{result.stderr}") from None
    errors: dict[tuple[str, int], list[str]] = defaultdict(list)
    for diag in report.get("generalDiagnostics", []):
        if diag.get("severity") == "error":
            key = (str(Path(diag["file"]).resolve()), diag["range"]["start"]["line"] + 1)
            errors[key].append("pyright: " + diag["message"].splitlines()[0])
    return errors


def marked(files: list[Path]) -> set[tuple[str, int]]:
    return {
        (str(path.resolve()), n)
        for path in files
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if line.rstrip().endswith(MARK)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyright", default=str(ROOT / ".tools" / "node_modules" / ".bin" / "pyright"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        good = sorted((HERE / "pass").glob("*.py")) + readme_samples(Path(scratch))
        bad = sorted((HERE / "fail").glob("*.py"))
        expected = marked(bad)
        problems: list[str] = []
        for name, check in (("mypy", mypy), ("pyright", lambda f: pyright(args.pyright, f))):
            found = check(good)
            for (file, line), messages in sorted(found.items()):
                problems.append(f"{file}:{line}: user code should pass {name}: {messages[0]}")
            found = check(bad)
            for key in sorted(expected - set(found)):
                problems.append(f"{key[0]}:{key[1]}: {name} accepted code it must refuse")
            for key in sorted(set(found) - expected):
                problems.append(f"{key[0]}:{key[1]}: unexpected {name} error: {found[key][0]}")
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        print(
            f"typing: {len(good)} user snippets pass mypy and pyright (strict); {len(expected)} wrong lines fail both"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
