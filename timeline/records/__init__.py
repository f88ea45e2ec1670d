"""Record files: finding them (`files`), reading them strictly (`yamlread`), their format (`model`, `schema`),
checking them (`load`, `check`) and changing them safely (`write`, `yamltext`). See docs/architecture.md."""
