"""Attribute values as the answers show them, and how two of them are compared.

Attributes are kept in the form JSON gives them (dates become ISO text), so
that every answer, cached or not, holds the same values. Two values are the
same only when JSON writes them the same: `1`, `1.0` and `true` are three
different values, although Python finds them equal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def plain(value: Any) -> Any:
    """A value as JSON-ready data: dates become ISO text, tuples lists, keys text."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float or value is None:
        return value
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def same(left: Any, right: Any) -> bool:
    """Whether two JSON-ready values are the same value (JSON's view: `1`, `1.0` and `true` differ; key order
    does not matter)."""
    if left is right:
        return True
    kind = type(left)
    if kind is not type(right):
        return False
    if kind is dict:
        return len(left) == len(right) and all(key in right and same(value, right[key])
                                               for key, value in left.items())
    if kind is list:
        return len(left) == len(right) and all(map(same, left, right))
    return left == right


def same_attributes(left: dict[str, Any], right: dict[str, Any]) -> bool:
    return len(left) == len(right) and all(key in right and same(value, right[key]) for key, value in left.items())


def changed_attributes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list]:
    """{key: [before, after]} for every key whose value differs (a missing key is None), keys sorted."""
    return {key: [before.get(key), after.get(key)] for key in sorted(set(before) | set(after))
            if not same(before.get(key), after.get(key))}


__all__ = ["changed_attributes", "plain", "same", "same_attributes"]
