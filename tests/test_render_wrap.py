"""render.wrap_lines gives exactly what textwrap.wrap gives."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.text import wrap_lines

# plain words (the fast path), or words with characters that send textwrap down other paths
PLAIN = st.text(alphabet="abcdefghij.,;:'\u00e9\u4e2d0123456789-", min_size=1, max_size=14)
ANY = st.text(alphabet="abcdefghij.,;:'\u00e9\u4e2d0123456789_-\t\u00a0 ", min_size=0, max_size=14)
SPACES = st.sampled_from([" ", " ", " ", "  ", "   "])
TEXT = st.one_of(
    st.lists(st.tuples(PLAIN, SPACES), min_size=1, max_size=30).map(lambda pairs: "".join(w + s for w, s in pairs)
                                                                     .rstrip(" ")),
    st.lists(ANY, max_size=30).map(" ".join))


@settings(max_examples=600, deadline=None)
@given(TEXT, st.integers(min_value=1, max_value=60))
def test_wrap_lines_equals_textwrap(text, width):
    """Any text, any width: the same lines as textwrap.wrap."""
    assert wrap_lines(text, width) == textwrap.wrap(text, width=width)


def test_wrap_lines_fast_cases_equal_textwrap():
    """The cases the fast path takes: short, exactly full, one word too many, a word as long as the line."""
    for text, width in [("Matamoros Student Visa Protocols", 30), ("abc def", 7), ("abc def", 6),
                        ("abcdefghij klm", 10), ("a", 1), ("", 5), ("one two three four five six", 9),
                        ("2004-02-12  active: The Pilot is reinstated", 20), ("a well-known rule", 8),
                        ("a dash -- here", 7), ("x-1 2-y 3-4", 4)]:
        assert wrap_lines(text, width) == textwrap.wrap(text, width=width), (text, width)
