# The package root and amili.client import their names on first use (issue 30); type checkers still see the real
# names, so a misspelt one is an error, not `Any`.
import amili
from amili.client import ClientOptions, Nonexistent  # noqa: F401  # expect-error

client: type[amili.AmiliClient] = amili.AmiliClinet  # expect-error
options: type[ClientOptions] = amili.ClientOptions
limit: int = amili.RetryPolicy  # expect-error
