"""The request TypedDicts of the arm API (wire JSON names: dict bodies, batch items).

Generated into `amili._api.arm_params` from specs/arm.yaml; this module is their public home."""

from .._api.arm_params import *  # noqa: F403
from .._api.arm_params import __all__ as __all__
