"""Printed documents rendered with Qt (QtGui only: no widgets), from plain data."""
