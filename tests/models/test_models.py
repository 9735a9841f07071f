"""Generated models as users meet them (issue 18 items 7-8): repr, one UNSET, to_json, FastAPI responses."""

from __future__ import annotations

import json
import math
import pickle
from typing import Annotated

import httpx
import pytest
from amili_arm.models import Customer, CustomerRequest, Metadata
from amili_arm.types import UNSET as ARM_UNSET
from amili_autocollect.types import UNSET as AUTOCOLLECT_UNSET
from amili_common import UNSET, AmiliModel
from fastapi import Body, FastAPI

from amili._models import is_unset


def test_repr_shows_only_the_fields_that_are_set() -> None:
    customer = Customer(customer_no="1", name="A")
    assert repr(customer) == "Customer(customer_no='1', name='A')"
    assert "Unset" not in repr(CustomerRequest(metadata=Metadata(user_id="u"), customer=customer))
    customer["betaFlag"] = True
    assert repr(customer) == "Customer(customer_no='1', name='A', additional_properties={'betaFlag': True})"


def test_one_unset_sentinel_for_every_generated_package() -> None:
    assert ARM_UNSET is AUTOCOLLECT_UNSET is UNSET
    assert type(ARM_UNSET)() is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert is_unset(Customer(customer_no="1").name)
    assert not UNSET


def test_to_json_is_the_wire_json() -> None:
    body = {"metadata": {"userId": "u"}, "customer": {"customerNo": "1", "name": "Ø"}}
    model = CustomerRequest.from_dict(body)
    assert isinstance(model, AmiliModel)
    assert json.loads(model.to_json()) == body
    assert '"Ø"' in model.to_json()  # UTF-8 text, not \\u escapes
    model.customer["score"] = math.nan
    with pytest.raises(ValueError, match="JSON"):
        model.to_json()  # NaN is not JSON


@pytest.mark.parametrize("annotated", [True, False])
async def test_a_fastapi_route_returns_a_model_as_its_wire_json(annotated: bool) -> None:
    app = FastAPI()
    customer = Customer(customer_no="543210", name="Owe Armstrong")

    if annotated:

        @app.get("/customer")
        async def typed() -> Customer:
            return customer

    else:
        import amili.fastapi  # noqa: F401  - teaches FastAPI's jsonable_encoder (apps import it for the lifespan)

        @app.get("/customer")
        async def untyped():  # type: ignore[no-untyped-def]
            return customer

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as client:
        response = await client.get("/customer")
        assert response.status_code == 200, response.text
        assert response.json() == {"customerNo": "543210", "name": "Owe Armstrong"}
        if annotated:
            schema = (await client.get("/openapi.json")).json()
            assert "/customer" in schema["paths"]


async def test_a_fastapi_route_accepts_a_model_as_its_request_body() -> None:
    app = FastAPI()

    @app.post("/customer")
    async def echo(customer: Annotated[Customer, Body()]) -> Customer:
        assert isinstance(customer, Customer)
        return customer

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as client:
        response = await client.post("/customer", json={"customerNo": "1", "name": "A"})
        assert response.status_code == 200, response.text
        assert response.json() == {"customerNo": "1", "name": "A"}
