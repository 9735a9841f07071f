"""Copy the SDK into a folder an app puts on sys.path: `make vendor DEST=path [WITHOUT=sandbox,fastapi]`.

DEST receives `amili/` (the façade, from src/amili) and `amili_<api>/` (the generated clients). At runtime the copy
needs only httpx (>=0.27,<0.29), attrs and anyio; `amili.sandbox` additionally needs starlette, uvicorn and
pyyaml, and gets the specs it validates against in `amili/sandbox/specs` (as in the
wheel; it refuses to start without them); leave it out with WITHOUT=sandbox. `amili.fastapi` needs fastapi.
Existing amili*/ folders in DEST are replaced; nothing else in DEST is touched.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPTIONAL = {"sandbox": "sandbox", "fastapi": "fastapi.py"}
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache")


def vendor(dest: Path, without: set[str]) -> list[str]:
    unknown = without - OPTIONAL.keys()
    if unknown:
        raise SystemExit(f"vendor: unknown WITHOUT part(s) {sorted(unknown)}; choose from {sorted(OPTIONAL)}")
    dest.mkdir(parents=True, exist_ok=True)
    packages = ["amili", *sorted(p.name for p in (ROOT / "generated").iterdir() if p.name.startswith("amili_"))]
    for name in packages:
        target = dest / name
        if target.exists():
            shutil.rmtree(target)
        source = ROOT / "src" / "amili" if name == "amili" else ROOT / "generated" / name
        shutil.copytree(source, target, ignore=IGNORE)
    for part in without:
        path = dest / "amili" / OPTIONAL[part]
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    if "sandbox" not in without:
        specs = dest / "amili" / "sandbox" / "specs"
        specs.mkdir(exist_ok=True)
        for spec in sorted((ROOT / "specs").glob("*.yaml")):
            shutil.copyfile(spec, specs / spec.name)
    try:
        git = shutil.which("git") or "git"
        commit = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [git, "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    init = (ROOT / "src" / "amili" / "__init__.py").read_text()
    version = re.search(r'^__version__ = "([^"]+)"', init, re.M)
    __version__ = version.group(1) if version else "unknown"
    (dest / "amili" / "VENDORED.txt").write_text(
        f"amili-sdk {__version__} (commit {commit}), vendored by `make vendor`.\n"
        f"Packages: {', '.join(packages)}; left out: {', '.join(sorted(without)) or 'nothing'}.\n"
        "Runtime requirements: httpx>=0.27,<0.29, attrs>=23.2, anyio>=4.4 (python-dateutil is not needed).\n"
    )
    return packages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--without", default="", help="comma-separated: sandbox, fastapi")
    args = parser.parse_args()
    without = {w.strip() for w in args.without.split(",") if w.strip()}
    packages = vendor(args.dest, without)
    left_out = f" (without {', '.join(sorted(without))})" if without else ""
    print(f"vendored {', '.join(packages)} into {args.dest}{left_out}")


if __name__ == "__main__":
    main()
