"""Named operations of the Organisations area."""

from __future__ import annotations

from reseau.core.outcome import Outcome
from reseau.services.organizations import records as organizations
from reseau.services.organizations.records import OrganizationChoice, OrganizationDetail, OrganizationInput
from reseau.ui.ops._words import tr
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp


def organization_choices(runner: OpRunner) -> QueryOp[list[OrganizationChoice]]:
    return QueryOp(runner, organizations.organization_choices)


def get_organization(runner: OpRunner, organization_id: int) -> QueryOp[OrganizationDetail]:
    return QueryOp(runner, lambda s: organizations.get_organization(s, organization_id))


def add_organization(runner: OpRunner, data: OrganizationInput) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner, lambda s: organizations.add_organization(s, data), description=tr("Ajouter %s") % data.name
    )


def update_organization(
    runner: OpRunner, organization_id: int, data: OrganizationInput, version: int
) -> CommandOp[Outcome[int]]:
    return CommandOp(
        runner,
        lambda s: organizations.update_organization(s, organization_id, data, version),
        description=tr("Modifier %s") % data.name,
    )
