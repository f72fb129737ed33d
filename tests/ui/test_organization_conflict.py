"""Two coordinators edit the same organization: the second save asks instead of overwriting."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from reseau.db.session import Database
from reseau.services.organizations import records as organizations
from reseau.services.organizations.records import OrganizationInput
from reseau.ui.context import AppContext
from reseau.ui.organizations.organization_dialog import OrganizationDialog
from reseau.ui.organizations.view import OrganizationsView
from reseau.ui.widgets.conflict_dialog import ConflictChoice, ConflictDialog

Wait = Callable[[AppContext], None]


@pytest.mark.parametrize(
    ("choice", "expected_city"), [(ConflictChoice.OVERWRITE, "Pessac"), (ConflictChoice.CANCEL, "Talence")]
)
def test_second_save_of_an_organization_asks(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    choice: ConflictChoice,
    expected_city: str,
) -> None:
    with database.begin() as s:
        org = organizations.add_organization(s, OrganizationInput(name="Ville de Pessac")).value
    view = OrganizationsView(context)
    qtbot.addWidget(view)
    wait_ops(context)

    def edit_while_someone_else_saves(
        cls: type, parent: object, choices: object, data: OrganizationInput, own_id: int | None = None
    ) -> OrganizationInput:
        # The colleague saves first, while this dialog is open.
        with database.begin() as s:
            theirs = organizations.get_organization(s, org)
            organizations.update_organization(
                s, org, dataclasses.replace(theirs.data, city="Talence"), theirs.version
            )
        return dataclasses.replace(data, city="Pessac")

    asked: list[str] = []
    monkeypatch.setattr(OrganizationDialog, "ask", classmethod(edit_while_someone_else_saves))
    monkeypatch.setattr(
        ConflictDialog, "ask", classmethod(lambda cls, parent, what, *rest: asked.append(what) or choice)
    )
    view.edit_id(org)
    wait_ops(context)
    assert asked == ["Ville de Pessac"]
    with database.begin() as s:
        assert organizations.get_organization(s, org).data.city == expected_city
