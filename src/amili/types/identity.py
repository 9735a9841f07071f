"""The request TypedDicts of the identity API (wire JSON names: dict bodies, batch items).

Generated into `amili._api.identity_params` from specs/identity.yaml; this module is their public home."""

from .._api.identity_params import *  # noqa: F403
from .._api.identity_params import __all__ as __all__
