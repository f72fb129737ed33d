"""Entry point of the `reseau` command: the GUI by default, or a subcommand.

Each subcommand lives in its own module with ``register(subparsers)``; ``COMMANDS`` lists them.
Subcommands print a one-line summary, and exit non-zero with a clear message on error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reseau import __version__
from reseau.cli import (
    agenda_command,
    backup_command,
    demo_command,
    export_command,
    follow_ups_command,
    generate_command,
    import_command,
    report_command,
)
from reseau.cli.common import add_database_options
from reseau.core.errors import ReseauError
from reseau.core.files import restrict_new_files

COMMANDS = [
    demo_command,
    import_command,
    export_command,
    backup_command,
    follow_ups_command,
    agenda_command,
    report_command,
    generate_command,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reseau",
        description="Réseau : l'outil des échanges France-Québec en développement social.",
    )
    parser.add_argument("--version", action="version", version=f"Réseau {__version__}")
    add_database_options(parser, subcommand=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    restrict_new_files()  # personal data: whatever Réseau writes is its owner's only
    if args.command is None:
        from reseau.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(args)
    try:
        return int(args.handler(args))
    except ReseauError as exc:
        print(f"reseau {args.command} : {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"reseau {args.command} : {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
