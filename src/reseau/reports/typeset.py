"""Print-quality PDFs with ReportLab's platypus: a document is a list of flowables built here.

Why ReportLab and not Qt's ``QTextDocument`` + ``QPdfWriter`` (measured, see docs/indicators.md):
Qt's text engine has no keep-with-next for headings (a day heading ended alone at the foot of a
page), splits a table row across two pages, breaks a word inside a narrow cell, and shapes text
with ligatures that it writes glyph by glyph, so a search for "Office" (ﬃ) found nothing.
Platypus keeps a heading with what follows (``keepWithNext``), never splits a table row, repeats
a table's header row on every page, wraps only at spaces, and writes each line as one string
with a Unicode map, so every word can be searched and copied. It needs no display and no Qt,
so a document is laid out on any thread.

Fonts: the DejaVu family that matplotlib ships (every accent of French and of the names in the
data), embedded as subsets.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import matplotlib
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from reseau.core.safe_output import is_stream, write_output

FONT = "ReseauSans"
BLUE = colors.HexColor("#1f3a5f")
GREY = colors.HexColor("#555555")
MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN


class Markup(str):
    """Text already in ReportLab's paragraph markup (``<b>``, ``<i>``, ``<br/>``): not escaped."""


Cell = str | int | Markup


def esc(text: object) -> str:
    return escape(str(text))


def labelled(template: str, value: str) -> Markup:
    """A translated "Hôte : %1" with its label in bold and ``value`` (markup) in place of %1."""
    before, _, after = template.partition("%1")
    return Markup(f"<b>{esc(before)}</b>{value}{esc(after)}")


def cell_text(value: Cell) -> str:
    return value if isinstance(value, Markup) else esc(value).replace("\n", "<br/>")


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    faces = {"": "DejaVuSans", "-Bold": "DejaVuSans-Bold", "-Italic": "DejaVuSans-Oblique"}
    faces["-BoldItalic"] = "DejaVuSans-BoldOblique"
    for suffix, file in faces.items():
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(folder / f"{file}.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT + "-Bold", italic=FONT + "-Italic", boldItalic=FONT + "-BoldItalic"
    )


def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13.5, spaceAfter=4, splitLongWords=0
    )
    # No keepWithNext: with a long table after it, platypus moves both to the next page and
    # leaves the page empty; Story.heading asks for room (CondPageBreak) instead.
    heading = {"fontName": FONT + "-Bold", "textColor": BLUE}
    return {
        "body": base,
        "meta": ParagraphStyle("meta", base, textColor=GREY),
        "empty": ParagraphStyle("empty", base, textColor=GREY, fontName=FONT + "-Italic"),
        "kicker": ParagraphStyle("kicker", base, fontSize=13, leading=17, textColor=GREY, spaceAfter=6),
        "title": ParagraphStyle("title", base, fontSize=24, leading=29, spaceAfter=10, **heading),
        "h1": ParagraphStyle("h1", base, fontSize=17, leading=21, spaceBefore=6, spaceAfter=8, **heading),
        "h2": ParagraphStyle("h2", base, fontSize=13, leading=17, spaceBefore=10, spaceAfter=5, **heading),
        "h3": ParagraphStyle(
            "h3", base, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3, fontName=FONT + "-Bold"
        ),
        "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontSize=8.5, leading=11, spaceAfter=0, fontName=FONT + "-Bold"),
        "toc1": ParagraphStyle("toc1", base, leftIndent=0, firstLineIndent=0, spaceAfter=2),
        "toc2": ParagraphStyle("toc2", base, leftIndent=14, firstLineIndent=0, fontSize=9, spaceAfter=1),
        "footer": ParagraphStyle("footer", base, fontSize=8, textColor=GREY),
    }


class _Heading(Paragraph):  # type: ignore[misc]  # ReportLab has no type hints
    """A heading that the table of contents lists (``level`` 0 or 1), or not (``level`` None)."""

    def __init__(self, text: str, style: ParagraphStyle, level: int | None) -> None:
        super().__init__(text, style)
        self.toc_level = level
        self.plain = re.sub(r"<[^>]+>", "", text)


