"""The `timeline` command's entry point, and its fast path for plain command lines of the query commands.

Typer costs every run 100-130 ms before a command starts: importing it and the pydantic that its option
coercion imports, then building the command (a warm `timeline state` on the shipped records takes ~80 ms
without them, ~210 ms with).
A command line of `state`, `diff`, `log` or `show` made only of their own options, each given once with a
value that does not start with '-', is parsed here instead, into the same values Typer would pass, and runs
the same command body (`console`). Anything else goes to Typer (`cli.main`) untouched: help, `--version`,
`--debug`, every other command, an unknown, misspelt or repeated option, a missing value or argument, `--`,
`--opt=` with no value, a value that looks like an option, a format that is not one of the five. The fast
path never prints a usage error: what it does not take, Typer takes, and says what is wrong.

tests/test_fastpath.py runs random command lines both ways and compares output and exit codes, and checks
that `COMMANDS` says what the Typer commands declare.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import NamedTuple

VALUE, MANY, FLAG = "value", "many", "flag"  # an option's kind: one value, a value per use, no value


class Command(NamedTuple):
    arguments: tuple[str, ...]  # the positional parameters, in order
    options: dict[str, tuple[str, str]]  # option token -> (parameter, kind)
    run: Callable[..., int]  # `console`'s body of the command: returns the exit code


def _commands() -> dict[str, Command]:
    from . import console

    common = {"--data": ("data", VALUE), "--format": ("fmt", VALUE), "-f": ("fmt", VALUE),
              "--no-cache": ("no_cache", FLAG)}
    query = {**common, "--policy": ("policy", MANY), "-p": ("policy", MANY), "--no-sources": ("no_sources", FLAG)}
    return {
        "state": Command((), {**query, "--on": ("on", VALUE)}, console.state),
        "diff": Command(("start", "end"), {**query, "--exit-code": ("exit_code", FLAG)}, console.diff),
        "log": Command((), {**query, "--since": ("since", VALUE), "--until": ("until", VALUE)}, console.log),
        "show": Command(("policy_id",), common, console.show),
    }


FORMATS = ("text", "json", "yaml", "csv", "markdown")  # cli.Format's values


def parse(args: Sequence[str], commands: dict[str, Command] | None = None) -> tuple[Command, dict] | None:
    """The command and the values of its parameters, as Typer would pass them, or None when the command line
    is not one the fast path takes (then Typer parses it)."""
    if not args or "_TIMELINE_COMPLETE" in os.environ:  # Click's shell completion
        return None
    commands = commands if commands is not None else _commands()
    command = commands.get(args[0])
    if command is None:
        return None
    values: dict = {}
    positional: list[str] = []
    tokens = iter(args[1:])
    for token in tokens:
        if not token.startswith("-"):
            positional.append(token)
            continue
        name, equals, value = token.partition("=")
        if token.startswith("--") and equals:
            if not value:
                return None
        else:
            name, value = token, None
        found = command.options.get(name)
        if found is None:
            return None
        parameter, kind = found
        if kind == FLAG:
            if value is not None:
                return None
            values[parameter] = True
            continue
        if value is None:
            value = next(tokens, None)
            if value is None or value.startswith("-"):
                return None
        if kind == MANY:
            values.setdefault(parameter, []).append(value)
        elif parameter in values:
            return None  # given twice: Typer keeps the last one; this path leaves the question to it
        else:
            values[parameter] = value
    if len(positional) != len(command.arguments):
        return None
    if values.get("fmt", "text") not in FORMATS:
        return None
    params = {name: None for name, kind in command.options.values() if kind != FLAG}
    params.update({name: False for name, kind in command.options.values() if kind == FLAG})
    params["fmt"] = "text"
    params.update(zip(command.arguments, positional, strict=True))
    params.update(values)
    return command, params


def run(args: Sequence[str]) -> int | None:
    """Run a command line the fast path takes: its exit code; None when it does not take it."""
    parsed = parse(args)
    if parsed is None:
        return None
    command, params = parsed
    from . import console

    collecting = gc.isenabled()
    gc.disable()  # an answer allocates many objects and no cycles; the process ends when it is written
    try:
        with console.boundary():
            return command.run(**params)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    finally:
        if collecting:
            gc.enable()


def main() -> None:
    """Console entry point (`timeline`, `python -m timeline`)."""
    code = run(sys.argv[1:])
    if code is None:
        from .cli import main as typer_main

        typer_main()
        return
    sys.exit(code)
