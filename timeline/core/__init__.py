"""The meaning of the records: state over time (`segments`), the questions asked of it (`query`), and the
dates and values they are written in (`dates`, `values`). Pure: no I/O, no clock. See docs/architecture.md."""
