"""`amili arm customers create`: one customer from flags (the request envelope filled in for you)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._catalog import catalog
from ._cmd_operations import scope_value
from ._connection import Invocation
from ._errors import EXIT_OK, InputError
from ._io import body_from_flags, coerce_cells

__all__ = ["register"]


async def cmd_customers_create(inv: Invocation) -> int:
    args = inv.args
    data = body_from_flags(args.data, args.set)
    if args.customer_no:
        data["customerNo"] = args.customer_no
    if args.name:
        data["name"] = args.name
    if not data.get("customerNo"):
        raise InputError("customer field customerNo: required (--customer-no)")
    from amili_arm.models import Customer

    coerce_cells(Customer, data)
    clientno = scope_value(args, "clientno")
    if clientno is None:
        raise InputError("--clientno is required (or AMILI_CLIENTNO)")
    try:
        number = int(clientno)
    except ValueError:
        raise InputError(f"--clientno must be a number, got {clientno!r}") from None
    body: Any = {"metadata": {"userId": args.user_id}, "customer": data}
    result = await inv.client.arm.customers.create_customer(clientno=number, body=body)  # the façade validates
    parsed = result.to_dict()
    text = [
        f"{parsed.get('result', 'CREATED')}: customer {parsed.get('customerNo', data['customerNo'])} "
        f"(accountNo {parsed.get('accountNo', '-')})"
    ]
    text += [f"warning: {w.get('field')}: {w.get('message')}" for w in parsed.get("warnings") or []]
    inv.output.summary(parsed, text)
    return EXIT_OK


def register(leaf: Callable[..., Any], groups: dict[str, Any]) -> None:
    if "customers" not in catalog().get("arm", {}):
        return
    p = leaf(groups["arm.customers"], "create", "create one customer", cmd_customers_create)
    p.add_argument("--clientno", help="(AMILI_CLIENTNO)")
    p.add_argument("--customer-no")
    p.add_argument("--name")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="any other field (repeatable)")
    p.add_argument("--data", help="the customer as a JSON object, or @file.json")
    p.add_argument("--user-id", default="amili-cli", help="metadata.userId")
