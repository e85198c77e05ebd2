"""Placeholder, replaced below."""

from __future__ import annotations


def check_own_types(scanned, cat, archs, first):  # type: ignore[no-untyped-def]
    return []
