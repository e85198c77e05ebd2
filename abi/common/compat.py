"""What the tool uses of Python 3.11, for Python 3.10 (Ubuntu 22.04's system Python).

``tomllib`` is tomli there (a dependency only before 3.11); ``StrEnum`` is the same
str-valued enum. .ci/distributions runs the installed tool on 3.10 to prove it.
"""

from __future__ import annotations

import enum
import sys


class StrEnum310(str, enum.Enum):  # noqa: UP042 - what enum.StrEnum is on 3.11
    """Members are str; str() and format() give the value, and auto() the lower-case name, as enum.StrEnum's."""

    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, format_spec: str) -> str:
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name: str, start: int, count: int, last_values: list[str]) -> str:
        return name.lower()


if sys.version_info >= (3, 11):  # noqa: UP036 - pyproject's requires-python is >=3.10; ruff targets 3.11
    import tomllib
    from enum import StrEnum
else:
    import tomli as tomllib

    StrEnum = StrEnum310

__all__ = ["StrEnum", "tomllib"]
