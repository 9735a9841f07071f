"""`make vendor`: the vendored copy works on sys.path of a fresh venv holding only httpx, attrs and anyio.

The venv is made without pip (`python -m venv --without-pip`) and filled by this interpreter's pip
(`pip --python <venv> install --no-index --find-links <cache>`) from wheels downloaded once into the pytest cache
(`.pytest_cache/d/vendor-wheels`), so reruns need no network. The test is skipped only when those wheels are not
cached yet and pip cannot reach a package index to download them; any other failure fails the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from amili.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = ["httpx>=0.27,<0.29", "attrs>=23.2", "anyio>=4.4"]
OFFLINE_HINTS = (
    "connection",
    "network",
    "temporary failure in name resolution",
    "could not find a version",
    "no matching distribution",
    "max retries exceeded",
)


def wheel_cache(config: pytest.Config) -> Path:
    cache = Path(config.cache.mkdir("vendor-wheels"))  # type: ignore[union-attr]
    if not list(cache.glob("anyio-*.whl")) or not list(cache.glob("httpx-*.whl")):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--only-binary=:all:",
                "--dest",
                str(cache),
                *REQUIREMENTS,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            if any(hint in done.stderr.lower() for hint in OFFLINE_HINTS):
                pytest.skip(f"pip cannot reach a package index to fetch {REQUIREMENTS}: {done.stderr.strip()[-300:]}")
            pytest.fail(f"pip download failed:\n{done.stderr}")
    return cache


VENDORED_SCRIPT = textwrap.dedent(
    """
    import importlib.util, json, sys, time
    sys.path.insert(0, sys.argv[1])
    root = sys.argv[2]
    extras = ("dateutil", "starlette", "fastapi", "pydantic", "uvicorn", "yaml")
    present = [m for m in extras if importlib.util.find_spec(m)]
    assert not present, present

    import anyio
    import amili
    from amili import AmiliClient, NotFoundError
    from amili.webhooks import WebhookReceiver, compute_signature

    try:
        import amili.sandbox
        sandbox_left_out = False
    except ImportError:
        sandbox_left_out = True

    base_urls = {api: root + prefix for api, prefix in json.loads(sys.argv[3]).items()}

    async def main():
        async with AmiliClient("sandbox", "sandbox-secret", environment="staging", base_urls=base_urls) as client:
            customer = {"customerNo": "V-1", "name": "Vendored"}
            await client.arm.customers.create_customer(
                clientno=2218, body={"metadata": {"userId": "vendored"}, "customer": customer}
            )
            customer = await client.arm.customers.get_customer(clientno=2218, customerno="V-1")
            try:
                await client.arm.customers.get_customer(clientno=2218, customerno="missing")
                missing = "found?!"
            except NotFoundError as exc:
                missing = exc.status_code
        body = b'{"id":"897e1f80-ceb5-4b58-a2aa-c895aff6ce3e","type":"BATCH_COMPLETED","source":"COLLECTION",' \\
               b'"timeStamp":"%s","data":{"batchId":"db6a7ff4-3a20-4042-b271-a9485ded6333",' \\
               b'"organizationId":"db6a7ff4-3a20-4042-b271-a9485ded6334","status":"SUCCESS"}}'
        body = body % time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()).encode()  # inside the freshness window
        result = await WebhookReceiver("s").handle(body, {"X-Webhook-Signature": compute_signature(body, "s")})
        return {
            "file": amili.__file__,
            "name": customer.to_dict()["name"],
            "missing": missing,
            "webhook": result.status_code,
            "sandbox_left_out": sandbox_left_out,
        }

    print(json.dumps(anyio.run(main)))
    """
)


def test_vendored_copy_runs_in_a_bare_venv(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    cache = wheel_cache(request.config)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-index",
            "--find-links",
            str(cache),
            *REQUIREMENTS,
        ],
        check=True,
    )
    vendor_dir = tmp_path / "vendor"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "vendor.py"), str(vendor_dir), "--without", "sandbox,fastapi"],
        check=True,
        capture_output=True,
    )
    assert not (vendor_dir / "amili" / "sandbox").exists()
    assert (vendor_dir / "amili_autocollect" / "models").is_dir()

    sandbox = Sandbox()
    prefixes = {api: url.removeprefix("http://sandbox") for api, url in sandbox.base_urls().items()}
    with sandbox.run_in_thread() as root:
        done = subprocess.run(
            [str(python), "-I", "-c", VENDORED_SCRIPT, str(vendor_dir), root, json.dumps(prefixes)],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert Path(out["file"]).is_relative_to(vendor_dir)
    assert out == {**out, "name": "Vendored", "missing": 404, "webhook": 200, "sandbox_left_out": True}
    assert any(r.path.endswith("/customers/V-1") for r in sandbox.requests), "the call reached the sandbox"


VALIDATING_SCRIPT = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    import anyio, amili
    from amili.sandbox import Sandbox

    async def main():
        sandbox = Sandbox()
        async with sandbox.client() as http:
            form = {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox-secret"}
            token = (await http.post("/identity/token", data=form)).json()["access_token"]
            wrong = await http.get("/arm/v1/clients/abc/customers", headers={"Authorization": f"Bearer {token}"})
        return {"file": amili.__file__, "status": wrong.status_code, "violations": len(sandbox.violations)}

    try:
        print(json.dumps(anyio.run(main)))
    except RuntimeError as exc:
        print(json.dumps({"refused": str(exc)}))
    """
)


def test_vendored_sandbox_ships_its_specs_or_refuses_to_start(tmp_path: Path) -> None:
    """Before: the vendored sandbox had no specs and stopped validating silently (a wrong-typed path param got 403)."""
    vendor_dir = tmp_path / "vendor"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "vendor.py"), str(vendor_dir), "--without", "fastapi"],
        check=True,
        capture_output=True,
    )
    specs = vendor_dir / "amili" / "sandbox" / "specs"
    assert sorted(p.name for p in specs.glob("*.yaml")) == sorted(p.name for p in (ROOT / "specs").glob("*.yaml"))

    def run() -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-c", VALIDATING_SCRIPT, str(vendor_dir)],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    validated = run()
    assert Path(str(validated["file"])).is_relative_to(vendor_dir)
    assert validated["status"] == 400
    assert validated["violations"] == 1
    for spec in specs.glob("*.yaml"):
        spec.unlink()
    refused = run()
    assert "spec" in str(refused["refused"])
