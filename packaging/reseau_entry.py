"""Entry point frozen by PyInstaller (packaging/reseau.spec): the `reseau` command itself."""

import sys

from reseau.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
