"""Text from outside (an article's title, a file name) made safe to print.

An article can carry control characters: an escape sequence in a title
(`ESC]0;...BEL` retitles a terminal window, `ESC[2J` clears it), a C1 control
(`\\x9b` is a CSI on some terminals) or a bidirectional override that
reorders what a reader sees. `printable` writes each of them as a visible
escape (`\\x1b`, `\\u202e`), on a terminal or in a pipe alike, so that what is
printed is what the text holds and nothing acts on the terminal.
"""

from __future__ import annotations

import re

# C0 controls (tab and newline too: every line we print is one line), DEL, C1 controls, and the Unicode
# controls that reorder or hide text (bidi embeddings, overrides and isolates; zero-width joiners are kept)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character written as a visible escape."""
    return _CONTROL.sub(_visible, text)


def json_safe(text: str) -> str:
    """JSON text with DEL, C1 and bidi controls as \\u escapes too (json.dumps leaves them raw); the same data."""
    return re.sub("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]",
                  lambda m: f"\\u{ord(m.group()):04x}", text)


__all__ = ["json_safe", "printable"]
