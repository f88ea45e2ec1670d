"""The configuration of `timeline validate`: which codes it reports, as ruff's and yamllint's configurations say.

It lives in `timeline.toml` (or `.timeline.toml`), or in the `[tool.timeline]` table of `pyproject.toml`:

    [tool.timeline]
    select = ["source-incomplete", "stale-review"]   # report only these codes (default: all)
    ignore = ["stale-review"]                        # never report these

The nearest file wins, looked for in the folder of the first record path and its parents, up to the repository
root (the first folder with a `.git`); in one folder `timeline.toml` comes before `.timeline.toml`, and a
`pyproject.toml` without a `[tool.timeline]` table is passed over. On the command line, `--select` replaces the
configuration's `select` and `--ignore` adds to its `ignore`. A code that does not exist, an unknown key or a
file that is not TOML is a usage error (exit 2) that names the file.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import UsageError

from .check import Selection
from .codes import CODES

OWN_FILES = ("timeline.toml", ".timeline.toml")
KEYS = ("select", "ignore")


@dataclass(frozen=True)
class Config:
    """What a configuration file says (nothing, when there is none)."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    file: Path | None = None


def find_config(paths: Sequence[Path]) -> Path | None:
    """The configuration file that applies to records under `paths` (see the module's docstring), or None."""
    if not paths:
        return None
    start = Path(paths[0]).absolute()
    folder = start if start.is_dir() else start.parent
    for current in (folder, *folder.parents):
        for name in OWN_FILES:
            if (current / name).is_file():
                return current / name
        pyproject = current / "pyproject.toml"
        if pyproject.is_file() and "timeline" in _read_toml(pyproject).get("tool", {}):
            return pyproject
        if (current / ".git").exists():
            return None
    return None


def read_config(path: Path) -> Config:
    """The configuration in `path`: a timeline.toml, or a pyproject.toml's [tool.timeline] table."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("timeline", {})
        where = f"{path} [tool.timeline]"
    else:
        where = str(path)
    if not isinstance(data, dict):
        raise UsageError(f"{where}: tool.timeline is not a table", "write [tool.timeline] with select and ignore")
    for key in data:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            raise UsageError(f"{where}: unknown key '{key}'",
                             f"did you mean '{close[0]}'?" if close else f"the keys are: {', '.join(KEYS)}")
    select = data.get("select")
    return Config(codes(select, f"{where}: select") if select is not None else None,
                  codes(data.get("ignore", []), f"{where}: ignore"), path)


def codes(values: Iterable[str] | str, where: str) -> frozenset[str]:
    """Codes from a configuration list or the command line ('a,b' and repeated options alike), each checked."""
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise UsageError(f"{where} should be a list of codes", 'write it as ["code", "other-code"]')
    found = set()
    for value in values:
        if not isinstance(value, str):
            raise UsageError(f"{where}: {value!r} is not a code", "codes are words such as source-incomplete")
        for code in filter(None, (part.strip() for part in value.split(","))):
            if code not in CODES:
                close = difflib.get_close_matches(code.lower(), list(CODES), n=1)
                raise UsageError(f"{where}: unknown code '{code}'", f"did you mean '{close[0]}'?" if close else
                                 "the codes are listed in docs/validation.md")
            found.add(code)
    return frozenset(found)


def selection_for(paths: Sequence[Path], *, select: Sequence[str] | None = None, ignore: Sequence[str] = (),
                  config: Path | bool | None = None) -> tuple[Selection, Path | None]:
    """The codes a validation of `paths` reports: the configuration (`config`: a file, False for none, None to
    look for one) with the command line's `select` (replacing) and `ignore` (adding). Returns the file read too."""
    file = find_config(paths) if config is None else (None if config is False else Path(config))
    if file is not None and not file.is_file():
        raise UsageError(f"no such configuration file: {file}", "give a timeline.toml or a pyproject.toml")
    settings = read_config(file) if file is not None else Config()
    chosen = codes(select, "--select") if select else settings.select
    return Selection(chosen, settings.ignore | codes(ignore, "--ignore")), file


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}", "fix the file, or run with --no-config") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read it: {exc.strerror}", "check its permissions") from None


__all__ = ["Config", "codes", "find_config", "read_config", "selection_for"]
