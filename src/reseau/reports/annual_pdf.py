"""The yearly activity report ("Bilan annuel") as PDF, from :class:`AnnualReport` data.

Fixed text goes through ``QCoreApplication.translate("AnnualReport", …)`` (``_t``): English when
the UI runs in English, French on the command line. Counts are sentences with ``%n`` so that the
English catalog can say "1 exchange" / "3 exchanges".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reseau.core.labels import label
from reseau.reports.chart_section import chart_html
from reseau.reports.pdf import PAGE_BREAK, bullets, empty, esc, grid, paragraphs, write_pdf
from reseau.reports.words import fmt_date, language, say, typeset
from reseau.services.indicators.annual_report import AnnualReport, ExchangeLine


def tr(text: str) -> str:
    return typeset(QCoreApplication.translate("AnnualReport", text))


def _fill(text: str, *values: object) -> str:
    """``%1``, ``%2``… replaced in order (Qt's convention, which translators know)."""
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


def _dates(x: ExchangeLine) -> str:
    if x.start is None:
        return tr("dates à préciser")
    if x.end is None or x.end == x.start:
        return fmt_date(x.start)
    return _fill(tr("du %1 au %2"), fmt_date(x.start), fmt_date(x.end))


def _summary(report: AnnualReport) -> str:
    if report.is_empty:
        return empty(
            _fill(
                tr(
                    "Aucune activité enregistrée pour %1 : aucun échange, aucune entrée de journal "
                    "et aucun nouveau contact. Les sections qui suivent sont vides."
                ),
                report.year,
            )
        )
    ind = report.indicators
    by_kind = ind.exchanges_by_kind
    kinds = ", ".join(f"{n} {k}" for k, n in zip(by_kind.columns, by_kind.column_totals, strict=True))
    active = [t for t in report.themes if t.exchanges or t.entries or t.slots]
    count = len(report.exchanges)
    exchanges = (
        _fill(tr("%1 échange(s) dans l'année : %2"), count, kinds)
        if kinds
        else _fill(tr("%1 échange(s) dans l'année"), count)
    )
    items = [
        exchanges,
        _fill(
            tr("%1 objectif(s) suivis, dont %2 pleinement ou grandement atteint(s)"),
            ind.objectives.total,
            report.objectives_met,
        ),
        _fill(
            tr("%1 entrée(s) au journal ; %2 relance(s) en retard"),
            report.entries,
            report.overdue_follow_ups,
        ),
        _fill(tr("%1 thème(s) actifs sur %2"), len(active), len(report.themes)),
    ]
    items += [
        _fill(
            tr("Nouveaux contacts, %1 : %2 personne(s), %3 organisation(s)"),
            c.side,
            len(c.persons),
            len(c.organizations),
        )
        for c in report.new_contacts
    ]
    return bullets(items)


def theme_headers() -> tuple[str, ...]:
    return (
        tr("Thème"),
        tr("Statut"),
        tr("Éch."),
        tr("Jour."),
        tr("Agenda"),
        tr("France p./o."),
        tr("Québec p./o."),
        tr("Écarts"),
    )


def exchange_html(x: ExchangeLine) -> str:
    meta = " · ".join(p for p in (x.kind, x.status, _dates(x), x.direction) if p)
    parts = [f"<h3>{esc(x.title)}</h3>", f'<p class="meta">{esc(meta)}</p>']
    if x.objectives:
        parts.append(
            grid(
                (tr("Code"), tr("Objectif"), tr("Évaluation"), tr("Éléments probants")),
                ((o.code, o.text, label(o.assessment, language()), o.evidence or "—") for o in x.objectives),
                (8, 47, 17, 28),
            )
        )
    else:
        parts.append(empty(tr("Aucun objectif enregistré.")))
    if x.outcome:
        parts.append("<p><b>" + esc(tr("Résultats :")) + "</b></p>" + paragraphs(x.outcome))
    return "".join(parts)


def title(year: int) -> str:
    return _fill(tr("Bilan annuel %1"), year)


def annual_html(report: AnnualReport, images: dict[str, bytes]) -> str:
    year = report.year
    parts = [
        f"<h1>{esc(title(year))}</h1>",
        '<p class="meta">'
        + esc(
            _fill(
                tr("Réseau — échanges France-Québec en développement social · produit le %1"),
                fmt_date(report.today),
            )
        )
        + "</p>",
        "<h2>" + esc(tr("Sommaire")) + "</h2>",
        _summary(report),
        PAGE_BREAK,
        "<h2>" + esc(_fill(tr("Indicateurs de l'année %1"), year)) + "</h2>",
        chart_html(report.indicators, images),
        PAGE_BREAK,
        "<h2>" + esc(tr("Les échanges de l'année, leurs objectifs et leur évaluation")) + "</h2>",
    ]
    if report.exchanges:
        parts += [exchange_html(x) for x in report.exchanges]
    else:
        parts.append(empty(_fill(tr("Aucun échange n'a eu lieu en %1."), year)))
    parts.append("<h2>" + esc(tr("Les thèmes : activité et écarts")) + "</h2>")
    parts.append(
        '<p class="meta">'
        + esc(
            tr(
                "Éch. : échanges de l'année ; Jour. : entrées du journal ; Agenda : activités de "
                "programme ; p./o. : personnes / organisations liées au thème de chaque côté."
            )
        )
        + "</p>"
    )
    if report.themes:
        parts.append(
            grid(
                theme_headers(),
                (
                    (
                        t.label,
                        t.status,
                        t.exchanges,
                        t.entries,
                        t.slots,
                        f"{t.persons_fr} / {t.organizations_fr}",
                        f"{t.persons_qc} / {t.organizations_qc}",
                        " ; ".join(say(g) for g in t.gaps) or "—",
                    )
                    for t in report.themes
                ),
                (30, 9, 6, 6, 7, 9, 9, 24),
            )
        )
    else:
        parts.append(empty(tr("Aucun thème n'est enregistré.")))
    parts.append("<h2>" + esc(tr("Nouveaux contacts de l'année")) + "</h2>")
    for side in report.new_contacts:
        parts.append(f"<h3>{esc(side.side)}</h3>")
        if not side.persons and not side.organizations:
            parts.append(empty(_fill(tr("Aucun nouveau contact en %1."), year)))
            continue
        for heading, names in ((tr("Personnes"), side.persons), (tr("Organisations"), side.organizations)):
            parts.append(
                "<p><b>" + esc(_fill(tr("%1 (%2) :"), heading, len(names))) + "</b> "
                f"{esc(', '.join(names) or '—')}</p>"
            )
    return "".join(parts)


def write_annual_report(report: AnnualReport, path: Path) -> Path:
    images: dict[str, bytes] = {}
    body = annual_html(report, images)
    return write_pdf(path, title(report.year), body, images)
