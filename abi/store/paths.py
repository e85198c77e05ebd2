"""Where the catalogues live, named without loading the store.

The built-in catalogue is package data, never written by an installed tool;
``ingest`` without ``-o`` writes the user's catalogue in the XDG data
directory, which the commands then read instead of the built-in one.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "catalogue"
USER_STATE = "user.json"  # in a user catalogue: the releases the user ingested and the built-in it was made with


def user_catalogue_path() -> Path:
    """``$XDG_DATA_HOME/xen-abi/catalogue`` (``~/.local/share`` when unset, or not absolute as XDG says)."""
    base = os.environ.get("XDG_DATA_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / "xen-abi" / "catalogue"


def default_catalogue() -> Path:
    """The catalogue the commands read when ``--catalogue`` is not given: the user's, if ingested, else built-in."""
    user = user_catalogue_path()
    return user if (user / "index.json").is_file() else DEFAULT_PATH