@dataclass
class Story:
    """The flowables of one document, in order, with the few shapes every report uses."""

    flowables: list[Flowable] = field(default_factory=list)
    styles: dict[str, ParagraphStyle] = field(default_factory=_styles)
    has_contents: bool = False
    has_cover: bool = False
    # While the table of contents is being settled, pictures are laid out but not embedded.
    drafting: list[bool] = field(default_factory=lambda: [False])

    def add(self, *items: Flowable) -> Story:
        self.flowables.extend(items)
        return self

    def heading(self, text: str, level: int = 1, contents: bool = True) -> Story:
        """``level`` 1, 2 or 3; a heading never ends a page: it starts a new one when less room
        is left than a heading and the first lines or rows after it take."""
        style = self.styles[f"h{level}"]
        room = {1: 60 * mm, 2: 45 * mm, 3: 30 * mm}[level]
        toc = level - 1 if contents and level < 3 else None
        return self.add(CondPageBreak(room), _Heading(esc(text), style, toc))

    def paragraph(self, text: str | Markup, style: str = "body") -> Story:
        return self.add(Paragraph(cell_text(text), self.styles[style]))

    def paragraphs(self, text: str, style: str = "body") -> Story:
        """Plain text with blank lines between paragraphs."""
        for part in text.split("\n\n"):
            if part.strip():
                self.paragraph(part.strip(), style)
        return self

    def bullets(self, items: Iterable[str | Markup]) -> Story:
        style = self.styles["bullet"]
        return self.add(*(Paragraph(cell_text(i), style, bulletText="•") for i in items))

    def fields(self, pairs: Iterable[tuple[str, Cell]], first: float = 0.3) -> Story:
        """A two-column table of labels and values, no grid."""
        rows = [
            [Paragraph(f"<b>{esc(k)}</b>", self.styles["cell"]), Paragraph(cell_text(v), self.styles["cell"])]
            for k, v in pairs
        ]
        if rows:
            table = Table(rows, colWidths=[TEXT_WIDTH * first, TEXT_WIDTH * (1 - first)], hAlign="LEFT")
            table.setStyle(
                TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
            )
            self.add(table, Spacer(1, 4))
        return self

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[Cell]], widths: Sequence[float]) -> Story:
        """A grid whose rows are never split across pages and whose header row repeats on each
        page; ``widths`` are fractions of the text width. Cells wrap at spaces only."""
        cell, head = self.styles["cell"], self.styles["head"]
        data: list[list[Any]] = [[Paragraph(esc(h), head) for h in headers]]
        data += [[Paragraph(cell_text(c), cell) for c in row] for row in rows]
        table = Table(data, colWidths=[TEXT_WIDTH * w for w in widths], repeatRows=1, splitInRow=0)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b5")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return self.add(table, Spacer(1, 6))

    def card(self, title: str, lines: Sequence[str | Markup]) -> Story:
        """A name in bold and its lines, kept on one page."""
        body = "<br/>".join([f"<b>{esc(title)}</b>", *(cell_text(x) for x in lines)])
        return self.add(KeepTogether([Paragraph(body, self.styles["body"]), Spacer(1, 3)]))

    def figure(self, title: str, png: bytes, width: float = TEXT_WIDTH) -> Story:
        """A titled image: the title as searchable text, kept on the image's page."""
        picture = _Picture(io.BytesIO(png), self.drafting)
        picture.drawWidth, picture.drawHeight = width, width * picture.imageHeight / picture.imageWidth
        heading = _Heading(esc(title), self.styles["h3"], None)
        return self.add(KeepTogether([heading, picture, Spacer(1, 6)]))

    def rich_html(self, html: str) -> Story:
        """The coordinators' own rich text (QTextEdit's HTML): its paragraphs, headings, lists,
        bold and italic; anything else as plain text."""
        parser = _HtmlToParagraphs()
        parser.feed(html)
        parser.close()
        for kind, markup in parser.blocks:
            if kind == "h":
                self.add(CondPageBreak(30 * mm), _Heading(markup, self.styles["h3"], None))
            elif kind == "li":
                self.add(Paragraph(markup, self.styles["bullet"], bulletText="•"))
            else:
                self.add(Paragraph(markup, self.styles["body"]))
        return self

    def cover(self, kicker: str, title: str, lines: Sequence[str]) -> Story:
        """The top of the first page: what the document is, its title, its facts (then, as the
        report wants, the delegation, :meth:`contents` and :meth:`start_body`)."""
        self.add(Spacer(1, 30 * mm), Paragraph(esc(kicker), self.styles["kicker"]))
        self.add(Paragraph(esc(title), self.styles["title"]))
        for line in lines:
            self.paragraph(line)
        self.has_cover = True
        return self

    def start_body(self) -> Story:
        """End the cover: the body starts on a new page, under the running header."""
        return self.add(NextPageTemplate("body"), PageBreak())

    def contents(self, title: str) -> Story:
        """The table of contents (headings of level 1 and 2 with their pages)."""
        toc = TableOfContents(levelStyles=[self.styles["toc1"], self.styles["toc2"]], dotsMinLevel=0)
        self.has_contents = True
        return self.add(Spacer(1, 8), _Heading(esc(title), self.styles["h2"], None), toc)


