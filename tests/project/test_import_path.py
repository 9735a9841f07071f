"""What importing the SDK loads (issue 30), pinned by module, not by time (timings live in bench/: `run.py` section 5
and `bench_import.py`).

`from amili import AmiliClient` loads three small amili modules: not httpx, attrs, the generated models, auth, retry,
the transports, state, telemetry. Building a client imports the request path, so a first call does not
stall an event loop importing it."""

from __future__ import annotations

import json
import subprocess
import sys

CLIENT_MODULES = {"amili", "amili.client", "amili._api"}
"""Every amili module `from amili import AmiliClient` may load: the root, the client and the generated
`GeneratedAPIs` mixin its class derives from (the client's core, `_core`, loads when a client is built)."""

NOT_AT_IMPORT = {"httpx", "attr", "attrs", "anyio", "aiohttp", "amili_common", "platform", "uuid"}
"""Third-party and stdlib modules that stay off the import path (httpx too: the client module needs it only once a
client is built)."""

REQUEST_PATH = {"httpx", "amili._core", "amili.operations", "amili.retry", "amili._transports", "amili.auth"}
"""What `AmiliClient(...)` imports (construction is synchronous and off the event loop's request path)."""


def _modules(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_from_amili_import_amili_client_loads_only_the_client_module() -> None:
    loaded = _modules("from amili import AmiliClient")
    assert {m for m in loaded if m == "amili" or m.startswith("amili.")} == CLIENT_MODULES
    assert {m.split(".")[0] for m in loaded} & NOT_AT_IMPORT == set()
    assert not any(m.startswith("amili_") for m in loaded), "a generated package is imported at import time"


def test_import_amili_loads_no_submodule() -> None:
    assert {m for m in _modules("import amili") if m.startswith("amili.")} == set()


def test_building_a_client_imports_the_request_path() -> None:
    loaded = _modules("from amili import AmiliClient\nAmiliClient('id', 'secret')")
    assert loaded >= REQUEST_PATH


def test_public_names_resolve_once_and_stay_on_the_package() -> None:
    code = (
        "import amili\n"
        "before = 'AmiliClient' in vars(amili)\n"
        "client = amili.AmiliClient\n"
        "from amili.client import AmiliClient, ClientOptions\n"
        "from amili._options import ClientOptions as Options\n"
        "assert client is AmiliClient and vars(amili)['AmiliClient'] is AmiliClient, 'cached on the package'\n"
        "assert amili.ClientOptions is ClientOptions is Options\n"
        "assert not before\n"
        "print(sorted(set(amili.__all__) - set(dir(amili))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
