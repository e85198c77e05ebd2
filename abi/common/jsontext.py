"""The one JSON form of what xen-abi writes: indented by one, keys sorted, a final newline."""

from __future__ import annotations

import json
from typing import Any


def dump_json(data: Any, *, ascii_only: bool = False) -> str:
    """``data`` as the catalogue, the reports and the bindings' data files spell JSON.

    ``ascii_only`` escapes every non-ASCII character (the query commands' documented output).
    """
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=ascii_only) + "\n"
