"""A string matching a regular expression (a spec's ``pattern``), drawn from a seeded ``random.Random``.

Walks the parse tree of Python's own regex parser (``re._parser``, as ``rstr``/``sre_yield`` do): literals, classes
(ranges, categories, negation), ``.``, repeats (unbounded ones capped), groups, alternation, anchors and
backreferences. The result is checked with ``re.search``; a pattern it cannot satisfy gives None.
"""

from __future__ import annotations

import importlib
import random
import re
import string
from typing import Any

#: the regex parser of Python >= 3.11 (the package's floor); private, hence imported by name
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

__all__ = ["matching"]

#: an unbounded repeat (``*``, ``+``, ``{n,}``) repeats at most this many times beyond its minimum
EXTRA = 3
_PRINTABLE = [c for c in string.ascii_letters + string.digits + "-_ "]
_CATEGORIES: dict[Any, str] = {
    _c.CATEGORY_DIGIT: string.digits,
    _c.CATEGORY_NOT_DIGIT: string.ascii_letters + "-_",
    _c.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
    _c.CATEGORY_NOT_WORD: "-. ",
    _c.CATEGORY_SPACE: " ",
    _c.CATEGORY_NOT_SPACE: string.ascii_letters + string.digits,
}


def matching(pattern: str, rng: random.Random, attempts: int = 20) -> str | None:
    """A string ``re.search(pattern, s)`` accepts, or None."""
    try:
        tree = _p.parse(pattern)
        compiled = re.compile(pattern)
    except (re.error, RecursionError):
        return None
    for _ in range(attempts):
        try:
            text = _Walker(rng).sequence(tree)
        except (ValueError, IndexError, RecursionError):
            continue
        if compiled.search(text):
            return text
    return None


class _Walker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.groups: dict[int, str] = {}

    def sequence(self, items: Any) -> str:
        return "".join(self.node(op, av) for op, av in items)

    def node(self, op: Any, av: Any) -> str:
        rng = self.rng
        if op is _c.LITERAL:
            return chr(av)
        if op is _c.NOT_LITERAL:
            return rng.choice([c for c in _PRINTABLE if ord(c) != av])
        if op is _c.ANY:
            return rng.choice(string.ascii_letters + string.digits)
        if op is _c.IN:
            return self.choose_in(av)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, high, items = av
            high = low + EXTRA if high is _c.MAXREPEAT or high > low + EXTRA else high
            return "".join(self.sequence(items) for _ in range(rng.randint(low, high)))
        if op is _c.SUBPATTERN:
            group, _add, _del, items = av
            text = self.sequence(items)
            if group:
                self.groups[group] = text
            return text
        if op is _c.BRANCH:
            return self.sequence(rng.choice(av[1]))
        if op is _c.GROUPREF:
            return self.groups.get(av, "")
        if op is getattr(_c, "ATOMIC_GROUP", None):
            return self.sequence(av)
        return ""  # anchors (AT), lookarounds, conditionals: nothing to emit

    def choose_in(self, items: Any) -> str:
        negate = bool(items) and items[0][0] is _c.NEGATE
        allowed: set[str] = set()
        for op, av in items[1:] if negate else items:
            if op is _c.LITERAL:
                allowed.add(chr(av))
            elif op is _c.RANGE:
                low, high = av
                allowed.update(chr(c) for c in range(low, min(high, low + 200) + 1))
            elif op is _c.CATEGORY:
                allowed.update(_CATEGORIES.get(av, ""))
        if negate:
            return self.rng.choice([c for c in _PRINTABLE if c not in allowed])
        return self.rng.choice(sorted(allowed))
