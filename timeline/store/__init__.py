"""The cache of validated records: where it lives and how big it grows (`location`), whether it is fresh and
what it says (`cache`). It stores what the core computed and looks answers up. See docs/architecture.md."""
