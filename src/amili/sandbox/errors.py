"""Error bodies per API, in one place so they can follow the specs' error schemas."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

Json = dict[str, Any]


def error_body(api: str, status: int, message: str, errors: list[str] | None = None) -> Json:
    """The body each API uses for an error; ARM uses its result envelope, AutoCollect its summary/data envelope."""
    details = [{"field": "", "message": e} for e in (errors or [])]
    if api == "identity":
        code = "invalid_client" if status == 401 else "invalid_request"
        return {"error": code, "error_description": message}
    if api == "arm":
        return {"status": "FAILED", "result": "ERROR", "message": message, "warnings": [], "errors": details}
    if api == "autocollect":
        return {"status": status, "title": message, "message": message, "errors": {"request": errors or []}}
    if api == "distribution":
        return {"Message": message, "Errors": [{"Field": "", "Message": e["message"]} for e in details]}
    return {"Message": message, "Errors": [e["message"] for e in details]}


def error_response(
    api: str, status: int, message: str, errors: list[str] | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(api, status, message, errors), status_code=status, headers=headers)
