"""Answers for people and other tools: text and the listing formats (`text`, `formats`), extraction's output
(`extract`), the HTML chart (`chart`) and the exports (`export`). See docs/architecture.md."""
