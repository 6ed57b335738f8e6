"""Small server-rendered SVG charts: readable at a glance, no JavaScript, light on a cheap laptop."""

from __future__ import annotations

from markupsafe import Markup, escape

BAR_COLOUR = "#0b5394"
LINE_COLOURS = ("#0b5394", "#cc0000", "#38761d")


def bar_chart(
    items: list[tuple[str, float]],
    *,
    title: str,
    value_format: str = "{:.0f}",
    details: list[str] | None = None,
) -> Markup:
    """Horizontal bars, one row per item, longest first as given; a row's detail (such as the
    intent behind a topic) shows when the pointer rests on it."""
    if not items:
        return Markup(f'<p class="empty">{escape(title)}: belum ada data.</p>')
    row, label_width, bar_width = 26, 220, 360
    height = row * len(items) + 30
    top = max(value for _, value in items) or 1
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {label_width + bar_width + 70} {height}">',
        f'<text x="0" y="16" class="title">{escape(title)}</text>',
    ]
    for i, (label, value) in enumerate(items):
        y = 30 + i * row
        width = max(1.0, bar_width * value / top)
        parts.append("<g>")
        if details is not None:
            parts.append(f"<title>{escape(details[i])}</title>")
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">{escape(label[:32])}</text>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{y + 3}" width="{width:.1f}" height="{row - 8}" fill="{BAR_COLOUR}"/>'
        )
        parts.append(
            f'<text x="{label_width + width + 6:.1f}" y="{y + 15}">{escape(value_format.format(value))}</text>'
        )
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart(days: list[str], series: dict[str, list[float]], *, title: str) -> Markup:
    """One line per series over the days, with a legend."""
    if not days:
        return Markup(f'<p class="empty">{escape(title)}: belum ada data.</p>')
    width, height, left, bottom, top_pad = 640, 260, 40, 40, 40
    plot_w, plot_h = width - left - 20, height - bottom - top_pad
    top = max((max(values) for values in series.values() if values), default=1) or 1
    step = plot_w / max(1, len(days) - 1)
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}">',
        f'<text x="0" y="16" class="title">{escape(title)}</text>',
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" stroke="#999"/>',
        f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{top:.0f}</text>',
        f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>',
    ]
    for index, (name, values) in enumerate(series.items()):
        colour = LINE_COLOURS[index % len(LINE_COLOURS)]
        points = " ".join(
            f"{left + i * step:.1f},{top_pad + plot_h - plot_h * v / top:.1f}"
            for i, v in enumerate(values)
        )
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2.5" points="{points}"/>'
        )
        for i, v in enumerate(values):
            parts.append(
                f'<circle cx="{left + i * step:.1f}" cy="{top_pad + plot_h - plot_h * v / top:.1f}" r="3" fill="{colour}"/>'
            )
        parts.append(
            f'<rect x="{left + 200 + index * 150}" y="6" width="14" height="10" fill="{colour}"/>'
            f'<text x="{left + 220 + index * 150}" y="16">{escape(name)}</text>'
        )
    for i in sorted({0, len(days) - 1, (len(days) - 1) // 2}):
        parts.append(
            f'<text x="{left + i * step:.1f}" y="{height - 12}" text-anchor="middle">{escape(days[i])}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
