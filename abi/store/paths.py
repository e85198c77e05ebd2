"""Where the built-in catalogue lives (package data), named without loading the store."""

from __future__ import annotations

from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "catalogue"
