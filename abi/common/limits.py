"""Input limits: what xen-abi accepts before it refuses with a clear error (exit 3).

Real Xen trees are far below every limit (the largest public header is
~100 KB, the deepest nesting 6, the longest macro expansion ~1 KB); the limits
only stop hostile or broken input before it exhausts memory, stack or time.
"""

from __future__ import annotations

MAX_HEADER_BYTES = 4 << 20  # one header file
MAX_TREE_BYTES = 256 << 20  # all headers of one tree
MAX_HEADERS = 20_000  # header files in one tree
MAX_NESTING = 100  # braces, brackets and parentheses open at once in one header
MAX_EXPANSION_BYTES = 64 << 10  # one macro's full expansion
MAX_EXPANSION_TOKENS = 16 << 10  # the same, estimated from the definitions before cpp runs
MAX_PREPROCESSED_BYTES = 256 << 20  # cpp's output for one configuration
CPP_TIMEOUT = 300  # seconds for one cpp run
CPP_MEMORY = 2 << 30  # address space of one cpp run
MAX_JOBS = 1024


def jobs(text: str) -> int:
    """A ``--jobs`` value: 1 .. MAX_JOBS (argparse reports the ValueError as a usage error)."""
    value = int(text)
    if not 1 <= value <= MAX_JOBS:
        raise ValueError(text)
    return value


def count(text: str) -> int:
    """A non-negative count option (``--max-mismatches``)."""
    value = int(text)
    if not 0 <= value <= 1 << 31:
        raise ValueError(text)
    return value
