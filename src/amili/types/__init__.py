"""Public types users write: one module per API with the request `TypedDict`s (`amili.types.arm.CustomerParam`,
`amili.types.autocollect.InvoiceCreateParam`, ...), as openai-python's `types/`. Response models are the generated
packages' (`amili_arm.models.Customer`)."""

from . import arm, autocollect, distribution, identity, partner

__all__ = ["arm", "autocollect", "distribution", "identity", "partner"]
