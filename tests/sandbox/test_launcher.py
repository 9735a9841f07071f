"""Issue 28.4, `amili sandbox serve` / `python -m amili.sandbox`: a readable banner, a complete export block, and
`--drift`."""

from __future__ import annotations

import argparse
import io
import re

import pytest

from amili.sandbox import DriftRule, Sandbox, SandboxConfig, launcher

ROOT = "http://127.0.0.1:8080"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    launcher.add_arguments(parser)
    return parser


def test_the_banner_keeps_names_and_urls_apart() -> None:
    text = launcher.banner(Sandbox(), ROOT)
    urls = Sandbox().base_urls(ROOT)
    for name, url in urls.items():
        assert re.search(rf"^  {re.escape(name)} +{re.escape(url)}$", text, re.M), (name, text)
    assert "collection_legacyhttp" not in text


def test_the_export_block_sets_every_base_url_and_the_secret() -> None:
    text = launcher.banner(Sandbox(), ROOT)
    exports = dict(
        line.removeprefix("export ").split("=", 1) for line in text.splitlines() if line.startswith("export")
    )
    assert exports["AMILI_CLIENT_SECRET"] == SandboxConfig().client_secret  # the public default: a shell's real one
    assert (
        exports["AMILI_AUTOCOLLECT_COLLECTION_LEGACY_BASE_URL"]
        == Sandbox().base_urls(ROOT)["autocollect.collection_legacy"]
    )
    chosen = launcher.banner(Sandbox(SandboxConfig(client_secret="my-own-secret")), ROOT)
    assert "my-own-secret" not in chosen and "export AMILI_CLIENT_SECRET=" in chosen


def test_drift_flags_become_drift_rules() -> None:
    args = _parser().parse_args(
        [
            "--drift",
            "extra_field:arm.get_customer:loyaltyTier=gold",
            "--drift",
            "extra_field:arm.get_customer:points=3",
            "--drift",
            "omit:arm.customers.get_customer:name",
            "--drift",
            "status:arm.list_customers:203",
            "--drift",
            "header:arm.get_customer:X-RateLimit-Remaining=9",
        ]
    )
    assert launcher.config(args).drift == [
        DriftRule.extra_field("arm.get_customer", "loyaltyTier", "gold"),
        DriftRule.extra_field("arm.get_customer", "points", 3),
        DriftRule.omit("arm.customers.get_customer", "name"),
        DriftRule.status("arm.list_customers", 203),
        DriftRule.header("arm.get_customer", "X-RateLimit-Remaining", "9"),
    ]
    assert _parser().parse_args([]).drift == []


@pytest.mark.parametrize("bad", ["extra_field:arm.get_customer", "wobble:arm.get_customer:x=1", "status:OP:two"])
def test_a_malformed_drift_flag_is_a_usage_error(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        _parser().parse_args(["--drift", bad])
    assert exited.value.code == 2
    assert "--drift" in capsys.readouterr().err


def test_a_drift_flag_naming_no_operation_is_refused_before_serving(capsys: pytest.CaptureFixture[str]) -> None:
    args = _parser().parse_args(["--port", "0", "--drift", "omit:arm.get_custmer:name"])
    out = io.StringIO()
    assert launcher.run(args, out) == 2
    assert out.getvalue() == ""  # nothing served, no banner
    assert "did you mean arm.get_customer" in capsys.readouterr().err
