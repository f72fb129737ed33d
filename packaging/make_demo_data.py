"""Turn the report's facts (../shared/reference/mission-2005.json) into the demo data file.

The output, ``src/reseau/data/demo_2005.json``, ships inside the package so that an installed
Réseau can load the demo without the source tree. It speaks the application's codes (enums),
not the report's words. Run it again when the reference file changes:

    python packaging/make_demo_data.py [path/to/mission-2005.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = (
    next(
        (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
        ROOT.parent / "shared",
    )
    / "reference"
    / "mission-2005.json"
)  # beside the checkout, or above a worktree
TARGET = ROOT / "src" / "reseau" / "data" / "demo_2005.json"

LEVELS = {
    "national": "national",
    "régional": "regional",
    "départemental": "departmental",
    "local": "local",
}
ASSESSMENTS = {
    "pleinement atteint": "fully",
    "grandement atteint": "largely",
    "partiellement atteint": "partially",
    "non atteint": "not_met",
    "pertinence validée": "relevance_confirmed",
}
EXCHANGE_STATUS = {"réalisé": "done"}
# The facts file's "note" fields are English reading aids; the demo shows French, as the app does.
# A note missing here fails loudly, so a new fact cannot slip in untranslated.
NOTES_FR = {
    "agenda too dense for substantive exchanges on research; contacts made for later collaboration": (
        "Programme trop chargé pour des échanges de fond sur la recherche ; "
        "contacts établis pour une collaboration ultérieure."
    ),
    "no activity targeted it; contacts made individually; a first internship (stage) in France "
    "was done by Réal Boisvert": (
        "Aucune activité ne le visait ; contacts établis individuellement ; "
        "un premier stage en France a été réalisé par Réal Boisvert."
    ),
    "thanked in the conclusion with Claude Bigot; organization not stated": (
        "Remercié dans la conclusion avec Claude Bigot ; organisation non précisée."
    ),
    "implements State family policy; 59.3 billion euros of legal benefits paid in 2004 to over "
    "10 million recipients": (
        "Met en œuvre la politique familiale de l'État ; 59,3 milliards d'euros de prestations "
        "légales versées en 2004 à plus de 10 millions d'allocataires."
    ),
    "run by the Conseil général": "Relève du Conseil général.",
    "example of a service designed with some user consultation": (
        "Exemple de service conçu en partie avec la consultation des usagers."
    ),
    "first stage in France after the mission; exact dates and host not stated": (
        "Premier stage en France après la mission ; dates et organisation d'accueil non précisées."
    ),
}


# The report names two partners by their short name; the organizations list by the full one.
# A partner found in neither fails loudly: the demo must hold every partner the report names.
PARTNER_NAMES = {
    "CAF de la Gironde": "Caisse d'allocations familiales de la Gironde",
    "CAF d'Ille-et-Vilaine": "Caisse d'allocations familiales d'Ille-et-Vilaine",
}
# A person the report names only by function (« l'adjointe au maire de Bordeaux ») is shown by
# that function, as the report does: no name is made up.
UNNAMED_FR = {"Mairie de Bordeaux": ("", "Adjointe au maire de Bordeaux")}
NOTES_FR["named only by her function"] = "Nommée dans le rapport par sa seule fonction."


def partner_organization(name: str, organizations: list[dict[str, str | None]]) -> str:
    """The full name of the organization a partner of the report is."""
    full = PARTNER_NAMES.get(name, name)
    for org in organizations:
        if full in (org["name"], org["acronym"]):
            return str(org["name"])
    raise KeyError(f"partner not among the organizations: {name}")


def french(note: str | None) -> str:
    return NOTES_FR[note] if note else ""


def _organization(raw: dict[str, str]) -> dict[str, str | None]:
    return {
        "name": raw["name"],
        "acronym": raw.get("acronym"),
        "country": raw["country"],
        "level": LEVELS.get(raw.get("level", "")),
        "sector": raw.get("sector"),
        "region": raw.get("region"),
        "department": raw.get("department"),
        "city": raw.get("city"),
        "parent": raw.get("parent"),
        "notes": french(raw.get("note")),
    }


def convert(facts: dict) -> dict:  # type: ignore[type-arg]
    organizations = [_organization(o) for o in facts["organizations"]]
    organizations += [_organization(o) for o in facts["actors_to_explore"] if "name" in o]
    coordinator = facts["mission"]["facts"]["coordinator"]
    persons = []
    for member in facts["quebec_delegation"]:
        name = f"{member['first']} {member['last']}"
        persons.append(
            {
                "first_name": member["first"],
                "last_name": member["last"],
                "title": member.get("title"),
                "organization": member["organization"],
                "country": "QC",
                "role": "coordinator" if name == coordinator else "delegate",
            }
        )
    for contact in facts["french_contacts"]:
        first, last = contact.get("first"), contact.get("last")
        if not last:
            first, last = UNNAMED_FR[contact["organization"]]
        persons.append(
            {
                "first_name": first,
                "last_name": last,
                "title": contact.get("title"),
                "organization": contact.get("organization"),
                "country": "FR",
                "role": "host",
                "notes": french(contact.get("note")),
            }
        )
    themes = [
        {"code": f"T{i:02d}", "kind": "follow_up", "title": title}
        for i, title in enumerate(facts["follow_up_themes"], start=1)
    ]
    themes += [
        {"code": r["code"], "kind": "recommendation", "title": r["text"]}
        for r in facts["prospective_recommendations"]
    ]
    mission = facts["mission"]
    stages = [
        {
            "intern": s["person"],
            "home": s["home"],
            "country_hosted": s["country_hosted"],
            "status": EXCHANGE_STATUS.get(s["status"], "done"),
            "note": french(s.get("note")),
        }
        for s in facts["known_stages"]
    ]
    return {
        "source": "INSPQ, Mission exploratoire « Le développement social local en France », 2006",
        "organizations": organizations,
        "persons": persons,
        "themes": themes,
        "mission": {
            "title": mission["title"],
            "start": mission["start"],
            "end": mission["end"],
            "organizer": mission["organizer"],
            "partners": mission["partners"],
            "partner_organizations": [partner_organization(p, organizations) for p in mission["partners"]],
            "cities": mission["cities_visited"],
            "objectives": [
                {
                    "code": o["code"],
                    "text": o["text"],
                    "assessment": ASSESSMENTS[o["assessment"]],
                    "evidence": french(o.get("note")),
                }
                for o in facts["objectives"]
            ],
        },
        "stages": stages,
        "agenda_rules": facts["next_mission_agenda_rules"],
        "acronyms": facts["acronyms"],
    }


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    facts = json.loads(source.read_text(encoding="utf-8"))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(convert(facts), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
