"""Turn every spec in specs/ into a package in generated/ with the pinned openapi-python-client.

Why a script and not bare CLI calls: the output must be byte-identical on every machine, so the generator runs
with `--meta none`, without its default post hooks, and is then formatted with ruff in isolated mode (ignoring
any ruff config the caller has), after which the façade's operation index is rebuilt from the same specs.

Usage: python codegen/generate.py [--out DIR] [--api-out DIR] [--specs DIR]
(defaults: generated/, src/amili/_api/, specs/; `--specs` regenerates from a copy, e.g. a drift patch under review)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CODEGEN = ROOT / "codegen"
SURFACE = CODEGEN / "surface.json"
RUFF_ARGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]


def _bin(name: str) -> str:
    """Tools are taken from the interpreter's own environment (the project's .venv)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def specs(folder: Path = SPECS) -> list[tuple[Path, Path]]:
    """Each spec with its config: specs/<name>.yaml <-> codegen/<name>.yaml."""
    pairs = []
    for spec in sorted(folder.glob("*.yaml")):
        config = CODEGEN / spec.name
        if not config.exists():
            raise SystemExit(f"codegen: no config for {spec} (expected {config.relative_to(ROOT)})")
        pairs.append((spec, config))
    return pairs


def _package_name(config: Path) -> str:
    for line in config.read_text().splitlines():
        if line.startswith("package_name_override:"):
            return line.split(":", 1)[1].strip()
    raise SystemExit(f"codegen: {config} has no package_name_override")


def _view(spec: Path, scratch: Path) -> Path:
    """The spec as the generator sees it (codegen/spec_view.py), written under the same file name."""
    import yaml

    sys.path.insert(0, str(CODEGEN))
    from spec_view import sdk_view

    target = scratch / "views" / spec.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(sdk_view(yaml.safe_load(spec.read_text())), ensure_ascii=False, indent=1))
    return target


def generate_one(spec: Path, config: Path, out: Path) -> Path:
    target = out / _package_name(config)
    if target.exists():
        shutil.rmtree(target)
    templates = CODEGEN / "templates"
    cmd = [
        _bin("openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--fail-on-warning",
    ]
    if templates.is_dir():
        cmd += ["--custom-template-path", str(templates)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=out)
    if result.returncode != 0 or not target.exists():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"codegen: generation failed for {spec.name}")
    # PEP 561: the generated packages are typed too (`--meta none` does not emit the marker).
    (target / "py.typed").write_text("")
    ruff = _bin("ruff")
    subprocess.run(
        [ruff, "check", *RUFF_ARGS, "--fix-only", "--quiet", "--extend-select", "I", str(target)], check=True
    )
    subprocess.run([ruff, "format", *RUFF_ARGS, "--quiet", str(target)], check=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--api-out", type=Path, default=ROOT / "src" / "amili" / "_api")
    parser.add_argument("--specs", type=Path, default=SPECS)
    parser.add_argument(
        "--surface-out", type=Path, help="where the surface snapshot goes (default: codegen/surface.json, or <out>/ …)"
    )
    args = parser.parse_args()
    folder: Path = args.specs.resolve()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        # Generate next to each other in scratch first so a failure never leaves a half-written generated/.
        staged = Path(scratch)
        views = [(_view(spec, staged), config) for spec, config in specs(folder)]
        names = [generate_one(view, config, staged).name for view, config in views]
        # The one Unset sentinel and the model helpers every generated package imports (amili_common).
        shutil.copytree(CODEGEN / "common", staged / "amili_common", ignore=shutil.ignore_patterns("__pycache__"))
        (staged / "amili_common" / "py.typed").write_text("")
        names.append("amili_common")
        for stale in out.iterdir():
            if stale.is_dir() and stale.name.startswith("amili_") and stale.name not in names:
                shutil.rmtree(stale)
        for name in names:
            dest = out / name
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(staged / name, dest)
        write_facade(staged, args.api_out.resolve(), folder, views)
        # Only a regeneration of the repository's own tree updates the committed snapshot.
        surface_out = args.surface_out or (SURFACE if out == (ROOT / "generated").resolve() else out / "surface.json")
        write_surface(staged, folder, surface_out.resolve())
    print(f"codegen: generated {', '.join(names)} into {out} and the façade namespaces into {args.api_out}")


def write_surface(packages: Path, folder: Path, target: Path) -> None:
    """Snapshot the public surface (codegen/surface.py) and print how it differs from the committed one."""
    import yaml

    sys.path.insert(0, str(CODEGEN))
    import surface

    raw = [(spec.stem, yaml.safe_load(spec.read_text())) for spec, _ in specs(folder)]
    new = surface.snapshot(packages, raw)
    old = json.loads(SURFACE.read_text()) if SURFACE.exists() else {}
    print(surface.report(surface.diff(old, new)))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(surface.render(new))


def write_facade(
    packages: Path, api_out: Path, folder: Path = SPECS, views: list[tuple[Path, Path]] | None = None
) -> None:
    """The façade's typed namespaces, rendered from the same specs (see codegen/facade.py)."""
    sys.path.insert(0, str(CODEGEN))
    import facade

    templates = CODEGEN / "templates"
    staged = packages / "_api"
    staged.mkdir()
    apis = []
    table = []
    if views is None:
        views = [(_view(spec, packages), config) for spec, config in specs(folder)]
    for spec, config in views:
        package_dir = packages / _package_name(config)
        api, cls, source, params = facade.render(spec, config, package_dir, templates if templates.is_dir() else None)
        (staged / f"{api}.py").write_text(source)
        (staged / f"{api}_params.py").write_text(params)
        apis.append((api, cls))
        table.append(facade.table_entry(spec, config, cls))
    (staged / "__init__.py").write_text(facade.render_index(apis))
    (staged / "_table.py").write_text(facade.render_table(table))
    _write_shapes(staged / "_shapes", folder)
    ruff = _bin("ruff")
    subprocess.run([ruff, "format", *RUFF_ARGS, "--quiet", str(staged)], check=True)
    if api_out.exists():
        shutil.rmtree(api_out)
    shutil.copytree(staged, api_out)


def _write_shapes(target: Path, folder: Path) -> None:
    """Response shapes per operation for spec-drift detection at runtime (see codegen/shapes.py)."""
    import shapes
    from ruamel.yaml import YAML

    target.mkdir()
    (target / "__init__.py").write_text(shapes.render_index())
    for spec, _config in specs(folder):
        raw = YAML(typ="safe").load(spec.read_text())
        (target / f"{spec.stem}.py").write_text(shapes.render(raw, spec.name))


if __name__ == "__main__":
    main()
