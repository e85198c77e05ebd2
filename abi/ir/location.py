"""Where something is declared: a header and a line, as the catalogue writes it ("hvm/dm_op.h:447")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Location:
    """A header path relative to the public root (or an absolute path outside it) and a 1-based line.

    ``line`` is 0 when no line is known.  ``str()`` gives the catalogue's
    ``header:line`` form, which ``parse`` reads back.
    """

    header: str
    line: int = 0

    @classmethod
    def parse(cls, text: str) -> Location:
        """``"hvm/dm_op.h:447"`` -> ``Location("hvm/dm_op.h", 447)``; a text without a line is all header."""
        header, sep, line = text.rpartition(":")
        if sep and line.isdigit():
            return cls(header, int(line))
        return cls(text, 0)

    def __str__(self) -> str:
        return f"{self.header}:{self.line}" if self.line else self.header
