"""timeline: dated, sourced status changes of public policies.

The library is the product; the `timeline` command is a thin layer over it.
Public names are imported lazily so that `import timeline` (and so the
command's start-up) costs nothing until a name is used.
"""

from __future__ import annotations

__version__ = "0.1.0"

_EXPORTS = {
    "Policy": "model", "Event": "model", "Source": "model", "Case": "model", "Status": "model", "Action": "model",
    "Problem": "errors", "Report": "errors", "TimelineError": "errors", "UsageError": "errors",
    "RecordsInvalid": "errors",
    "validate": "check", "load_policies": "check",
    "state_on": "query", "diff": "query", "log": "query", "history": "query",
    "parse_date": "dates",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"timeline.{module}"), name)
