"""Optimistic locking over the whole record, not just its own row.

``version_id_col`` (see :class:`reseau.db.base.Audited`) only guards the row that is UPDATEd.
Saving a person whose only change is an e-mail rewrites ``contact_point`` rows and never
touches ``person``: without more, the second of two editors silently overwrites the first. A
``before_flush`` listener, active on every session, therefore bumps the *owning record* (the
aggregate root) whenever one of its parts changes:

- child rows (:data:`CHILD_OWNERS`): a contact point bumps its person or organization; a
  participant, a partner organization or an objective bumps its exchange;
- link rows (:data:`LINK_OWNERS`): adding or removing a row of ``person_tag``, ``person_theme``,
  ``exchange_theme``, ``interaction_person``, ``agenda_slot_speaker``… bumps each end that
  owns the link (a person's themes are part of the person and of the theme).

Bumping means an ``UPDATE owner SET updated_at = …, version = version + 1 WHERE id = … AND
version = <read>``: a stale writer gets ``StaleDataError`` (the services turn it into
``ConflictError``), and on PostgreSQL the row lock orders two concurrent writers. A record is
bumped at most once per transaction: the first UPDATE already holds the lock and checked the
version.

A new child table or link table is one line in these maps (``tests/db/test_aggregates.py``
checks that every table hanging off an aggregate is listed or explicitly left out).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.orm.base import PassiveFlag

from reseau.db.base import Audited, utcnow
from reseau.db.models import (
    AgendaSlot,
    ContactPoint,
    Exchange,
    ExchangeObjective,
    ExchangeOrganization,
    ExchangeParticipant,
    Interaction,
    Organization,
    Person,
    Theme,
)

# Child model -> (foreign-key attribute, relationship attribute, owner model): the owner's
# version covers the child. The relationship catches a child attached before its key is set.
CHILD_OWNERS: dict[type[Any], tuple[tuple[str, str, type[Any]], ...]] = {
    ContactPoint: (("person_id", "person", Person), ("organization_id", "organization", Organization)),
    ExchangeParticipant: (("exchange_id", "exchange", Exchange),),
    ExchangeOrganization: (("exchange_id", "exchange", Exchange),),
    ExchangeObjective: (("exchange_id", "exchange", Exchange),),
}

# Link table -> the models whose version covers its rows (either end may be listed).
LINK_OWNERS: dict[str, tuple[type[Any], ...]] = {
    "person_tag": (Person,),
    "organization_tag": (Organization,),
    "person_theme": (Person, Theme),
    "organization_theme": (Organization, Theme),
    "exchange_theme": (Exchange, Theme),
    "interaction_person": (Interaction,),
    "interaction_organization": (Interaction,),
    "interaction_theme": (Interaction,),
    "agenda_slot_speaker": (AgendaSlot,),
    "agenda_slot_attendee": (AgendaSlot,),
    "agenda_slot_theme": (AgendaSlot,),
}

# The records whose version covers their parts.
ROOTS: tuple[type[Any], ...] = (Person, Organization, Exchange, Theme, Interaction, AgendaSlot)

# Tables that hang off a record but are deliberately not part of its version: they are written
# by their own actions, which never rewrite the owner (a status change writes the exchange
# itself; an attachment or a slot is its own record with its own version; the agenda's check
# settings, a follow-up or a "not a duplicate" mark are not what the edit dialogs save).
NOT_COVERED = frozenset(
    {
        "exchange_status_change",
        "attachment",
        "agenda_check_ack",
        "agenda_settings",
        "person_follow_up",
        "not_duplicate",
    }
)

_BUMPED = "reseau_bumped_versions"
# Never load a collection or a related record just to look at it: what was not loaded was not
# changed through it (changes to an unloaded collection are pending mutations, included here).
_PASSIVE = PassiveFlag.PASSIVE_NO_INITIALIZE | PassiveFlag.INCLUDE_PENDING_MUTATIONS


class _Plan:
    """What to look at on one model: its owned link relationships and its collections of parts."""

    def __init__(self, model: type[Any]) -> None:
        self.links: list[tuple[str, tuple[type[Any], ...]]] = []
        self.parts: list[str] = []
        for relationship in inspect(model).relationships:
            secondary = relationship.secondary
            name = getattr(secondary, "name", None)
            if secondary is not None and name in LINK_OWNERS:
                self.links.append((relationship.key, LINK_OWNERS[name]))
            elif secondary is None and relationship.mapper.class_ in CHILD_OWNERS:
                self.parts.append(relationship.key)


_PLANS: dict[type[Any], _Plan] = {}


def _plan(model: type[Any]) -> _Plan:
    plan = _PLANS.get(model)
    if plan is None:
        plan = _PLANS[model] = _Plan(model)
    return plan


class _Bumper:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.deleted = session.deleted  # an IdentitySet built on each access: once per flush
        self.bumped: set[tuple[type[Any], Any]] = session.info.setdefault(_BUMPED, set())

    def bump(self, owner: Any) -> None:
        state = inspect(owner)
        if not state.persistent or owner in self.deleted:
            return  # a new owner is inserted anyway; a deleted one takes its parts with it
        key = (type(owner), state.identity)
        if key in self.bumped:
            return
        self.bumped.add(key)
        # A changed column makes the ORM emit the versioned UPDATE even when nothing else did.
        owner.updated_at = utcnow()

    def child(self, child: Any) -> None:
        for key_attribute, relation, model in CHILD_OWNERS[type(child)]:
            for owner in get_history(child, relation, _PASSIVE).sum():
                if owner is not None:
                    self.bump(owner)
            history = get_history(child, key_attribute, _PASSIVE)
            for ident in {*history.added, *history.unchanged, *history.deleted}:
                if ident is not None:
                    owner = self.session.get(model, ident)
                    if owner is not None:
                        self.bump(owner)

    def record(self, obj: Any, new: bool) -> None:
        plan = _plan(type(obj))
        if not new and self.session.is_modified(obj, include_collections=False):
            # Its own columns changed: this flush's UPDATE checks and moves the version already.
            self.bumped.add((type(obj), inspect(obj).identity))
        for key, owners in plan.links:
            history = get_history(obj, key, _PASSIVE)
            if not history.has_changes():
                continue
            for end in (obj, *history.added, *history.deleted):
                if isinstance(end, owners):
                    self.bump(end)
        if not new:
            for key in plan.parts:
                if get_history(obj, key, _PASSIVE).has_changes():
                    self.bump(obj)
                    break


def bump_owners(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """``before_flush``: bump the owner of every changed part (see the module docstring)."""
    bumper = _Bumper(session)
    with session.no_autoflush:
        for obj in list(session.deleted):
            if type(obj) in CHILD_OWNERS:
                bumper.child(obj)
        for new, objects in ((True, list(session.new)), (False, list(session.dirty))):
            for obj in objects:
                if type(obj) in CHILD_OWNERS:
                    bumper.child(obj)
                if isinstance(obj, Audited) and obj not in bumper.deleted:
                    bumper.record(obj, new)


def _forget_bumps(session: Session, transaction: SessionTransaction) -> None:
    # Every flush runs in a subtransaction that ends here too: only the real transaction (or a
    # savepoint, which may roll back a bump) ends the "once per transaction" rule.
    if transaction.parent is None or transaction.nested:
        session.info.pop(_BUMPED, None)


def install() -> None:
    """Listen on every Session (idempotent); ``reseau.db.models`` users get it on import."""
    if not event.contains(Session, "before_flush", bump_owners):
        event.listen(Session, "before_flush", bump_owners)
        event.listen(Session, "after_transaction_end", _forget_bumps)


install()
