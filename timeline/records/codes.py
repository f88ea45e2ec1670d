"""Every code `timeline validate` can report, with its severity (docs/validation.md lists the same; a test checks).

`--select`, `--ignore` and the configuration name codes from here; a record's own `ignore:` entries name
`WARNINGS`, the codes a record may silence in place (an error cannot be silenced: queries refuse a record
with one).
"""

from __future__ import annotations

ERROR, WARNING = "error", "warning"

CODES: dict[str, str] = {
    # reading the file
    "unreadable": ERROR,
    "too-large": ERROR,
    "empty": ERROR,
    "binary": ERROR,
    "encoding": ERROR,
    "syntax": ERROR,
    "multiple-documents": ERROR,
    "too-deep": ERROR,
    "anchor": ERROR,
    "alias": ERROR,
    "tag": ERROR,
    "duplicate-key": ERROR,
    "complex-key": ERROR,
    # the shape of a record
    "not-a-record": ERROR,
    "unknown-key": ERROR,
    "missing-key": ERROR,
    "yaml-typed": ERROR,
    "number-as-date": ERROR,
    "invalid-date": ERROR,
    "bad-url": ERROR,
    "bad-status": ERROR,
    "bad-action": ERROR,
    "bad-relation": ERROR,
    "bad-description": ERROR,
    "no-events": ERROR,
    "no-source": ERROR,
    "schema": ERROR,
    # rules over a whole record, or several
    "file-name": ERROR,
    "id-mismatch": ERROR,
    "duplicate-id": ERROR,
    "date-and-window": ERROR,
    "no-date": ERROR,
    "window-order": ERROR,
    "open-window": WARNING,
    "announced-after-effective": ERROR,
    "transition": ERROR,
    "status-after-active": WARNING,
    "event-order": WARNING,
    "unknown-related": WARNING,
    "related-self": WARNING,
    "duplicate-related": WARNING,
    "action-status": WARNING,
    "source-incomplete": WARNING,
    "duplicate-event": WARNING,
    "stale-review": WARNING,
    "future-review": ERROR,
    "unused-ignore": WARNING,
}

# the warnings a record may silence where they occur, with a reason (`ignore:`); `unused-ignore` is about an
# `ignore:` entry itself, so silencing it would hide nothing but a mistake
WARNINGS: tuple[str, ...] = tuple(code for code, severity in CODES.items()
                                  if severity == WARNING and code != "unused-ignore")

__all__ = ["CODES", "ERROR", "WARNING", "WARNINGS"]
