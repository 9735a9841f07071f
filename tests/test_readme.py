"""Every Python sample in the README runs, against the embedded sandbox (so the README cannot rot)."""

from __future__ import annotations

import ast
import inspect
import re
import uuid
from pathlib import Path
from typing import Any

import anyio
import pytest

from amili import AmiliClient

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(), flags=re.S | re.M)


def test_the_readme_has_samples() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_sample_runs(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # samples may write files (journals)
    monkeypatch.setenv("AMILI_WEBHOOK_SECRET", "readme-secret")
    monkeypatch.setenv("AMILI_ENVIRONMENT", "sandbox")
    code = compile(BLOCKS[index], f"README.md[python #{index + 1}]", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if not code.co_flags & inspect.CO_COROUTINE:
        exec(code, {"__name__": "readme"})  # a complete program (it runs its own event loop if it needs one)
        return

    async def main() -> None:
        async with AmiliClient.sandbox() as amili:
            namespace: dict[str, Any] = {"__name__": "readme", "amili": amili, "org": str(uuid.uuid4())}
            result = eval(code, namespace)  # top-level await: a coroutine to await
            await result
            assert amili.simulator is not None
            assert amili.simulator.violations == []

    anyio.run(main)
