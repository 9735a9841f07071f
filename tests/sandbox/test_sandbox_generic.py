"""The sandbox follows the specs by itself: operations without a stateful handler are served from the spec."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from amili import AmiliClient
from amili.sandbox import Sandbox, SandboxConfig

ROOT = Path(__file__).resolve().parents[2]

NEW_OPERATION = """
  /clients/{clientno}/customers/{customerno}/creditscore:
    parameters:
      - $ref: "#/components/parameters/ClientNo"
      - name: customerno
        in: path
        required: true
        schema:
          type: string
    get:
      operationId: get_customer_credit_score
      summary: A customer's credit score (added by a test to a copy of the spec)
      tags: [customers]
      x-amili-source: inferred
      responses:
        "200":
          description: OK.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/CreditScore"
        "401":
          $ref: "#/components/responses/Unauthorized"
"""
NEW_SCHEMA = """
    CreditScore:
      type: object
      x-amili-source: inferred
      required: [customerNo, score]
      properties:
        customerNo:
          type: string
        name:
          type: string
        score:
          type: integer
          minimum: 1
          maximum: 100
"""


async def test_an_operation_without_a_handler_is_served_from_its_spec() -> None:
    """get_log_item has no hand-written handler: a parsed model comes back, carrying the path's ids."""
    async with AmiliClient.sandbox() as amili:
        assert amili.simulator is not None
        assert "arm.get_log_item" in amili.simulator.generic_operations
        item = await amili.arm.log_items.get_log_item(clientno=2218, logitemid=77)
    assert type(item).__name__ == "LogItem"
    assert item.log_item_id == 77
    assert item.client_no == 2218


async def test_generic_answers_are_deterministic_per_seed() -> None:
    async def body(seed: int) -> object:
        sandbox = Sandbox(SandboxConfig(seed=seed))
        async with AmiliClient(environment="sandbox", sandbox=sandbox) as amili:
            item = await amili.arm.gl_items.get_gl_item(clientno=1, glitemid=5)
        return item.to_dict()

    first, again, other = await body(1), await body(1), await body(2)
    assert first == again
    assert first != other


async def test_generic_lists_are_one_complete_page() -> None:
    """Synthesised pages point nowhere, so the façade's paginator stops instead of following invented links."""
    async with AmiliClient.sandbox() as amili:
        items = [item async for item in amili.arm.gl_items.list_gl_items.iter(clientno=2218)]
    assert len(items) == 1


async def test_generic_requests_are_still_validated() -> None:
    sandbox = Sandbox()
    async with sandbox.client() as http:
        form = {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox-secret"}
        token = (await http.post("/identity/token", data=form)).json()["access_token"]
        raw = await http.get("/arm/v1/clients/2218/logitems/not-a-number", headers={"Authorization": f"Bearer {token}"})
    assert raw.status_code == 404  # the nearest client error get_log_item documents
    assert sandbox.violations[-1].operation == "arm.get_log_item"
    assert "logitemid" in sandbox.violations[-1].errors[0]


def test_the_sandbox_refuses_to_start_without_its_specs(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="spec"):
        Sandbox(SandboxConfig(specs_dir=tmp_path))


@pytest.mark.slow
def test_an_operation_added_to_a_spec_is_served_with_no_sandbox_edit(tmp_path: Path) -> None:
    """Add an operation to a copy of arm.yaml, regenerate into tmp, call it through the façade: 2xx, a parsed model,
    and the stored customer's fields where the new schema has them."""
    clone = tmp_path / "repo"
    for part in ("specs", "codegen"):
        shutil.copytree(ROOT / part, clone / part, ignore=shutil.ignore_patterns("__pycache__"))
    spec = clone / "specs" / "arm.yaml"
    text = spec.read_text()
    text = text.replace("\npaths:\n", "\npaths:" + NEW_OPERATION, 1)
    text = text.replace("\n  schemas:\n", "\n  schemas:" + NEW_SCHEMA, 1)
    spec.write_text(text)
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, str(clone / "codegen" / "generate.py"), "--out", str(out), "--api-out", str(out / "_api")],
        check=True,
        capture_output=True,
    )
    script = textwrap.dedent(
        f"""
        import json, sys
        sys.path.insert(0, {str(out)!r})
        import anyio, amili._api
        amili._api.__path__.insert(0, {str(out / "_api")!r})
        from amili import AmiliClient
        from amili.sandbox import Sandbox, SandboxConfig
        from pathlib import Path

        async def main():
            sandbox = Sandbox(SandboxConfig(specs_dir=Path({str(clone / "specs")!r})))
            async with AmiliClient(environment="sandbox", sandbox=sandbox) as amili:
                await amili.arm.customers.create_customer(
                    clientno=2218, body={{"metadata": {{"userId": "t"}}, "customer": {{"customerNo": "C1", "name": "Ann"}}}}
                )
                score = await amili.arm.customers.get_customer_credit_score(clientno=2218, customerno="C1")
                print(json.dumps({{"type": type(score).__name__, "customerNo": score.customer_no, "name": score.name,
                                  "score": score.score, "status": sandbox.requests[-1].status}}))

        anyio.run(main)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["type"] == "CreditScore"
    assert answer["status"] == 200
    assert answer["customerNo"] == "C1"
    assert answer["name"] == "Ann"  # read from the stored customer
    assert 1 <= answer["score"] <= 100
