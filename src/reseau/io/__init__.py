"""File formats (CSV, vCard, XLSX, ICS): plain data in and out; no sessions, no widgets."""
