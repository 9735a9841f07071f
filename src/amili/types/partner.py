"""The request TypedDicts of the partner API (wire JSON names: dict bodies, batch items).

Generated into `amili._api.partner_params` from specs/partner.yaml; this module is their public home."""

from .._api.partner_params import *  # noqa: F403
from .._api.partner_params import __all__ as __all__
