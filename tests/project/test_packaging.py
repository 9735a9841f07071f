"""Release metadata (issue 18 item 15): one version, a licence file matching pyproject, a changelog."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import httpx

import amili
from amili import AmiliClient

ROOT = Path(__file__).resolve().parents[2]


def test_installed_metadata_version_is_amili_version() -> None:
    assert importlib.metadata.version("amili-sdk") == amili.__version__
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project, "the version lives only in amili.__version__"
    assert "version" in project["dynamic"]


async def test_user_agent_carries_amili_version() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 60})

    client = AmiliClient("id", "secret", transport=httpx.MockTransport(handler))
    async with client:
        assert client.token_provider is not None
        await client.token_provider.get_token()
    assert seen == [f"amili-sdk-python/{amili.__version__}"]


def test_license_file_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text
    assert project["urls"], "project URLs are set"


def test_changelog_follows_keep_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text()
    assert "keepachangelog.com" in text
    headings = re.findall(r"^## \[([^\]]+)\]", text, re.M)
    assert headings[0] == "Unreleased"
    assert amili.__version__ in headings
