"""Issue 28.2: a synthesised answer validates against its own response schema (pattern, multipleOf, formats,
bounds, enums, nullable, oneOf...) and echoes the path's and the body's fields by name regardless."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from amili.sandbox import Sandbox, SandboxConfig
from amili.sandbox.regex_gen import matching

ROOT = Path(__file__).resolve().parents[2]

NEW_OPERATION = """
  /clients/{clientno}/customers/{customerno}/contracts:
    parameters:
      - $ref: "#/components/parameters/ClientNo"
      - name: customerno
        in: path
        required: true
        schema:
          type: string
    post:
      operationId: create_customer_contract
      summary: A customer's contract (added by a test to a copy of the spec)
      tags: [customers]
      x-amili-source: inferred
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/ContractRequest"
      responses:
        "200":
          description: OK.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Contract"
        "401":
          $ref: "#/components/responses/Unauthorized"
"""
NEW_SCHEMAS = """
    ContractRequest:
      type: object
      x-amili-source: inferred
      properties:
        contractRef:
          type: string
        amount:
          type: integer
    Contract:
      type: object
      x-amili-source: inferred
      required: [contractId, amount, customerNo, contractRef]
      properties:
        contractId:
          type: string
          pattern: '^C-[0-9]{6}$'
        amount:
          type: integer
          multipleOf: 10
          minimum: 10
          maximum: 100000
        customerNo:
          type: string
        contractRef:
          type: string
          maxLength: 20
        rate:
          type: number
          multipleOf: 0.25
          exclusiveMinimum: true
          minimum: 0
          maximum: 20
        fee:
          type: number
          multipleOf: 0.01
        currency:
          type: string
          pattern: '^[A-Z]{3}$'
        iban:
          type: string
          pattern: '^NO[0-9]{2}[0-9]{11}$'
          minLength: 15
          maxLength: 15
        kind:
          type: string
          enum: [LOAN, LEASE]
        note:
          type: string
          nullable: true
        email:
          type: string
          format: email
        signed:
          type: string
          format: date-time
        channel:
          oneOf:
            - type: string
              enum: [EMAIL, PAPER]
            - type: integer
              minimum: 1
        tags:
          type: array
          minItems: 2
          maxItems: 3
          uniqueItems: true
          items:
            type: string
            pattern: '^[a-z]{2,5}$'
"""


# A second new operation, a GET that reads the stored customer (one regeneration serves both).
SCORE_OPERATION = """
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
SCORE_SCHEMA = """
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


def _spec_copy(tmp_path: Path, *, score: bool = False) -> Path:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    arm = specs / "arm.yaml"
    text = arm.read_text()
    text = text.replace("\npaths:\n", "\npaths:" + NEW_OPERATION, 1)
    text = text.replace("\n  schemas:\n", "\n  schemas:" + NEW_SCHEMAS, 1)
    if score:
        text = text.replace("\npaths:\n", "\npaths:" + SCORE_OPERATION, 1)
        text = text.replace("\n  schemas:\n", "\n  schemas:" + SCORE_SCHEMA, 1)
    arm.write_text(text)
    return specs


def _validator(specs: Path) -> OAS30Validator:
    """A validator independent of the sandbox's own (openapi-schema-validator on the spec copy)."""
    document = yaml.safe_load((specs / "arm.yaml").read_text())
    schema = {**document["components"]["schemas"]["Contract"], "components": document["components"]}
    return OAS30Validator(schema, format_checker=oas30_format_checker)


async def _token(http: Any, sandbox: Sandbox) -> dict[str, str]:
    creds = sandbox.credentials
    form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
    token = (await http.post("/identity/token", data=form)).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("seed", [0, 1, 7])
async def test_a_new_operation_answers_schema_valid_and_echoes_its_fields(tmp_path: Path, seed: int) -> None:
    specs = _spec_copy(tmp_path)
    sandbox = Sandbox(SandboxConfig(specs_dir=specs, seed=seed))
    assert sandbox.validator.qualified("arm.create_customer_contract") in sandbox.generic_operations
    validator = _validator(specs)
    async with sandbox.client() as http:
        auth = await _token(http, sandbox)
        for n in range(15):
            body = {"contractRef": f"REF-{n}", "amount": 120 + n}  # 120 echoes; 121.. would break multipleOf
            path = f"/arm/v1/clients/2218/customers/K{n}/contracts"
            answer = await http.post(path, json=body, headers=auth)
            assert answer.status_code == 200, answer.text
            data = answer.json()
            problems = [e.message for e in validator.iter_errors(data)]
            assert problems == [], (data, problems)
            assert data["customerNo"] == f"K{n}"  # the path, echoed by name
            assert data["contractRef"] == f"REF-{n}"  # the body, echoed by name
            assert data["amount"] == 120 if n == 0 else data["amount"] % 10 == 0
            assert sandbox.response_problems == []


def test_the_regex_generator_matches_what_it_is_given() -> None:
    rng = random.Random(3)
    for pattern in (
        r"^C-[0-9]{6}$",
        r"^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$",
        r"(ab|c\d)+\w?[^a-z]",
        r"^(?:NO|SE)\d{9}(MVA)?$",
    ):
        for _ in range(20):
            text = matching(pattern, rng)
            assert text is not None
            import re

            assert re.search(pattern, text), (pattern, text)


@pytest.mark.slow
def test_a_new_operation_regenerated_is_served_schema_valid_through_the_facade(tmp_path: Path) -> None:
    """The issue's acceptance: edit a spec copy, regenerate into tmp, call the new operations through the façade with no
    sandbox edit: a POST answered schema-valid and echoing its fields (strict drift), and a GET that reads the stored
    customer's fields where the new schema has them. One regeneration (the slow part) serves both."""
    clone = tmp_path / "repo"
    shutil.copytree(ROOT / "codegen", clone / "codegen", ignore=shutil.ignore_patterns("__pycache__"))
    specs = _spec_copy(clone, score=True)
    out = tmp_path / "out"
    generate = [sys.executable, str(clone / "codegen" / "generate.py"), "--specs", str(specs)]
    done = subprocess.run(
        [*generate, "--out", str(out), "--api-out", str(out / "_api")], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
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
            sandbox = Sandbox(SandboxConfig(specs_dir=Path({str(specs)!r})))
            async with AmiliClient(environment="sandbox", sandbox=sandbox, spec_drift="strict") as amili:
                contract = await amili.arm.customers.create_customer_contract(
                    clientno=2218, customerno="K7", body={{"contractRef": "REF-7", "amount": 120}}
                )
                print(json.dumps({{"type": type(contract).__name__, "answer": contract.to_dict(),
                                  "status": sandbox.requests[-1].status}}))
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
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    answer, score = json.loads(lines[-2]), json.loads(lines[-1])
    assert score["type"] == "CreditScore" and score["status"] == 200
    assert score["customerNo"] == "C1"
    assert score["name"] == "Ann"  # read from the stored customer
    assert 1 <= score["score"] <= 100
    assert answer["type"] == "Contract" and answer["status"] == 200
    data = answer["answer"]
    assert [e.message for e in _validator(specs).iter_errors(data)] == []
    assert data["contractId"].startswith("C-") and data["amount"] == 120
    assert data["customerNo"] == "K7" and data["contractRef"] == "REF-7"
