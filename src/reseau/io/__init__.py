"""File formats (CSV, vCard, XLSX): bytes in, plain records out, and back. No sessions, no Qt."""
