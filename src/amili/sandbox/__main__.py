"""``python -m amili.sandbox --port 8080``: the same launcher and flags as ``amili sandbox serve``."""

from __future__ import annotations

import argparse
import sys

from . import launcher


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m amili.sandbox", description=launcher.__doc__)
    launcher.add_arguments(parser)
    return launcher.run(parser.parse_args(argv), sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
