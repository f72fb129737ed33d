"""Allow `python -m reseau`."""

from reseau.cli.main import main

raise SystemExit(main())
