"""Text for a terminal: counted nouns, and lines wrapped to the terminal's width.

The width is ``$COLUMNS`` when set, else the terminal's when stdout is one; a
pipe or a file gets unwrapped lines (grep and diff want one record a line),
which the renderers keep short by putting one fact on each.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap

MIN_WIDTH = 40  # narrower than this, wrapping makes text harder to read, not easier


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 hypercall``, ``20 sub-ops``, ``2 entries`` (``words`` when adding an s is wrong)."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def terminal_width() -> int | None:
    """The width to wrap text to, or None to leave lines whole (not a terminal, no ``$COLUMNS``)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), MIN_WIDTH)
    if sys.stdout.isatty():
        return max(shutil.get_terminal_size().columns, MIN_WIDTH)
    return None


def wrap(text: str, width: int | None, *, indent: str = "", hanging: str | None = None) -> list[str]:
    """``text`` as lines of at most ``width`` columns, the first led by ``indent``, the rest by ``hanging``.

    Words are never split (a C type or a header path stays whole, even when longer than the line).
    """
    rest = indent if hanging is None else hanging
    if width is None or len(indent) + len(text) <= width:
        return [indent + text]
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent]


def table(header: list[str], rows: list[list[str]], width: int | None) -> list[str]:
    """Columns aligned, the last one free; wrapped to ``width`` when a row is wider.

    The last column wraps under itself while it keeps at least a third of the
    line; past that, it moves under the row, indented, and wraps there.  When
    even the other columns are wider than the line, alignment goes: each row
    is its cells in order, wrapped, continuation lines indented.
    """
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header[:-1])]
    lead = sum(widths) + 2 * len(widths)
    if width is not None and lead > width:
        compact = wrap("  ".join(h.upper() for h in header), width, hanging="    ")
        for cells in rows:
            compact += wrap("  ".join(c or "-" for c in cells), width, hanging="    ")
        return compact
    out: list[str] = []
    for cells in [[h.upper() for h in header], *rows]:
        head = "".join(f"{c:<{w}}  " for c, w in zip(cells[:-1], widths, strict=True))
        last = cells[-1]
        if width is None or lead + len(last) <= width:
            out.append((head + last).rstrip())
        elif width - lead >= width // 3:
            out += [line.rstrip() for line in wrap(last, width, indent=head, hanging=" " * lead)]
        else:
            out.append(head.rstrip())
            if last:
                out += wrap(last, width, indent="    ")
    return out
