"""Issue 14.4 through the import wizard: Google's numbered type/value columns keep their types."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reseau.db.models import ContactPoint
from reseau.ui.context import AppContext
from reseau.ui.io.import_wizard import PAGE_MAPPING, PAGE_RESULT, ImportWizard


def test_the_wizard_maps_google_types_and_keeps_them(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "google.csv"
    path.write_text(
        "First Name,Last Name,Labels,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Address 1 - Type,Address 1 - City,Address 1 - Postal Code\n"
        "Ana,Lopes,* myContacts,* Home,ana@exemple.org,Work Fax,+33 1 23 45 67 89,Work,Bordeaux,33000\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    wait_ops(context)
    combos = wizard.currentPage().combos  # type: ignore[attr-defined]
    assert [c.currentData() for c in combos[3:]] == [
        "email#1.type",
        "email#1",
        "phone#1.type",
        "phone#1",
        "adr.g1.type",
        "adr.g1.city",
        "adr.g1.postal",
    ]
    assert combos[3].currentText() == "Courriel n°\u00a01\u00a0: type"
    while wizard.currentId() != PAGE_RESULT:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    with context.runner.database.begin() as session:
        points = {
            (p.kind, p.usage, str(p.address))
            for p in session.scalars(select(ContactPoint).where(ContactPoint.person_id.is_not(None)))
        }
    assert points == {
        ("email", "home", "None"),
        ("phone", "fax", "None"),
        ("address", "work", str({"city": "Bordeaux", "postal_code": "33000"})),
    }
