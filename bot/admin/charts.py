"""Small server-rendered SVG charts: readable at a glance, no JavaScript, light on a cheap laptop."""

from __future__ import annotations

from markupsafe import Markup, escape

from bot.admin.small_counts import HIDDEN, Shown, plotted

BAR_COLOUR = "#0b5394"
LINE_COLOURS = ("#0b5394", "#cc0000", "#38761d")


def left_out_note(count: int) -> str:
    """What a chart says about the values it does not draw (bot.admin.small_counts)."""
    return f"{count} tidak digambar ({HIDDEN})"


def value_text(value: Shown | float, value_format: str) -> str:
    """A value as written beside its bar: a number in value_format, a range as its range."""
    return value_format.format(value) if isinstance(value, int | float) else str(value)


def bar_chart(
    items: list[tuple[str, Shown | float | None]],
    *,
    title: str,
    value_format: str = "{:.0f}",
    details: list[str] | None = None,
) -> Markup:
    """Horizontal bars, one row per item, longest first as given; a row's detail (such as the
    intent behind a topic) shows when the pointer rests on it. A range is drawn to its lower
    end; a hidden value (a small group, a share not shown) gets no bar, only a count in the note."""
    if not items:
        return Markup(f'<p class="empty">{escape(title)}: belum ada data.</p>')
    drawn = [
        (label, value, length, details[i] if details is not None else None)
        for i, (label, value) in enumerate(items)
        if value is not None and (length := plotted(value)) is not None
    ]
    left_out = len(items) - len(drawn)
    row, label_width, bar_width = 26, 220, 360
    height = row * len(drawn) + 30 + (row if left_out else 0)
    top = max((length for _, _, length, _ in drawn), default=1) or 1
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {label_width + bar_width + 70} {height}">',
        f'<text x="0" y="16" class="title">{escape(title)}</text>',
    ]
    for i, (label, value, length, detail) in enumerate(drawn):
        y = 30 + i * row
        width = max(1.0, bar_width * length / top)
        parts.append("<g>")
        if detail is not None:
            parts.append(f"<title>{escape(detail)}</title>")
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">{escape(label[:32])}</text>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{y + 3}" width="{width:.1f}" height="{row - 8}" fill="{BAR_COLOUR}"/>'
        )
        parts.append(
            f'<text x="{label_width + width + 6:.1f}" y="{y + 15}">{escape(value_text(value, value_format))}</text>'
        )
        parts.append("</g>")
    if left_out:
        parts.append(
            f'<text x="0" y="{height - 8}" class="note">{escape(left_out_note(left_out))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart(days: list[str], series: dict[str, list[Shown]], *, title: str) -> Markup:
    """One line per series over the days, with a legend. A range is drawn at its lower end; a
    hidden value (a small group) is not drawn: the line breaks there, and the note says how
    many."""
    if not days:
        return Markup(f'<p class="empty">{escape(title)}: belum ada data.</p>')
    width, height, left, bottom, top_pad = 640, 260, 40, 40, 40
    plot_w, plot_h = width - left - 20, height - bottom - top_pad
    points_of = {name: [plotted(v) for v in values] for name, values in series.items()}
    numbers = [v for values in points_of.values() for v in values if v is not None]
    left_out = sum(len(values) for values in series.values()) - len(numbers)
    top = max(numbers, default=1) or 1
    step = plot_w / max(1, len(days) - 1)
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}">',
        f'<text x="0" y="16" class="title">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" stroke="#999"/>',
        f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>',
    ]
    if numbers:  # with none drawn, a top of 1 would read as a count
        parts.append(f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{top:.0f}</text>')
    for index, (name, values) in enumerate(points_of.items()):
        colour = LINE_COLOURS[index % len(LINE_COLOURS)]
        points = [
            (left + i * step, top_pad + plot_h - plot_h * v / top)
            for i, v in enumerate(values)
            if v is not None
        ]
        for run in _runs(values):
            parts.append(
                f'<polyline fill="none" stroke="{colour}" stroke-width="2.5" points="'
                + " ".join(
                    f"{left + i * step:.1f},{top_pad + plot_h - plot_h * values[i] / top:.1f}"
                    for i in run
                )
                + '"/>'
            )
        for x, y in points:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
        parts.append(
            f'<rect x="{left + 200 + index * 150}" y="6" width="14" height="10" fill="{colour}"/>'
            f'<text x="{left + 220 + index * 150}" y="16">{escape(name)}</text>'
        )
    for i in sorted({0, len(days) - 1, (len(days) - 1) // 2}):
        parts.append(
            f'<text x="{left + i * step:.1f}" y="{height - 12}" text-anchor="middle">{escape(days[i])}</text>'
        )
    if left_out:
        parts.append(
            f'<text x="{width - 8}" y="34" text-anchor="end" class="note">'
            f"{escape(left_out_note(left_out))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _runs(values: list[float | None]) -> list[list[int]]:
    """The indexes of the numbers, in unbroken stretches of two or more (a line needs two)."""
    runs: list[list[int]] = [[]]
    for i, value in enumerate(values):
        if value is not None:
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) > 1]
