"""The request TypedDicts of the distribution API (wire JSON names: dict bodies, batch items).

Generated into `amili._api.distribution_params` from specs/distribution.yaml; this module is their public home."""

from .._api.distribution_params import *  # noqa: F403
from .._api.distribution_params import __all__ as __all__
