"""timeline: dated, sourced status changes of public policies.

The library is the product; the `timeline` command is a thin layer over it.
`Timeline` (timeline.api) is the object every command opens. Public names are
imported lazily so that `import timeline` (and so the command's start-up)
costs nothing until a name is used. docs/architecture.md maps the packages.
"""

from __future__ import annotations

__version__ = "0.1.0"

_EXPORTS = {
    "Timeline": "api",
    "Policy": "records.model", "Event": "records.model", "Source": "records.model", "Case": "records.model",
    "Status": "records.model", "Action": "records.model",
    "Problem": "errors", "Report": "errors", "TimelineError": "errors", "UsageError": "errors",
    "RecordsInvalid": "errors",
    "validate": "records.check", "load_policies": "records.check",
    "state_on": "core.query", "diff": "core.query", "log": "core.query", "history": "core.query",
    "segments": "core.segments",
    "parse_date": "core.dates",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"timeline.{module}"), name)
