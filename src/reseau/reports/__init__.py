"""Printable reports: charts (matplotlib, no Qt) and PDFs drawn with QtGui from plain data; no widgets."""
