"""Printable reports (PDF) built with QtGui only: QTextDocument and QPdfWriter."""
