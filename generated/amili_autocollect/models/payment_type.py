from enum import StrEnum


class PaymentType(StrEnum):
    """Forward compatible: a value Amili adds later parses into a pseudo-member instead of raising."""

    CREDIT = "CREDIT"
    DIRECT_PAYMENT = "DIRECT_PAYMENT"

    @classmethod
    def _missing_(cls, value: object) -> "PaymentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
