"""Small inline SVG drawings for the offline report: network graphs, timelines, bar and column charts.

No JavaScript and nothing fetched: the report must open on an air-gapped analyst's machine.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from html import escape
from typing import Any

import networkx as nx

from himaya.selectors import registry

#: Colours of the pivots that are not selector types; selector types declare their own (``SelectorType.colour``).
OTHER_COLOURS = {"text": "#17becf", "image-series": "#dbdb8d"}
MAX_NODES = 160


def risk_colour(risk: float) -> str:
    """Green (low) to red (high)."""
    r = max(0.0, min(1.0, risk))
    red = int(60 + 180 * r)
    green = int(170 - 120 * r)
    return f"rgb({red},{green},70)"


def network_svg(members: Sequence[dict[str, Any]], edges: Sequence[tuple[str, str, str]], size: int = 420) -> str:
    """Records (circles, coloured by risk) joined to the selectors and text groups they share (squares)."""
    g = nx.Graph()
    by_uid = {m["uid"]: m for m in members}
    for uid, _kind, key in edges:
        if uid in by_uid:
            g.add_edge(("r", uid), ("s", key))
    for uid in by_uid:
        g.add_node(("r", uid))
    if g.number_of_nodes() > MAX_NODES:
        keep = sorted(g.degree, key=lambda nd: -nd[1])[:MAX_NODES]
        g = g.subgraph(n for n, _ in keep).copy()
    if g.number_of_nodes() == 0:
        return ""
    pos = nx.spring_layout(g, seed=3, k=1.6 / math.sqrt(g.number_of_nodes()))
    pad = 18
    colours = registry().colours() | OTHER_COLOURS

    def xy(node: Any) -> tuple[float, float]:
        x, y = pos[node]
        return pad + (x + 1) / 2 * (size - 2 * pad), pad + (y + 1) / 2 * (size - 2 * pad)

    parts = [
        f'<svg viewBox="0 0 {size} {size}" width="{size}" height="{size}" role="img" '
        f'aria-label="network graph" class="graph">'
    ]
    for a, b in g.edges:
        (x1, y1), (x2, y2) = xy(a), xy(b)
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#bbb"/>')
    for node in g.nodes:
        x, y = xy(node)
        kind, key = node
        if kind == "r":
            m = by_uid[key]
            label = escape(f"{m['id']} risk {m['risk']:.2f} {m['typology'] or ''}")
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{risk_colour(m["risk"])}" '
                f'stroke="#333"><title>{label}</title></circle>'
            )
        else:
            typ = key.split(":", 1)[0]
            colour = colours.get(typ, "#444")
            parts.append(
                f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="{colour}">'
                f"<title>{escape(key)}</title></rect>"
            )
    parts.append("</svg>")
    return "".join(parts)


def bars_svg(counts: Sequence[tuple[str, int]], width: int = 520, bar: int = 16, colour: str = "#4a6fa5") -> str:
    """Horizontal bars with labels and values."""
    if not counts:
        return ""
    top = max(c for _, c in counts) or 1
    label_w = 170
    height = bar * len(counts) + 8
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" class="bars">']
    for i, (label, count) in enumerate(counts):
        y = 4 + i * bar
        w = (width - label_w - 60) * count / top
        parts.append(f'<text x="{label_w - 6}" y="{y + bar * 0.7:.1f}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{bar - 4}" fill="{colour}"/>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar * 0.7:.1f}">{count:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline_svg(dates: Sequence[str | None], width: int = 520, height: int = 90) -> str:
    """Records per month as columns."""
    months = Counter(d[:7] for d in dates if d and len(d) >= 7)
    if not months:
        return ""
    keys = sorted(months)
    first, last = _month_index(keys[0]), _month_index(keys[-1])
    span = list(range(first, last + 1))
    top = max(months.values())
    col = max(2.0, (width - 20) / len(span))
    parts = [f'<svg viewBox="0 0 {width} {height + 18}" width="{width}" height="{height + 18}" class="timeline">']
    for i, m in enumerate(span):
        label = f"{m // 12:04d}-{m % 12 + 1:02d}"
        n = months.get(label, 0)
        h = (height - 4) * n / top
        parts.append(
            f'<rect x="{10 + i * col:.1f}" y="{height - h:.1f}" width="{col - 1:.1f}" height="{h:.1f}" '
            f'fill="#a5564a"><title>{label}: {n}</title></rect>'
        )
    parts.append(f'<text x="10" y="{height + 14}">{keys[0]}</text>')
    parts.append(f'<text x="{width - 10}" y="{height + 14}" text-anchor="end">{keys[-1]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def columns_svg(counts: Sequence[tuple[str, int]], width: int = 520, height: int = 90, colour: str = "#a5564a") -> str:
    """Counts per ordered bin (e.g. PDQ distance) as columns, the first and last bin labelled below."""
    if not counts or not any(n for _, n in counts):
        return ""
    top = max(n for _, n in counts)
    col = max(2.0, (width - 20) / len(counts))
    parts = [f'<svg viewBox="0 0 {width} {height + 18}" width="{width}" height="{height + 18}" class="columns">']
    for i, (label, n) in enumerate(counts):
        h = (height - 4) * n / top
        parts.append(
            f'<rect x="{10 + i * col:.1f}" y="{height - h:.1f}" width="{col - 1:.1f}" height="{h:.1f}" '
            f'fill="{colour}"><title>{escape(label)}: {n:,}</title></rect>'
        )
    parts.append(f'<text x="10" y="{height + 14}">{escape(counts[0][0])}</text>')
    parts.append(f'<text x="{width - 10}" y="{height + 14}" text-anchor="end">{escape(counts[-1][0])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _month_index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1
