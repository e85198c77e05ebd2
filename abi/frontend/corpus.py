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


def default_corpora() -> list[Path]:
    """The directories release trees are looked up in: the corpus, and beside ../shared/xen-headers its point
    releases (../shared/xen-headers-point), when there."""
    corpus = default_corpus()
    points = corpus.with_name(corpus.name + "-point")
    return [corpus, points] if points.is_dir() else [corpus]


def release_tree(corpora: list[Path], release: str) -> Path:
    """Where a release's header tree is: the first of ``corpora`` that has it (else the first's path for it)."""
    return next((c / release for c in corpora if (c / release).is_dir()), corpora[0] / release)
