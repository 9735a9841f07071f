"""`make demo`: a realistic Amili workflow against the embedded sandbox, with a summary table at the end.

authenticate → 1,000 ARM customers (batches) → 10,000 ARM documents, some invalid (batches, progress bar, one
outcome per item) → upload a file → AutoCollect invoices for the overdue documents, one batch polled to PARTIAL →
page through the invoices → register payments → an EHF credit note through Distribution and its status.

`make demo FAULTS=1` (or `--faults`) injects seeded 503s, 429s, dropped connections, latency and expired tokens;
the run still accounts for every item: each input item gets exactly one outcome and the sandbox holds each
accepted item exactly once (checked against `amili.simulator.state`, the demo fails otherwise).

    python examples/demo.py [--customers 1000] [--documents 10000] [--faults] [--seed 7] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import anyio
import yaml  # type: ignore[import-untyped]
from amili_arm.models import FileUploadRequest
from amili_distribution.models import EhfCreditNoteRequest

from amili import AmiliClient
from amili.batches import BatchState, ItemOutcome
from amili.cli import ProgressBar, reason_of
from amili.sandbox import FaultKind, FaultRule, Sandbox

CLIENTNO = 2218
SPECS = Path(__file__).resolve().parent.parent / "specs"


@dataclass
class Step:
    """One row of the summary table."""

    name: str
    items: int = 0
    succeeded: int = 0
    failed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    retries: int = 0
    seconds: float = 0.0
    note: str = ""


@dataclass
class DemoReport:
    steps: list[Step]
    seconds: float
    requests: int
    retries: int
    faults: Counter[str]
    checks: list[str]
    out_dir: Path


def fault_rules() -> list[FaultRule]:
    """Seeded faults. Writes only see faults they can be retried through: 503/429 are never processed, a drop hits
    GETs and AutoCollect writes (which carry an IdempotencyKey, so the replay returns the same batch)."""
    return [
        FaultRule(FaultKind.ERROR, probability=0.04, status=503),
        FaultRule(FaultKind.RATE_LIMIT, probability=0.02, retry_after=1),
        FaultRule(FaultKind.DROP, probability=0.04, method="GET"),
        FaultRule(FaultKind.DROP, probability=0.3, operation="autocollect.create_*"),
        FaultRule(FaultKind.DROP_AFTER, probability=0.5, operation="autocollect.create_*", times=1),
        FaultRule(FaultKind.LATENCY, probability=0.2, latency=0.02),
        FaultRule(FaultKind.EXPIRE_TOKEN, after=25, times=1),
        FaultRule(FaultKind.EXPIRE_TOKEN, after=60, times=1),
    ]


def _account(step: Step, outcomes: Iterable[ItemOutcome], expected: int, label: str, checks: list[str]) -> None:
    """Every input item has exactly one outcome."""
    outcomes = list(outcomes)
    indexes = sorted(o.index for o in outcomes)
    assert indexes == list(range(expected)), f"{label}: outcomes do not cover each input item exactly once"
    step.items = expected
    for outcome in outcomes:
        if outcome.ok:
            step.succeeded += 1
        else:
            step.failed += 1
            step.reasons[reason_of(outcome)] += 1
    checks.append(f"{label}: {expected} input items, {expected} outcomes")


def _write_outcomes(path: Path, outcomes: Sequence[ItemOutcome]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for outcome in sorted(outcomes, key=lambda o: o.index):
            fh.write(json.dumps(outcome.to_dict()) + "\n")


def credit_note_example() -> dict[str, Any]:
    """The documented seed example embedded in specs/distribution.yaml."""
    spec = yaml.safe_load((SPECS / "distribution.yaml").read_text(encoding="utf-8"))
    examples = spec["paths"]["/send/ehf30/creditnote"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    value: dict[str, Any] = next(iter(examples.values()))["value"]
    return value


async def run_demo(
    *,
    customers: int = 1000,
    documents: int = 10_000,
    faults: bool | list[FaultRule] = False,
    seed: int = 7,
    out: IO[str] | None = None,
    progress: bool | None = None,
    out_dir: Path | None = None,
    chunk_size: int = 500,
) -> DemoReport:
    out = out if out is not None else sys.stdout
    out_dir = out_dir or Path(tempfile.mkdtemp(prefix="amili-demo-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    rng_today = dt.date.today()
    steps: list[Step] = []
    checks: list[str] = []
    started = time.perf_counter()
    options: dict[str, Any] = {"seed": seed}
    if faults:
        options.update(faults=fault_rules() if faults is True else list(faults), max_retries=6)
    async with AmiliClient.sandbox(**options) as amili:
        simulator = amili.simulator
        assert simulator is not None
        sandbox: Sandbox = simulator
        amili.batches.first_delay = 0.1  # the sandbox processes a batch on its next request

        class measure:
            def __init__(self, name: str) -> None:
                self.step = Step(name)

            def __enter__(self) -> Step:
                self.t0, self.r0, self.x0 = time.perf_counter(), len(sandbox.requests), amili.retries
                return self.step

            def __exit__(self, *exc: object) -> None:
                self.step.seconds = time.perf_counter() - self.t0
                self.step.requests = len(sandbox.requests) - self.r0
                self.step.retries = amili.retries - self.x0
                steps.append(self.step)

        def say(text: str) -> None:
            out.write(text + "\n")
            out.flush()

        say(f"Amili demo on the embedded sandbox{' with injected faults' if faults else ''} (outcomes in {out_dir})")

        # 1. authenticate -----------------------------------------------------------------------------------------
        with measure("authenticate") as step:
            provider = amili.token_provider
            assert provider is not None
            token = await provider.get_token()
            step.items = step.succeeded = 1
            step.note = f"token valid {token.lifetime:.0f} s"

        # 2. customers --------------------------------------------------------------------------------------------
        with measure("ARM customers (batches)") as step:
            people = [
                {
                    "customerNo": f"{100000 + i}",
                    "name": f"Kunde {i}",
                    "emailAddressDocument": [f"kunde{i}@example.no"],
                    "currency": "NOK",
                }
                for i in range(customers)
            ]
            bar = ProgressBar(customers, "customers", enabled=progress)
            async with amili.arm.customers.submit_many(CLIENTNO, people, chunk_size=chunk_size, on_progress=bar) as run:
                customer_outcomes = await run.collect()
            bar.close()
            _account(step, customer_outcomes, customers, "customers", checks)
            _write_outcomes(out_dir / "customers.jsonl", customer_outcomes)
            step.note = f"{run.summary.batches} batches"
        created_customers = {o.key for o in customer_outcomes if o.ok}

        # 3. documents (1 % invalid before sending, 1 % rejected by ARM: unknown customer) ------------------------
        with measure("ARM documents (batches)") as step:
            docs: list[dict[str, Any]] = []
            for i in range(documents):
                overdue = i % 5 == 0
                due = rng_today - dt.timedelta(days=10 + i % 40) if overdue else rng_today + dt.timedelta(days=14)
                amount = float(100 + (i * 37) % 4900)
                doc: dict[str, Any] = {
                    "documentNo": f"INV-{i:06d}",
                    "customerNo": f"{100000 + i % max(customers, 1)}",
                    "documentType": "IN",
                    "documentDate": (due - dt.timedelta(days=14)).isoformat(),
                    "dueDate": due.isoformat(),
                    "currency": "NOK",
                    "kid": f"{i:010d}",
                    "currencyAmounts": {"exclVat": amount * 0.8, "vat": amount * 0.2, "inclVat": amount},
                }
                if i % 100 == 37:
                    del doc["documentNo"]  # caught by validation: never sent
                elif i % 100 == 71:
                    doc["customerNo"] = "999999"  # ARM rejects it: no such customer
                docs.append(doc)
            bar = ProgressBar(documents, "documents", enabled=progress)
            async with amili.arm.documents.submit_many(CLIENTNO, docs, chunk_size=chunk_size, on_progress=bar) as run:
                document_outcomes = await run.collect()
            bar.close()
            _account(step, document_outcomes, documents, "documents", checks)
            _write_outcomes(out_dir / "documents.jsonl", document_outcomes)
            step.note = f"{run.summary.batches} batches, {run.summary.invalid} never sent"

        # 4. upload a file ----------------------------------------------------------------------------------------
        with measure("ARM file upload") as step:
            pdf = b"%PDF-1.4\n% amili-sdk demo\n%%EOF\n"
            upload = await amili.arm.files.upload_files(
                clientno=CLIENTNO,
                body=FileUploadRequest.from_dict(
                    {
                        "metadata": {"userId": "amili-demo"},
                        "files": [
                            {
                                "fileId": "demo-attachment-1",
                                "type": "InvoiciaFormatDocFile",
                                "name": "terms.pdf",
                                "content": base64.b64encode(pdf).decode(),
                            }
                        ],
                    }
                ),
            )
            results = upload.to_dict().get("files") or []
            step.items = 1
            step.succeeded = sum(1 for r in results if r.get("status") == "PROCESSED")
            step.failed = step.items - step.succeeded

        # 5. AutoCollect invoices for the overdue documents, one batch polled to PARTIAL --------------------------
        org_id = uuid.UUID(int=seed + 1)
        org = str(org_id)
        by_no = {d.get("documentNo"): d for d in docs}
        overdue_docs = [
            by_no[o.key]
            for o in sorted(document_outcomes, key=lambda o: o.index)
            if o.ok and o.key in by_no and by_no[o.key]["dueDate"] < rng_today.isoformat()
        ]
        with measure("AutoCollect invoices (1 batch)") as step:
            invoices = []
            for n, doc in enumerate(overdue_docs):
                amount = doc["currencyAmounts"]["inclVat"]
                invoices.append(
                    {
                        "type": "NOTICE",
                        "invoiceNumber": doc["documentNo"],
                        "originalInvoiceAmount": -amount if n % 50 == 7 else amount,  # 2 % rejected by AutoCollect
                        "currency": "NOK",
                        "invoiceDate": f"{doc['documentDate']}T00:00:00Z",
                        "dueDate": f"{doc['dueDate']}T00:00:00Z",
                        "ocrReferenceNumber": doc["kid"],
                        "uniqueSourceInvoiceId": f"{CLIENTNO}/{doc['documentNo']}",
                        "debtors": [{"type": "PRIVATE", "customerNumber": doc["customerNo"], "name": "Kunde"}],
                    }
                )
            handle = await amili.autocollect.invoices.submit(org, invoices)
            result = await handle.wait(timeout=120)
            assert result.state is BatchState.PARTIAL, f"expected a PARTIAL batch, got {result.state}"
            _account(step, result.outcomes, len(invoices), "invoices", checks)
            _write_outcomes(out_dir / "invoices.jsonl", result.outcomes)
            step.note = f"batch {result.state}"
        invoice_ids = {o.key: o.ids.get("invoiceId") for o in result.outcomes if o.ok}

        # 6. page through the invoices ------------------------------------------------------------------------------
        with measure("list invoices (pages)") as step:
            listed: list[Any] = []
            async for invoice in amili.autocollect.invoices.list_invoices.iter(organization_id=org_id, page_size=200):
                listed.append(invoice)
            step.items = step.succeeded = len(listed)
            numbers = [i.invoice_number for i in listed]
            assert len(numbers) == len(set(numbers)) == len(invoice_ids), "paging returned each invoice once"
            step.note = f"{(len(listed) + 199) // 200} pages"
            listed_ids = {i.invoice_number: str(i.id) for i in listed}

        # 7. payments for half of them --------------------------------------------------------------------------------
        with measure("AutoCollect payments (batches)") as step:
            payable = [o for o in result.outcomes if o.ok][::2]
            amounts = {inv["invoiceNumber"]: inv["originalInvoiceAmount"] for inv in invoices}
            payments = [
                {
                    "invoiceId": invoice_ids[o.key] or listed_ids[o.key],
                    "type": "DIRECT_PAYMENT",
                    "amount": amounts[o.key],
                    "currency": "NOK",
                    "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
                for o in payable
            ]
            async with amili.autocollect.payments.submit_many(org, payments, chunk_size=chunk_size) as run:
                payment_outcomes = await run.collect()
            _account(step, payment_outcomes, len(payments), "payments", checks)
            settlements = len(sandbox.state.organization(org).settlements)
            step.note = f"{settlements} settlements"

        # 8. EHF credit note through Distribution -----------------------------------------------------------------
        with measure("EHF credit note (Distribution)") as step:
            note = credit_note_example()
            identifier = f"demo-creditnote-{uuid.UUID(int=seed)}"
            note["Creditnote"]["Identifier"] = identifier
            await amili.distribution.send.send_ehf_credit_note(body=EhfCreditNoteRequest.from_dict(note))
            status = await amili.distribution.status.get_invoice_status(identifier=identifier)
            step.items = 1
            step.succeeded = 1 if _plain(status.status) == "DELIVERED" else 0
            step.failed = 1 - step.succeeded
            step.note = f"status {_plain(status.status)}"

        # accounting against the sandbox's own state -----------------------------------------------------------------
        state = sandbox.state
        arm = state.arm_clients[CLIENTNO]
        assert set(arm.customers) == created_customers, "ARM holds exactly the accepted customers"
        accepted_docs = {o.key for o in document_outcomes if o.ok}
        assert set(arm.documents) == accepted_docs, "ARM holds exactly the accepted documents"
        assert state.duplicates.get("arm.documentNo", 0) == 0, "no document was sent twice"
        checks.append(f"ARM holds {len(arm.customers)} customers and {len(arm.documents)} documents, once each")
        organization = state.organization(org)
        held = Counter(i["invoiceNumber"] for i in organization.invoices.values())
        assert set(held) == set(invoice_ids), "AutoCollect holds exactly the accepted invoices"
        assert max(held.values(), default=1) == 1, "each invoice is held once"
        assert state.duplicates.get("autocollect.invoice", 0) == 0, "no invoice was created twice"
        invoice_batches = [b for b in organization.batches.values() if b.kind == "invoices"]
        assert len(invoice_batches) == 1, "the invoice batch exists once (replays return it)"
        assert len(organization.payments) == sum(1 for o in payment_outcomes if o.ok), "each payment held once"
        checks.append(
            f"AutoCollect holds {len(organization.invoices)} invoices and {len(organization.payments)} payments, "
            f"once each ({state.duplicates.get('autocollect.idempotent_replay', 0)} idempotent replays)"
        )
        sent = [d for d in state.sent_documents.values() if d.identifier == identifier]
        assert len(sent) == 1, "the credit note was sent once"
        checks.append("Distribution holds the credit note once")
        fault_counts = Counter(e.kind.value for e in sandbox.fault_log)
        report = DemoReport(
            steps=steps,
            seconds=time.perf_counter() - started,
            requests=len(sandbox.requests),
            retries=amili.retries,
            faults=fault_counts,
            checks=checks,
            out_dir=out_dir,
        )
    print_summary(report, out)
    return report


def _plain(value: Any) -> str:
    return str(getattr(value, "value", value))


def print_summary(report: DemoReport, out: IO[str]) -> None:
    header = f"{'step':<32}{'items':>7}{'ok':>7}{'failed':>8}{'requests':>10}{'retries':>9}{'time':>8}  note"
    lines = [header, "-" * len(header)]
    for s in report.steps:
        lines.append(
            f"{s.name:<32}{s.items:>7}{s.succeeded:>7}{s.failed:>8}{s.requests:>10}{s.retries:>9}"
            f"{s.seconds:>7.1f}s  {s.note}"
        )
        for reason, count in s.reasons.most_common(4):
            lines.append(f"{'':<4}{count:>6} x {reason}")
    lines.append("-" * len(header))
    items = sum(s.items for s in report.steps)
    ok = sum(s.succeeded for s in report.steps)
    failed = sum(s.failed for s in report.steps)
    lines.append(
        f"{'total':<32}{items:>7}{ok:>7}{failed:>8}{report.requests:>10}{report.retries:>9}{report.seconds:>7.1f}s"
    )
    if report.faults:
        lines.append("faults injected: " + ", ".join(f"{k} {v}" for k, v in sorted(report.faults.items())))
    lines += [f"✓ {check}" for check in report.checks]
    out.write("\n".join(lines) + "\n")
    out.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--faults", action="store_true", help="inject seeded 503/429/drop/latency/expired-token faults")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--out-dir", type=Path, default=None, help="where the per-item outcomes go (default: a tmp dir)"
    )
    args = parser.parse_args(argv)
    anyio.run(
        lambda: run_demo(
            customers=args.customers, documents=args.documents, faults=args.faults, seed=args.seed, out_dir=args.out_dir
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
