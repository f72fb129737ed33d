"""The demo (the 2005 mission and the 2027 draft) with the contact points a real database holds:
a host's phone, e-mail and postal address in parts, a speaker's and a delegate's phone and e-mail.
The PDF tests and the documentation's pictures render every document from it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind
from reseau.db.models import ContactPoint, Exchange, Organization, Person
from reseau.services.demo.agenda import MISSION_TITLE
from reseau.services.demo.load import load_demo

HOST = "Caisse nationale des allocations familiales"
HOST_PHONE = "+33 1 45 65 52 52"
HOST_EMAIL = "accueil@cnaf.exemple.fr"
HOST_ADDRESS = PostalAddress(
    street="32 avenue de la Sibelle", city="Paris", postal_code="75014", country="France"
)
SPEAKER = ("Claude", "Bigot")
SPEAKER_PHONE = "+33 1 45 65 52 10"
DELEGATE = ("Michel", "Morel")
DELEGATE_EMAIL = "michel.morel@exemple.qc.ca"
DELEGATE_PHONE = "+1 819 555 0142"


@dataclass(frozen=True)
class DemoIds:
    draft: int  # the 2027 draft mission: its agenda has every check to show
    mission_2005: int
    delegate: int


def _point(kind: ContactKind, value: str, normalized: str = "", **owner: int) -> ContactPoint:
    return ContactPoint(kind=kind, value=value, normalized=normalized or value, label="Travail", **owner)


def _person(session: Session, first: str, last: str) -> Person:
    return session.scalars(select(Person).where(Person.first_name == first, Person.last_name == last)).one()


def load_demo_documents(session: Session) -> DemoIds:
    load_demo(session)
    host = session.scalars(select(Organization).where(Organization.name == HOST)).one()
    address = _point(ContactKind.ADDRESS, HOST_ADDRESS.formatted(), organization_id=host.id)
    address.address = HOST_ADDRESS.to_json()
    speaker, delegate = _person(session, *SPEAKER), _person(session, *DELEGATE)
    session.add_all(
        [
            _point(ContactKind.PHONE, HOST_PHONE, HOST_PHONE.replace(" ", ""), organization_id=host.id),
            _point(ContactKind.EMAIL, HOST_EMAIL, organization_id=host.id),
            address,
            _point(ContactKind.PHONE, SPEAKER_PHONE, SPEAKER_PHONE.replace(" ", ""), person_id=speaker.id),
            _point(ContactKind.EMAIL, DELEGATE_EMAIL, person_id=delegate.id),
            _point(ContactKind.PHONE, DELEGATE_PHONE, DELEGATE_PHONE.replace(" ", ""), person_id=delegate.id),
        ]
    )
    session.flush()
    exchanges = list(session.scalars(select(Exchange).order_by(Exchange.id)))
    draft = next(x.id for x in exchanges if x.title == MISSION_TITLE)
    old = next(x.id for x in exchanges if x.start_date is not None and x.start_date.year == 2005)
    return DemoIds(draft=draft, mission_2005=old, delegate=delegate.id)
