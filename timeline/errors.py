"""Problems and exceptions shared by every layer.

Kept free of imports from the rest of the package so that any module can use
them without creating an import loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a record file, pinned to a 1-based line and column."""

    file: str
    line: int
    column: int
    severity: str
    code: str
    message: str
    hint: str | None = None

    def as_dict(self) -> dict:
        data = {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }
        if self.hint:
            data["hint"] = self.hint
        return data

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.code, self.message)


class TimelineError(Exception):
    """Base of every error the library raises on purpose."""


class UsageError(TimelineError):
    """The caller asked for something that cannot be done (exit code 2)."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class RecordsInvalid(TimelineError):
    """Records have errors, so no query can be answered from them (exit code 1)."""

    def __init__(self, problems: list[Problem], advice: str | None = None) -> None:
        super().__init__(f"{sum(p.severity == ERROR for p in problems)} error(s) in the records")
        self.problems = problems
        self.advice = advice  # what to do, when the invalid file is not a record (a review file)


@dataclass
class Report:
    """Everything validation found, in a stable order."""

    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    truncated: int = 0
    silenced: int = 0  # warnings the records silence in place (`ignore:` with a reason)
    ignored: int = 0  # problems left out by --select, --ignore or the configuration

    @property
    def errors(self) -> int:
        return sum(p.severity == ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == WARNING for p in self.problems)

    @property
    def valid(self) -> bool:
        return self.errors == 0

    def as_dict(self) -> dict:
        return {
            "valid": self.valid,
            "errors": self.errors,
            "warnings": self.warnings,
            "files": self.files,
            "truncated": self.truncated,
            "silenced": self.silenced,
            "ignored": self.ignored,
            "problems": [p.as_dict() for p in self.problems],
        }
