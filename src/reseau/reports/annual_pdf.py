"""The yearly activity report ("Bilan annuel") as PDF, from :class:`AnnualReport` data.

Fixed text goes through ``QCoreApplication.translate("AnnualReport", …)`` (``_t``): English when
the UI runs in English, French on the command line. Counts are sentences with ``%n`` so that the
English catalog can say "1 exchange" / "3 exchanges".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reseau.core.labels import label
from reseau.reports.chart_section import chart_story
from reseau.reports.charts import CHARTS
from reseau.reports.typeset import Markup, Running, Story, esc, write_story
from reseau.reports.words import fmt_date, language, page_words, say, typeset
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


def _summary(story: Story, report: AnnualReport) -> None:
    if report.is_empty:
        story.paragraph(
            _fill(
                tr(
                    "Aucune activité enregistrée pour %1 : aucun échange, aucune entrée de journal "
                    "et aucun nouveau contact. Les sections qui suivent sont vides."
                ),
                report.year,
            ),
            "empty",
        )
        return
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
    story.bullets(items)


def theme_headers() -> tuple[str, ...]:
    return (
        tr("Thème et statut"),
        tr("Éch. / Jour. / Agenda"),
        tr("France p./o."),
        tr("Québec p./o."),
        tr("Écarts"),
    )


def exchange_story(story: Story, x: ExchangeLine) -> None:
    meta = " · ".join(p for p in (x.kind, x.status, _dates(x), x.direction) if p)
    story.heading(x.title, 2)
    story.paragraph(meta, "meta")
    if x.objectives:
        story.table(
            (tr("Objectif"), tr("Évaluation"), tr("Éléments probants")),
            (
                (
                    Markup(f"<b>{esc(o.code)}</b> {esc(o.text)}" if o.code else esc(o.text)),
                    label(o.assessment, language()),
                    o.evidence or "—",
                )
                for o in x.objectives
            ),
            (0.5, 0.18, 0.32),
        )
    else:
        story.paragraph(tr("Aucun objectif enregistré."), "empty")
    if x.outcome:
        story.paragraph(Markup(f"<b>{esc(tr('Résultats :'))}</b>"))
        story.paragraphs(x.outcome)


def title(year: int) -> str:
    return _fill(tr("Bilan annuel %1"), year)


def _themes(story: Story, report: AnnualReport) -> None:
    story.heading(tr("Les thèmes : activité et écarts"), 1)
    story.paragraph(
        tr(
            "Éch. : échanges de l'année ; Jour. : entrées du journal ; Agenda : activités de "
            "programme ; p./o. : personnes / organisations liées au thème de chaque côté."
        ),
        "meta",
    )
    if not report.themes:
        story.paragraph(tr("Aucun thème n'est enregistré."), "empty")
        return
    rows = [
        (
            Markup(f"<b>{esc(t.label)}</b><br/>{esc(t.status)}"),
            f"{t.exchanges} / {t.entries} / {t.slots}",
            f"{t.persons_fr} / {t.organizations_fr}",
            f"{t.persons_qc} / {t.organizations_qc}",
            " ; ".join(say(g) for g in t.gaps) or "—",
        )
        for t in report.themes
    ]
    story.table(theme_headers(), rows, (0.36, 0.14, 0.1, 0.1, 0.3))


def _new_contacts(story: Story, report: AnnualReport) -> None:
    story.heading(tr("Nouveaux contacts de l'année"), 1)
    for side in report.new_contacts:
        story.heading(side.side, 2)
        if not side.persons and not side.organizations:
            story.paragraph(_fill(tr("Aucun nouveau contact en %1."), report.year), "empty")
            continue
        for heading, names in ((tr("Personnes"), side.persons), (tr("Organisations"), side.organizations)):
            lead = esc(_fill(tr("%1 (%2) :"), heading, len(names)))
            story.paragraph(Markup(f"<b>{lead}</b> {esc(', '.join(names) or '—')}"))


def annual_story(report: AnnualReport, progress: Callable[[int, int], None] | None = None) -> Story:
    """The whole report; the charts are drawn here (matplotlib's object API and Agg: any thread)."""
    year = report.year
    story = Story()
    produced = _fill(
        tr("Réseau — échanges France-Québec en développement social · produit le %1"), fmt_date(report.today)
    )
    story.cover(tr("Bilan annuel"), title(year), [produced])
    story.heading(tr("Sommaire"), 2, contents=False)
    _summary(story, report)
    story.contents(tr("Contenu"))
    story.start_body()
    story.heading(_fill(tr("Indicateurs de l'année %1"), year), 1)
    chart_story(story, report.indicators, progress=progress)
    story.heading(tr("Les échanges de l'année, leurs objectifs et leur évaluation"), 1)
    if report.exchanges:
        for x in report.exchanges:
            exchange_story(story, x)
    else:
        story.paragraph(_fill(tr("Aucun échange n'a eu lieu en %1."), year), "empty")
    _themes(story, report)
    _new_contacts(story, report)
    return story


def write_annual_report(
    report: AnnualReport, path: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """``progress(done, total)``: one step per chart, one for laying out and writing."""
    name = title(report.year)
    story = annual_story(report, progress)
    write_story(path, story, name, Running(name, "", page_words()))
    if progress is not None:
        progress(len(CHARTS) + 1, len(CHARTS) + 1)
    return path
