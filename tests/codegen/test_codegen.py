"""The spec → generated pipeline is deterministic and detects drift."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _generate(out: Path, root: Path = ROOT) -> None:
    script = str(root / "codegen" / "generate.py")
    args = [
        "--out",
        str(out),
        "--api-out",
        str(out / "_api"),
        "--surface-out",
        str(out.parent / f"{out.name}.surface.json"),
    ]
    subprocess.run([sys.executable, script, *args], check=True, cwd=root)


def _same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    stack = [cmp]
    while stack:
        c = stack.pop()
        if c.left_only or c.right_only or c.diff_files or c.funny_files:
            return False
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        if mismatch or errors:
            return False
        stack.extend(c.subdirs.values())
    return True


@pytest.mark.slow
def test_generation_is_deterministic_and_matches_committed_tree(tmp_path: Path) -> None:
    """A fresh generation equals the committed tree, which an earlier run generated: two runs agree byte for byte
    (one generation here, not two: the committed tree is the other run)."""
    first = tmp_path / "a"
    _generate(first)
    api = first / "_api"
    assert _same_tree(api, ROOT / "src" / "amili" / "_api")
    shutil.rmtree(api)
    assert _same_tree(first, ROOT / "generated")
    assert (tmp_path / "a.surface.json").read_text() == (ROOT / "codegen" / "surface.json").read_text()


@pytest.mark.slow
def test_spec_edit_without_regenerating_is_detected(tmp_path: Path) -> None:
    clone = tmp_path / "repo"
    for part in ("specs", "codegen", "generated", "src/amili/_api"):
        shutil.copytree(ROOT / part, clone / part, ignore=shutil.ignore_patterns("__pycache__"))
    spec = clone / "specs" / "identity.yaml"
    spec.write_text(spec.read_text().replace("Lifetime in seconds (typically 3600).", "Lifetime in seconds."))
    out = tmp_path / "out"
    _generate(out, root=clone)
    assert _same_tree(out / "_api", clone / "src/amili/_api")  # the façade index did not change...
    assert not _same_tree(out / "amili_identity", clone / "generated" / "amili_identity")  # ...the client did
