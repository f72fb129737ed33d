"""Printable reports (PDF) drawn with QtGui from plain data; never imports widgets."""
