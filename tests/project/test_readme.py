"""Every Python sample in the README and in docs/ runs, against the embedded sandbox (so the docs cannot rot)."""

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

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# docs/ pages whose samples came from the README (the others are run by their own tests, e.g. the sandbox plugin's).
DOCS = [README, *(ROOT / "docs" / name for name in ("batches.md", "drift.md", "fastapi.md", "retries.md"))]
SAMPLES = [
    (f"{doc.relative_to(ROOT)}[python #{i}]", block)
    for doc in DOCS
    for i, block in enumerate(re.findall(r"^```python\n(.*?)^```", doc.read_text(), flags=re.S | re.M), 1)
]
BLOCKS = [block for name, block in SAMPLES if name.startswith("README.md")]


def test_the_readme_has_samples() -> None:
    assert len(BLOCKS) >= 3
    assert len(SAMPLES) >= 7


def test_the_readme_starts_with_a_quickstart_and_stays_small() -> None:
    text = README.read_text()
    assert text.index("## Quickstart") < text.index("## Configuration")
    assert 'pip install "amili-sdk"' not in text  # not on a registry: the install line says where it comes from
    assert len(text.encode()) < 13 * 1024  # 13 KiB since the Observability section (issue 31)


@pytest.mark.parametrize("index", range(len(SAMPLES)), ids=[name for name, _ in SAMPLES])
def test_readme_sample_runs(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # samples may write files (journals)
    monkeypatch.setenv("AMILI_WEBHOOK_SECRET", "readme-secret")
    monkeypatch.setenv("AMILI_ENVIRONMENT", "sandbox")
    name, block = SAMPLES[index]
    code = compile(block, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
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
