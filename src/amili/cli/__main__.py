"""`python -m amili.cli` is the `amili` console script."""

from . import entrypoint

entrypoint()
