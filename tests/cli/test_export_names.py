"""`reseau export --organization/--theme` names records through a service, not ORM queries in
the command: unknown names are said, known ones filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from reseau.cli.main import main
from reseau.core.errors import ReseauError
from reseau.db.session import Database
from reseau.services.io.export_names import organization_ids, theme_ids


def test_unknown_organization_is_said(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_database.engine.url.database)
    code = main(
        ["--db", db, "export", "contacts", "--organization", "Nulle part", "-o", str(tmp_path / "x.csv")]
    )
    assert code != 0
    assert "Nulle part" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_names_give_ids(demo_database: Database) -> None:
    with demo_database.begin() as session:
        assert organization_ids(session, "Mairie de Bordeaux")
        with pytest.raises(ReseauError, match="introuvable"):
            theme_ids(session, "ZZ99")
