"""Which language a document is in, and that language's words.

Detection is a small rule of our own: the share of each language's commonest
function words among the document's words (English, Spanish, Portuguese).
Measured on the tuning split of benchmarks/extraction (35 documents), it is
right on all of them, as lingua-language-detector is, but takes microseconds
where lingua's first answer takes about 0.6 s (it loads its models) and its
wheel is 96 MB; see docs/extraction.md. A document is read in one language:
quotations in another (an English tweet in a Spanish article) are rare and
short.

Each language's words live in their own module (`lexicon` for English,
`lexicon_es`, `lexicon_pt`), all with the same names; the Spanish and
Portuguese ones are imported only when a document is in that language, so
English documents pay nothing for them at start-up.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

LANGUAGES = ("en", "es", "pt")
NAMES = {"en": "English", "es": "Spanish", "pt": "Portuguese"}

# Function words frequent in one language and rare in the other two (so "a", "o", "no", "de", "que", "en"
# are left out: they are shared). Counted over the whole document.
_MARKERS = {
    "en": frozenset("the of and to is was that for with on by it from has have are were this which be in at "
                    "said will after".split()),
    "es": frozenset("el los del las y una con es fue al lo su sus pero más también muy ya hay ha han "
                    "gobierno año".split()),
    "pt": frozenset("do da dos das em na uma não com pelo pela ao aos é foi são nos nas seu sua também mais "
                    "pelos pelas à então já governo ano nesta neste feira".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str:
    """'en', 'es' or 'pt': the language whose marker words are commonest in `text` (English when none are)."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall(text.lower()):
        for code, markers in _MARKERS.items():
            if word in markers:
                counts[code] += 1
    best = max(LANGUAGES, key=lambda code: (counts[code], code == "en"))
    return best if counts[best] else "en"


_MODULES = {"en": "timeline.extract.lexicon", "es": "timeline.extract.lexicon_es", "pt": "timeline.extract.lexicon_pt"}


def words(code: str) -> ModuleType:
    """The module holding a language's words (imported on first use)."""
    return importlib.import_module(_MODULES[code])


__all__ = ["LANGUAGES", "NAMES", "detect", "words"]
