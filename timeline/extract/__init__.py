"""Candidate events from news text: the text itself (`text`: header, sentences, dates), the words that report
an act (`lexicon`), finding candidates (`candidates`, reading with `reader` and its rules) and judging them against
the records (`verdicts`).
See docs/architecture.md and docs/extraction.md."""
