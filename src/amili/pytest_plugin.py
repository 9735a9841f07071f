"""pytest plugin (entry point ``pytest11``): ``amili_sandbox`` and ``amili_client`` fixtures for users' own tests.

Every test gets a fresh sandbox (isolated state, faults, clock). Configure it per test with the marker
``@pytest.mark.amili_sandbox(seed=1, batch_delay=0.5, faults=[...], fixtures="data.yaml")`` — keyword arguments
are ``SandboxConfig`` fields, ``fixtures`` is a JSON/YAML file seeded before the test — or override the
``amili_sandbox_config`` fixture. Needs the ``sandbox`` extra; imported lazily so installing amili-sdk without it
leaves pytest untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import pytest

if TYPE_CHECKING:
    from .client import AmiliClient
    from .sandbox import Sandbox, SandboxConfig

__all__ = ["MARKER", "amili_client", "amili_sandbox", "amili_sandbox_config", "pytest_configure"]

MARKER = "amili_sandbox"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(**config, fixtures=path): SandboxConfig fields and a fixture file for this test's sandbox"
    )


def _sandbox_module() -> Any:
    try:
        from . import sandbox
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        pytest.fail(f"the amili_sandbox fixture needs the extra: pip install 'amili-sdk[sandbox]' ({exc})")
    return sandbox


def _marker_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):  # the closest marker wins
        options.update(marker.kwargs)
    return options


@pytest.fixture
def amili_sandbox_config(request: pytest.FixtureRequest) -> SandboxConfig:
    """The ``SandboxConfig`` of this test's sandbox (override the fixture or use the marker)."""
    # copies: a FaultRule counts its firings, and a marker's rules are shared by every parametrization of the test
    options = {k: copy.deepcopy(v) for k, v in _marker_options(request).items() if k != "fixtures"}
    config: SandboxConfig = _sandbox_module().SandboxConfig(**options)
    return config


@pytest.fixture
def amili_sandbox(request: pytest.FixtureRequest, amili_sandbox_config: SandboxConfig) -> Sandbox:
    """A fresh sandbox per test, seeded from the marker's ``fixtures`` file (relative to the test file)."""
    sandbox: Sandbox = _sandbox_module().Sandbox(amili_sandbox_config)
    fixtures = _marker_options(request).get("fixtures")
    if fixtures is not None:
        path = Path(fixtures)
        path = path if path.is_absolute() else Path(request.path).parent / path
        anyio.run(sandbox.seed.load, path)
    return sandbox


@pytest.fixture
def amili_client(amili_sandbox: Sandbox) -> Iterator[AmiliClient]:
    """An ``AmiliClient`` wired in-process to ``amili_sandbox`` (use it directly or in ``async with``)."""
    from .client import AmiliClient

    client = AmiliClient(environment="sandbox", sandbox=amili_sandbox)
    yield client
    anyio.run(client.aclose)
