"""Where the release header trees live (the corpus the tests, benches and ``verify`` read)."""

from __future__ import annotations

import os
from pathlib import Path

CORPUS_ENV = "XEN_ABI_CORPUS"


def default_corpus() -> Path:
    """Where release header trees live: $XEN_ABI_CORPUS, else ../shared/xen-headers."""
    env = os.environ.get(CORPUS_ENV)
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[2]
    return here.parent / "shared" / "xen-headers"
