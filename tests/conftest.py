"""Shared test fixtures: where the real Xen header corpus is, and the catalogue."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from xen_abi.frontend.corpus import default_corpus
from xen_abi.store.catalogue import Catalogue

CORPUS: Path = default_corpus()
HAVE_CORPUS = (CORPUS / "4.15.0" / "xen.h").is_file()

needs_corpus = pytest.mark.skipif(
    not HAVE_CORPUS,
    reason=f"Xen header corpus not found at {CORPUS} (../shared/xen-headers, or set $XEN_ABI_CORPUS)",
)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The committed catalogue (abi/data/catalogue)."""
    return Catalogue.load()


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not HAVE_CORPUS:
        pytest.skip(f"Xen header corpus not found at {CORPUS}")
    return CORPUS


def sigint_as_in_a_terminal() -> None:
    """``preexec_fn`` for a child that must get Ctrl-C: a job started in the background by a non-interactive
    shell (``cmd &``, as some CI runners start the suite) inherits SIGINT ignored, and so would the child."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
