"""Charts (matplotlib, no Qt) and PDF reports (QtGui only, plain data in) built from the services."""
