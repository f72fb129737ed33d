"""The yearly activity report ("Bilan annuel") as PDF, from :class:`AnnualReport` data."""

from __future__ import annotations

from pathlib import Path

from reseau.reports.chart_section import chart_html
from reseau.reports.pdf import PAGE_BREAK, bullets, empty, esc, grid, paragraphs, write_pdf
from reseau.services.annual_report import AnnualReport, ExchangeLine


def _summary(report: AnnualReport) -> str:
    if report.is_empty:
        return empty(
            f"Aucune activité enregistrée pour {report.year} : aucun échange, aucune entrée de journal "
            "et aucun nouveau contact. Les sections qui suivent sont vides."
        )
    ind = report.indicators
    by_kind = ind.exchanges_by_kind
    kinds = ", ".join(f"{n} {k}" for k, n in zip(by_kind.columns, by_kind.column_totals, strict=True))
    active = [t for t in report.themes if t.exchanges or t.entries or t.slots]
    items = [
        f"{len(report.exchanges)} échange(s) dans l'année" + (f" : {kinds}" if kinds else ""),
        f"{ind.objectives.total} objectif(s) suivis, dont {report.objectives_met} "
        "pleinement ou grandement atteint(s)",
        f"{report.entries} entrée(s) au journal ; {report.overdue_follow_ups} relance(s) en retard",
        f"{len(active)} thème(s) actifs sur {len(report.themes)}",
    ]
    items += [
        f"Nouveaux contacts, {c.side} : {len(c.persons)} personne(s), {len(c.organizations)} organisation(s)"
        for c in report.new_contacts
    ]
    return bullets(items)


THEME_HEADERS = ("Thème", "Statut", "Éch.", "Jour.", "Agenda", "France p./o.", "Québec p./o.", "Écarts")


def exchange_html(x: ExchangeLine) -> str:
    meta = " · ".join(p for p in (x.kind, x.status, x.dates, x.direction) if p)
    parts = [f"<h3>{esc(x.title)}</h3>", f'<p class="meta">{esc(meta)}</p>']
    if x.objectives:
        parts.append(
            grid(
                ("Code", "Objectif", "Évaluation", "Éléments probants"),
                ((o.code, o.text, o.assessment, o.evidence or "—") for o in x.objectives),
                (8, 47, 17, 28),
            )
        )
    else:
        parts.append(empty("Aucun objectif enregistré."))
    if x.outcome:
        parts.append("<p><b>Résultats :</b></p>" + paragraphs(x.outcome))
    return "".join(parts)


def annual_html(report: AnnualReport, images: dict[str, bytes]) -> str:
    year = report.year
    parts = [
        f"<h1>Bilan annuel {year}</h1>",
        f'<p class="meta">Réseau — échanges France-Québec en développement social · '
        f"produit le {report.today:%d/%m/%Y}</p>",
        "<h2>Sommaire</h2>",
        _summary(report),
        PAGE_BREAK,
        f"<h2>Indicateurs de l'année {year}</h2>",
        chart_html(report.indicators, images),
        PAGE_BREAK,
        "<h2>Les échanges de l'année, leurs objectifs et leur évaluation</h2>",
    ]
    if report.exchanges:
        parts += [exchange_html(x) for x in report.exchanges]
    else:
        parts.append(empty(f"Aucun échange n'a eu lieu en {year}."))
    parts.append("<h2>Les thèmes : activité et écarts</h2>")
    parts.append(
        '<p class="meta">Éch. : échanges de l\'année ; Jour. : entrées du journal ; Agenda : activités de '
        "programme ; p./o. : personnes / organisations liées au thème de chaque côté.</p>"
    )
    if report.themes:
        parts.append(
            grid(
                THEME_HEADERS,
                (
                    (
                        t.label,
                        t.status,
                        t.exchanges,
                        t.entries,
                        t.slots,
                        f"{t.persons_fr} / {t.organizations_fr}",
                        f"{t.persons_qc} / {t.organizations_qc}",
                        " ; ".join(t.gaps) or "—",
                    )
                    for t in report.themes
                ),
                (30, 9, 6, 6, 7, 9, 9, 24),
            )
        )
    else:
        parts.append(empty("Aucun thème n'est enregistré."))
    parts.append("<h2>Nouveaux contacts de l'année</h2>")
    for side in report.new_contacts:
        parts.append(f"<h3>{esc(side.side)}</h3>")
        if not side.persons and not side.organizations:
            parts.append(empty(f"Aucun nouveau contact en {year}."))
            continue
        for heading, names in (("Personnes", side.persons), ("Organisations", side.organizations)):
            parts.append(f"<p><b>{heading} ({len(names)}) :</b> {esc(', '.join(names) or '—')}</p>")
    return "".join(parts)


def write_annual_report(report: AnnualReport, path: Path) -> Path:
    images: dict[str, bytes] = {}
    body = annual_html(report, images)
    return write_pdf(path, f"Bilan annuel {report.year}", body, images)
