"""Regenerate docs/screenshots/pdf-*.png: one page of each PDF document, from the demo.

The demo (the 2005 mission and the 2027 draft) with the contact points of
tests/reports/demo_documents.py; each document is written to a temporary folder and the page
shown in the docs is rendered with pypdfium2 (``pip install pypdfium2``; not a dependency of
Réseau), at a small size, in 64 colours.

    python scripts/pdf_pages.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import pypdfium2  # noqa: E402

from reseau.db.open import open_sqlite  # noqa: E402
from reseau.reports.annual_pdf import write_annual_report  # noqa: E402
from reseau.reports.carnet import write_carnet  # noqa: E402
from reseau.reports.mission_pdf import write_delegate_files, write_mission_review  # noqa: E402
from reseau.reports.participants_pdf import participants_from, write_participants_pdf  # noqa: E402
from reseau.reports.person_report import write_person_pdf  # noqa: E402
from reseau.services.agenda.reading import check_mission, load_agenda  # noqa: E402
from reseau.services.indicators.annual_report import annual_report  # noqa: E402
from reseau.services.indicators.mission_review import delegate_briefs, mission_review  # noqa: E402
from reseau.services.io.export_contacts import ExportFilter, select_persons  # noqa: E402
from reseau.services.privacy.rights import export_person  # noqa: E402
from tests.reports.demo_documents import load_demo_documents  # noqa: E402

# (PDF written, page shown (0 = the first), PNG name)
PAGES = (
    ("carnet.pdf", 0, "pdf-carnet-cover.png"),
    ("carnet.pdf", 1, "pdf-carnet-programme.png"),
    ("carnet.pdf", 2, "pdf-carnet-hosts.png"),
    ("delegate.pdf", 1, "pdf-delegate-file.png"),
    ("mission.pdf", 1, "pdf-mission-review.png"),
    ("annual.pdf", 0, "pdf-annual-cover.png"),
    ("participants.pdf", 0, "pdf-participants.png"),
    ("person.pdf", 0, "pdf-person-export.png"),
)


def write_documents(folder: Path) -> None:
    database = open_sqlite(folder / "demo.db")
    with database.begin() as session:
        ids = load_demo_documents(session)
    with database.begin() as session:
        agenda = load_agenda(session, ids.draft)
        warnings = check_mission(session, ids.draft)
        review = mission_review(session, ids.mission_2005)
        briefs = delegate_briefs(session, ids.draft)
        annual = annual_report(session, 2005, date(2006, 1, 15))
        persons = select_persons(session, ExportFilter())
        export = export_person(session, ids.delegate)
    database.dispose()
    write_carnet(agenda, folder / "carnet.pdf", warnings)
    write_mission_review(review, folder / "mission.pdf")
    morel = next(b for b in briefs if b.person_id == ids.delegate)
    write_delegate_files((morel,), folder / "fiches")[0].rename(folder / "delegate.pdf")
    write_annual_report(annual, folder / "annual.pdf")
    write_participants_pdf(participants_from(persons), folder / "participants.pdf")
    write_person_pdf(export.data, export.name, folder / "person.pdf")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_documents(folder)
        for pdf, page, png in PAGES:
            image = pypdfium2.PdfDocument(folder / pdf)[page].render(scale=0.9).to_pil()
            image.convert("P", palette=1, colors=64).save(args.out / png, optimize=True)  # 1: ADAPTIVE
            print(args.out / png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
