"""The request TypedDicts of the autocollect API (wire JSON names: dict bodies, batch items).

Generated into `amili._api.autocollect_params` from specs/autocollect.yaml; this module is their public home."""

from .._api.autocollect_params import *  # noqa: F403
from .._api.autocollect_params import __all__ as __all__
