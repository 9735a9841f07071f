"""The sandbox web UI in a real headless Chromium (Debian's `chromium` + `chromium-driver`, driven by Selenium).

Loads /_sandbox/ui from a loopback sandbox, clicks a request and checks what the detail pane shows (headers and
bodies, secrets redacted), browses state, adds a fault rule through the form. Keeps a screenshot in
`.artifacts/sandbox-ui.png` (`AMILI_UPDATE_DOCS_SCREENSHOT=1` also refreshes docs/sandbox-ui.png). Without the
browser the test skips and says why.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from amili import AmiliClient
from amili.errors import AmiliError
from amili.sandbox import FaultKind, FaultRule, Sandbox

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,900",
]


def _skip_loudly(reason: str) -> None:
    sys.stderr.write(f"\n*** SANDBOX UI BROWSER TEST SKIPPED: {reason} ***\n")
    pytest.skip(f"SANDBOX UI NOT TESTED IN A BROWSER: {reason}")


@pytest.fixture
def browser() -> Iterator[Any]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        _skip_loudly(f"{', '.join(missing)} missing: apt-get install -y chromium chromium-driver (.ci/run does)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as exc:
        _skip_loudly(f"selenium is not installed ({exc}); it is in the dev extra")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


async def _traffic(sandbox: Sandbox, root: str) -> None:
    body = {"metadata": {"userId": "ui"}, "customer": {"customerNo": "C1", "name": "Ann"}}
    client_id, secret = sandbox.credentials
    async with AmiliClient(client_id, secret, base_urls=sandbox.base_urls(root), max_retries=0) as amili:
        await amili.arm.customers.create_customer(clientno=2218, body=body)
        sandbox.add_fault(FaultRule(FaultKind.ERROR, status=503, operation="arm.customers.get_customer", times=1))
        with pytest.raises(AmiliError):
            await amili.arm.customers.get_customer(clientno=2218, customerno="C1")
        await amili.arm.customers.get_customer(clientno=2218, customerno="C1")
    await sandbox.seed.distribution.invoice(Identifier="DOC-1", InvoiceNo="1")


def test_ui_shows_the_request_log_and_its_details(browser: Any, amili_sandbox: Sandbox) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    sandbox = amili_sandbox
    wait = WebDriverWait(browser, 20)
    with sandbox.run_in_thread() as root:
        anyio.run(_traffic, sandbox, root)
        create = next(r for r in sandbox.requests if r.operation == "arm.customers.create_customer")
        browser.get(f"{root}/_sandbox/ui")
        row = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, f'#log tr[data-id="{create.request_id}"]')))
        cells = [c.text for c in row.find_elements(By.TAG_NAME, "td")]
        assert cells[1:4] == ["POST", "arm.customers.create_customer", "200"]
        assert cells[6] == create.request_id
        faulted = browser.find_elements(By.XPATH, "//tbody[@id='log']/tr[td[6]='error']")
        assert faulted and faulted[0].find_elements(By.TAG_NAME, "td")[3].text == "503"

        row.click()
        info = wait.until(ec.visibility_of_element_located((By.ID, "info")))
        wait.until(lambda _: "Response body" in info.text)
        shown = info.text
        assert f"id {create.request_id}" in shown
        assert "Bearer [redacted]" in shown
        assert '"customerNo": "C1"' in shown
        assert '"result": "CREATED"' in shown
        assert sandbox.credentials.client_secret not in browser.page_source
        _screenshot(browser)

        browser.find_element(By.CSS_SELECTOR, 'nav button[data-tab="state"]').click()
        state = wait.until(ec.visibility_of_element_located((By.ID, "stateview")))
        wait.until(lambda _: "customer C1 · Ann" in state.text)
        assert "ARM client 2218: 1 customers, 0 documents" in state.text
        assert "invoice DOC-1" in state.text

        browser.find_element(By.CSS_SELECTOR, 'nav button[data-tab="faults"]').click()
        form = wait.until(ec.visibility_of_element_located((By.ID, "faultform")))
        field = form.find_element(By.NAME, "operation")
        field.clear()
        field.send_keys("arm.customers.get_customr")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda _: "close matches" in browser.find_element(By.ID, "faulterror").text)
        field.clear()
        field.send_keys("arm.customers.list_customers")
        form.find_element(By.NAME, "status").send_keys("502")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda _: "arm.customers.list_customers" in browser.find_element(By.ID, "rules").text)
        assert [(r.operation, r.status) for r in sandbox.ctx.faults.rules][-1] == ("arm.customers.list_customers", 502)
        browser.find_element(By.ID, "clear").click()
        wait.until(lambda _: browser.find_element(By.ID, "rules").text == "")
        assert sandbox.ctx.faults.rules == []


def _screenshot(browser: Any) -> None:
    artifacts = ROOT / ".artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = artifacts / "sandbox-ui.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("AMILI_UPDATE_DOCS_SCREENSHOT"):
        shutil.copyfile(shot, ROOT / "docs" / "sandbox-ui.png")
