"""Values as JSON-ready data. A module of its own, with no imports from the package, so that the cache's
fast path can use it without importing `query` (whose dataclasses cost milliseconds to create)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def plain(value: Any) -> Any:
    """Attribute values as JSON-ready data (dates become ISO strings)."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
