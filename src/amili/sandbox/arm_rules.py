"""ARM's write rules the sandbox applies: the documented customer update rule, result envelopes, e-mail clean-up."""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]
EMAIL_FIELDS = {"emailAddressDocument": "EmailAddressDocument", "secondaryEmailAddress": "SecondaryEmailAddress"}
#: the postal-address field group (PAFG): changing one of them replaces all of them (update_customer in the spec)
POSTAL_ADDRESS_FIELDS = (
    "addressLine1",
    "addressLine2",
    "addressLine3",
    "postalCode",
    "cityName",
    "countryText",
    "countryCode",
)


def merge_customer(stored: Json, update: Json, *, new: bool = False) -> None:
    """ARM's documented update rule: absent or null keeps the stored value, "" is a value, and a change to any
    postal-address field replaces the whole group (fields not given become empty). A new customer stores what
    it is given."""
    for key, value in update.items():
        if value is None:
            continue
        if key == "postalAddress" and isinstance(value, dict):
            given = {k: v for k, v in value.items() if v is not None}
            current = stored.get("postalAddress") or {}
            if new:
                stored["postalAddress"] = given
            elif any(current.get(k) != v for k, v in given.items()):
                stored["postalAddress"] = {**{k: "" for k in POSTAL_ADDRESS_FIELDS}, **given}
            continue
        stored[key] = value


def envelope(status: str, result: str, message: str, client_no: int, warnings: list[Json], **extra: Any) -> Json:
    """ARM's result envelope: {status, result, message, clientNo, ..., warnings[{field, message}]}."""
    return {
        "status": status,
        "result": result,
        "message": message,
        "clientNo": client_no,
        **extra,
        "warnings": warnings,
    }


def rejected(client_no: int, message: str, **extra: Any) -> Json:
    return envelope("FAILED", "ERROR", message, client_no, [], **extra)


def sanitize_emails(data: Json) -> list[Json]:
    """Strip whitespace inside e-mail addresses and warn, like ARM's 'was sanitized' warnings."""
    warnings: list[Json] = []
    for key, label in EMAIL_FIELDS.items():
        values = data.get(key)
        if not isinstance(values, list):
            continue
        cleaned = []
        for value in values:
            fixed = "".join(str(value).split())
            if fixed != value:
                warnings.append({"field": label, "message": f"Email address {value} was sanitized: {fixed}"})
            cleaned.append(fixed)
        data[key] = cleaned
    return warnings