class _Picture(Image):  # type: ignore[misc]  # ReportLab has no type hints
    """An image that takes its room but is not drawn in a draft pass (embedding a chart costs
    0.3 s a pass; the contents need two or three passes, the PDF only the last)."""

    def __init__(self, source: io.BytesIO, drafting: list[bool]) -> None:
        super().__init__(source)
        self.drafting = drafting

    def draw(self) -> None:
        if not self.drafting[0]:
            super().draw()


class _HtmlToParagraphs(HTMLParser):
    """QTextEdit HTML to (kind, markup) blocks: "p", "h" or "li"."""

    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._text: list[str] = []
        self._kind = "p"
        self._open: list[str] = []  # closing tags of the inline styles, innermost last
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "head", "script", "title"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self._flush()
            self._kind = "li" if tag == "li" else "h" if tag[0] == "h" and tag != "head" else "p"
        elif tag == "br":
            self._text.append("<br/>")
        else:
            style = (dict(attrs).get("style") or "").replace(" ", "")
            bold = tag in ("b", "strong") or re.search(r"font-weight:(bold|[6-9]00)", style)
            italic = tag in ("i", "em") or "font-style:italic" in style
            opened = ("<b>" if bold else "") + ("<i>" if italic else "")
            self._text.append(opened)
            self._open.append(("</i>" if italic else "") + ("</b>" if bold else ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "head", "script", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self._flush()
        elif tag != "br" and self._open:
            self._text.append(self._open.pop())

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(esc(data))

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        closing = "".join(reversed(self._open))
        text = ("".join(self._text) + closing).strip()
        reopened = "".join(t.replace("/", "") for t in self._open)
        self._text = [reopened] if self._open else []
        if re.sub(r"<[^>]+>", "", text).strip():
            self.blocks.append((self._kind, text))
        self._kind = "p"


@dataclass(frozen=True)
class Running:
    """The running header (left: the document, right: what it is about) and footer words."""

    left: str
    right: str = ""
    page: str = "%1 / %2"  # page n of N, in the report's language


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut at a word with "…" so that it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    words = text.split()
    while words and pdfmetrics.stringWidth(" ".join(words) + " …", FONT, size) > width:
        words.pop()
    return " ".join(words) + " …"


def _canvas_class(running: Running, cover: bool) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until the end, then stamps header and "n / N" on every one."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1 or not cover:  # a cover carries no header
                    self._stamp(number, total)
                super().showPage()
            super().save()

        def _stamp(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(GREY)
            top = PAGE_HEIGHT - MARGIN + 6 * mm
            right = running.right
            self.drawRightString(PAGE_WIDTH - MARGIN, top, right)
            room = TEXT_WIDTH - pdfmetrics.stringWidth(right, FONT, 8) - 8 * mm
            self.drawString(MARGIN, top, _fit(running.left, room, 8))
            self.setStrokeColor(colors.HexColor("#c0c8d2"))
            self.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
            footer = running.page.replace("%1", str(number)).replace("%2", str(total))
            self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 10 * mm, footer)
            self.restoreState()

    return NumberedCanvas


class _Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, title: str) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author="Réseau",
            creator="Réseau",
        )
        frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, PAGE_HEIGHT - 2 * MARGIN, id="text")
        self.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
        self.page_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading) and flowable.toc_level is not None:
            self.notify("TOCEntry", (flowable.toc_level, esc(flowable.plain), self.page))

    def afterPage(self) -> None:
        self.page_count = self.page


def _forget_postponed(flowables: Iterable[Flowable]) -> None:
    """Platypus marks a flowable moved to the next page (``_postponed``) and fails on a second
    move; a new round of passes must start without the marks of the previous one."""
    for flowable in flowables:
        flowable.__dict__.pop("_postponed", None)
        _forget_postponed(getattr(flowable, "_content", ()))


def render(story: Story, title: str, running: Running) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    buffer = io.BytesIO()
    template = _Template(buffer, title)
    canvas = _canvas_class(running, story.has_cover)
    if not story.has_contents:
        template.build(list(story.flowables), canvasmaker=canvas)
        return buffer.getvalue(), template.page_count
    # Settle the page numbers of the contents without embedding the pictures; the second round
    # starts from those numbers, so it is satisfied after its first pass, the one kept.
    story.drafting[0] = True
    template.multiBuild(list(story.flowables), canvasmaker=canvas)
    story.drafting[0] = False
    _forget_postponed(story.flowables)
    buffer = io.BytesIO()
    template.filename = buffer
    template.multiBuild(list(story.flowables), canvasmaker=canvas)
    return buffer.getvalue(), template.page_count


def write_story(path: Path, story: Story, title: str, running: Running) -> int:
    """Lay out ``story`` and write it at ``path`` through :mod:`reseau.core.safe_output` (0600,
    a symlink's target updated, a pipe or "-" given the bytes); returns the page count."""
    data, pages = render(story, title, running)
    if not is_stream(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    write_output(path, data)
    return pages
