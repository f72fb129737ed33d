"""Import wizard, export dialog and duplicates tool (issue 6)."""
