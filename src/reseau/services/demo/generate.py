"""Fill a database with realistic fake persons, organizations and journal entries, fast.

Used to try Réseau at scale and by ``tests/benchmarks``: French and Québec names with accents,
hyphens and particles (de, du, Le...), functions, e-mails and E.164 phones. Rows go in with
bulk Core inserts (one executemany per table and batch), not through the ORM use cases, which
would validate every phone number one by one; the search triggers still index every row.
The same ``seed`` always gives the same data.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind, Country, FollowUpState, InteractionKind, OrgLevel
from reseau.core.normalize import fold
from reseau.core.outcome import Outcome
from reseau.db.models import ContactPoint, Interaction, Organization, Person
from reseau.db.models.links import interaction_persons

BATCH = 5000

FIRST_NAMES_FR = (
    "Jean",
    "Marie",
    "Éric",
    "Hélène",
    "Françoise",
    "Jérôme",
    "Anaïs",
    "Benoît",
    "Céline",
    "Gaëlle",
    "Jean-François",
    "Marie-Hélène",
    "Noël",
    "Loïc",
    "Agnès",
    "Clément",
    "Élodie",
    "Raphaël",
    "Mathilde",
    "Stéphane",
    "Aurélie",
    "Thérèse",
    "Hervé",
    "Joël",
    "Léa",
    "Zoé",
    "Frédéric",
    "Sébastien",
    "Émilie",
    "Anne-Sophie",
    "Pierre-Yves",
    "Océane",
    "Maël",
    "Inès",
)
FIRST_NAMES_QC = (
    "Sylvie",
    "Réjean",
    "Ginette",
    "Gaétan",
    "Josée",
    "Mélanie",
    "Marc-André",
    "Geneviève",
    "Éloïse",
    "Félix",
    "Chloé",
    "Jérémie",
    "Mathieu",
    "Andrée-Anne",
    "Maxime",
    "Nathalie",
    "Louis-Philippe",
    "Valérie",
    "Réal",
    "Guylaine",
    "Yves",
    "Francine",
    "Émile",
    "Rosalie",
    "Danielle",
    "Étienne",
    "Lucie",
    "Pierre-Luc",
    "Marie-Ève",
    "Benoit",
    "Karine",
    "Jacinthe",
)
LAST_NAMES_FR = (
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Mercier",
    "Girard",
    "Bonnet",
    "Faure",
    "André",
    "Lemaire",
    "Rousseau",
    "Fontaine",
    "Chevalier",
    "Gauthier",
    "Perrin",
    "Moreau",
    "Lefebvre",
    "de La Fontaine",
    "du Pont",
    "Le Goff",
    "Le Gall",
    "d'Aubigné",
    "de Saint-Exupéry",
    "Brûlé",
    "Ménard",
    "Lévêque",
    "Després",
    "Gaillard-Roux",
    "Besnard",
    "Prévost",
    "Le Bihan",
    "Hébrard",
)
LAST_NAMES_QC = (
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gauthier",
    "Morin",
    "Lavoie",
    "Fortin",
    "Gagné",
    "Ouellet",
    "Pelletier",
    "Bélanger",
    "Lévesque",
    "Bergeron",
    "Leblanc",
    "Paquette",
    "Girard",
    "Simard",
    "Boucher",
    "Caron",
    "Beaulieu",
    "Cloutier",
    "Dubé",
    "Poirier",
    "Fournier",
    "Massé",
    "St-Amand",
    "Saint-Pierre",
    "Després-Lacasse",
    "Thériault",
    "Létourneau",
    "Gélinas",
    "Brassard-Côté",
    "Pâquet",
    "Hébert",
    "Lemieux",
    "Ouimet",
    "D'Amours",
    "Deschênes",
    "Bédard",
)
FUNCTIONS = (
    "Directrice générale",
    "Directeur général",
    "Chargée de projet",
    "Chargé de mission",
    "Organisatrice communautaire",
    "Organisateur communautaire",
    "Agente de développement",
    "Conseiller en développement social",
    "Coordonnatrice",
    "Coordonnateur régional",
    "Maire",
    "Mairesse",
    "Conseillère municipale",
    "Adjoint au maire",
    "Élue départementale",
    "Chercheuse",
    "Professeur-chercheur",
    "Travailleuse sociale",
    "Intervenant de milieu",
    "Responsable des partenariats",
    "Analyste de politiques",
    "Directrice de santé publique",
)
ORG_KINDS_FR = (
    ("Centre communal d'action sociale de {p}", "CCAS", OrgLevel.LOCAL),
    ("Mairie de {p}", "", OrgLevel.LOCAL),
    ("Conseil départemental {d}", "CD", OrgLevel.DEPARTMENTAL),
    ("Caisse d'allocations familiales {d}", "CAF", OrgLevel.DEPARTMENTAL),
    ("Agence régionale de santé {r}", "ARS", OrgLevel.REGIONAL),
    ("Maison de quartier {q}", "", OrgLevel.LOCAL),
    ("Association Réseau d'entraide de {p}", "", OrgLevel.LOCAL),
)
ORG_KINDS_QC = (
    ("CLSC de {p}", "CLSC", OrgLevel.LOCAL),
    ("Centre intégré de santé et de services sociaux {r}", "CISSS", OrgLevel.REGIONAL),
    ("Ville de {p}", "", OrgLevel.LOCAL),
    ("Corporation de développement communautaire de {p}", "CDC", OrgLevel.LOCAL),
    ("Table de concertation en sécurité alimentaire de {p}", "", OrgLevel.LOCAL),
    ("Direction régionale de santé publique {r}", "DRSP", OrgLevel.REGIONAL),
    ("Carrefour jeunesse-emploi de {p}", "CJE", OrgLevel.LOCAL),
)
PLACES_FR = (
    "Saint-Étienne",
    "Bordeaux",
    "Lyon",
    "Nantes",
    "Besançon",
    "Pessac",
    "Vénissieux",
    "Orléans",
    "Mérignac",
    "Le Havre",
    "Angoulême",
    "Évry-Courcouronnes",
    "Châteauroux",
    "Nîmes",
    "Rennes",
)
DEPARTMENTS = ("de la Gironde", "du Rhône", "de la Loire", "de l'Hérault", "des Côtes-d'Armor", "du Doubs")
REGIONS_FR = ("de Nouvelle-Aquitaine", "d'Auvergne-Rhône-Alpes", "de Bretagne", "d'Occitanie")
PLACES_QC = (
    "Rimouski",
    "Trois-Rivières",
    "Québec",
    "Montréal",
    "Saint-Jérôme",
    "Lévis",
    "Sherbrooke",
    "Chicoutimi",
    "Val-d'Or",
    "Gaspé",
    "Rouyn-Noranda",
    "Saint-Hyacinthe",
    "Baie-Comeau",
    "Joliette",
)
REGIONS_QC = ("du Bas-Saint-Laurent", "de la Montérégie-Est", "de l'Estrie", "de la Capitale-Nationale")
QUARTERS = ("des Chartrons", "de la Croix-Rousse", "Bellevue", "du Vieux-Lille", "Saint-Michel")
TOPICS = (
    "sécurité alimentaire",
    "logement social",
    "participation citoyenne",
    "santé mentale",
    "développement des communautés",
    "petite enfance",
    "vieillissement actif",
    "insertion des jeunes",
    "revitalisation urbaine intégrée",
    "lutte contre la pauvreté",
    "mobilité en milieu rural",
)
SUMMARIES = (
    "Rencontre avec {n} au sujet de {t} ; suite à donner avant l'automne.",
    "Appel de {n} : préparation de la mission d'échange sur {t}.",
    "Courriel de {n} avec le compte rendu de l'atelier « {t} ».",
    "Visite du projet de {t} à {p} avec {n}.",
    "Présentation de {n} au séminaire sur {t} ; très bon accueil.",
)
QC_AREA_CODES = ("418", "514", "450", "819", "581", "438", "579", "873")


@dataclass(frozen=True)
class GenerateSummary:
    persons: int
    organizations: int
    interactions: int


def _email_part(text: str) -> str:
    return fold(text).replace(" ", "")


def _phone(rng: random.Random, country: Country) -> str:
    if country == Country.FRANCE:
        return f"+33{rng.choice('12345')}{rng.randrange(10_000_000, 100_000_000)}"
    return f"+1{rng.choice(QC_AREA_CODES)}{rng.randrange(200, 1000)}{rng.randrange(0, 10_000):04d}"


def _organizations(rng: random.Random, count: int, now: datetime) -> Iterator[dict[str, Any]]:
    for index in range(count):
        france = index % 2 == 0
        pattern, acronym, level = rng.choice(ORG_KINDS_FR if france else ORG_KINDS_QC)
        place = rng.choice(PLACES_FR if france else PLACES_QC)
        name = pattern.format(
            p=place,
            d=rng.choice(DEPARTMENTS),
            r=rng.choice(REGIONS_FR if france else REGIONS_QC),
            q=rng.choice(QUARTERS),
        )
        if index >= len(PLACES_FR) * 2:  # many organizations share a pattern: number them
            name = f"{name} ({index // 7 + 1})"
        yield {
            "name": name,
            "name_key": fold(name),
            "acronym": acronym or None,
            "country": Country.FRANCE if france else Country.QUEBEC,
            "level": level,
            "sector": rng.choice(TOPICS),
            "city": place,
            "notes": "",
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }


def _insert(session: Session, table: Any, rows: Iterator[dict[str, Any]]) -> int:
    """Insert ``rows`` by batches of BATCH, one executemany each. On PostgreSQL with RETURNING,
    which SQLAlchemy sends as multi-row INSERTs of 1,000 rows ("insertmanyvalues"): the
    statement-level search triggers (migration 0016) then index 1,000 rows at once instead of
    running once per row (5,000 persons: 21 s that way, 4 s so)."""
    statement = insert(table)
    if session.get_bind().dialect.name != "sqlite":
        statement = statement.returning(*table.primary_key.columns)
    total = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            session.execute(statement, batch)
            total += len(batch)
            batch = []
    if batch:
        session.execute(statement, batch)
        total += len(batch)
    return total


def generate(
    session: Session, persons: int, organizations: int, entries: int, seed: int = 2005
) -> Outcome[GenerateSummary]:
    """Add ``persons`` persons (each with an e-mail and a phone, most in an organization),
    ``organizations`` organizations and ``entries`` journal entries naming one or two persons."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    first_org = (session.scalar(select(func.max(Organization.id))) or 0) + 1
    first_person = (session.scalar(select(func.max(Person.id))) or 0) + 1
    first_entry = (session.scalar(select(func.max(Interaction.id))) or 0) + 1
    _insert(session, Organization.__table__, _organizations(rng, organizations, now))

    def person_rows() -> Iterator[dict[str, Any]]:
        for index in range(persons):
            country = Country.FRANCE if rng.random() < 0.5 else Country.QUEBEC
            france = country == Country.FRANCE
            first = rng.choice(FIRST_NAMES_FR if france else FIRST_NAMES_QC)
            last = rng.choice(LAST_NAMES_FR if france else LAST_NAMES_QC)
            if rng.random() < 0.08:  # compound surnames are common in Québec
                last = f"{last}-{rng.choice(LAST_NAMES_QC)}"
            org = None
            if organizations > 1 and rng.random() < 0.9:  # even organizations are French
                org = first_org + min(
                    2 * rng.randrange(organizations // 2) + (0 if france else 1), organizations - 1
                )
            yield {
                "id": first_person + index,
                "first_name": first,
                "last_name": last,
                "name_key": fold(f"{last} {first}"),
                "title": rng.choice(FUNCTIONS),
                "organization_id": org,
                "country": country,
                "sectors": [rng.choice(TOPICS)],
                "roles": [],
                "languages": ["fr"],
                "notes": f"Intéressé·e par {rng.choice(TOPICS)}." if rng.random() < 0.3 else "",
                "source": "Généré (essai de charge)",
                "consent_basis": "",
                "do_not_contact": rng.random() < 0.02,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }

    def contact_rows() -> Iterator[dict[str, Any]]:
        # Drawn again from the person's id so that e-mails match names without keeping them all.
        for person_id, first, last, country in session.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.country)
            .where(Person.id >= first_person)
            .order_by(Person.id)  # the same rows on every backend: the draws follow this order
        ).all():
            domain = "exemple.fr" if country == Country.FRANCE else "exemple.qc.ca"
            email = f"{_email_part(first)}.{_email_part(last)}{person_id}@{domain}"
            for kind, value, key in (
                (ContactKind.EMAIL, email, email),
                (ContactKind.PHONE, _phone(rng, Country(country)), None),
            ):
                yield {
                    "person_id": person_id,
                    "kind": kind,
                    "label": "Travail",
                    "value": value,
                    "normalized": key or value,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }

    created_persons = _insert(session, Person.__table__, person_rows())
    _insert(session, ContactPoint.__table__, contact_rows())

    def entry_rows() -> Iterator[dict[str, Any]]:
        start = date(2005, 1, 1)
        for index in range(entries):
            occurred = start + timedelta(days=rng.randrange(0, 7300))
            follow = rng.random() < 0.2
            yield {
                "id": first_entry + index,
                "occurred_on": occurred,
                "kind": rng.choice(list(InteractionKind)),
                "summary": rng.choice(SUMMARIES).format(
                    n=f"{rng.choice(FIRST_NAMES_QC)} {rng.choice(LAST_NAMES_QC)}",
                    t=rng.choice(TOPICS),
                    p=rng.choice(PLACES_QC + PLACES_FR),
                ),
                "follow_up_on": occurred + timedelta(days=30) if follow else None,
                "follow_up_state": FollowUpState.OPEN if follow else FollowUpState.NONE,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }

    def link_rows() -> Iterator[dict[str, Any]]:
        for index in range(entries if created_persons else 0):
            for offset in {rng.randrange(created_persons) for _ in range(rng.choice((1, 1, 2)))}:
                yield {"interaction_id": first_entry + index, "person_id": first_person + offset}

    created_entries = _insert(session, Interaction.__table__, entry_rows())
    _insert(session, interaction_persons, link_rows())
    summary = GenerateSummary(created_persons, organizations, created_entries)
    return Outcome(summary, Changes(persons=True, organizations=True, interactions=True))
