"""Small inline SVG drawings for the offline report: network graphs, timelines, bar and column charts.

No JavaScript and nothing fetched: the report must open on an air-gapped analyst's machine.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import networkx as nx

from himaya.selectors import registry

#: Colours of the pivots that are not selector types; selector types declare their own (``SelectorType.colour``).
OTHER_COLOURS = {"text": "#17becf", "image-series": "#dbdb8d", "handle-name": "#c5b0d5"}
MAX_NODES = 160

#: How a tie of each kind is drawn: (colour, dashed). Strong ties solid, weak ones (shared wording, a handle
#: name, a repost's text) dashed, so that what only attaches a record is told apart from what makes a network.
TIE_STYLES = {
    "selector": ("#555555", False),
    "image-series": ("#b8b83a", False),
    "repost": ("#1f9fb0", True),
    "text": ("#17becf", True),
    "handle-name": ("#9467bd", True),
}
TIE_NAMES = {
    "selector": "shared contact",
    "image-series": "near-identical images",
    "repost": "reposted text",
    "text": "near-duplicate wording",
    "handle-name": "handle name",
}


def tie_stroke(kind: str) -> str:
    """The SVG stroke attributes of a line standing for a tie of ``kind``."""
    colour, dashed = TIE_STYLES.get(kind, ("#999999", False))
    return f'stroke="{colour}"' + (' stroke-dasharray="4 3"' if dashed else "")


def tie_legend() -> str:
    """A small SVG legend of the tie styles (the same lines the graphs draw)."""
    width, row = 190, 16
    parts = [f'<svg viewBox="0 0 {width} {row * len(TIE_STYLES) + 4}" width="{width}" '
             f'height="{row * len(TIE_STYLES) + 4}" class="tie-legend" role="img" aria-label="tie kinds">']  # fmt: skip
    for i, kind in enumerate(TIE_STYLES):
        y = 10 + i * row
        parts.append(f'<line x1="2" y1="{y}" x2="32" y2="{y}" stroke-width="2" {tie_stroke(kind)}/>')
        parts.append(f'<text x="38" y="{y + 4}">{escape(TIE_NAMES[kind])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def risk_colour(risk: float) -> str:
    """Green (low) to red (high)."""
    r = max(0.0, min(1.0, risk))
    red = int(60 + 180 * r)
    green = int(170 - 120 * r)
    return f"rgb({red},{green},70)"


def network_svg(members: Sequence[dict[str, Any]], edges: Sequence[tuple[str, str, str]], size: int = 420) -> str:
    """Records (circles, coloured by risk) joined to the selectors and text groups they share (squares), each
    line drawn in the style of its tie's kind (``TIE_STYLES``: strong solid, weak dashed)."""
    g = nx.Graph()
    by_uid = {m["uid"]: m for m in members}
    for uid, kind, key in edges:
        if uid in by_uid:
            g.add_edge(("r", uid), ("s", key), kind=kind)
    for uid in by_uid:
        g.add_node(("r", uid))
    if g.number_of_nodes() > MAX_NODES:
        keep = sorted(g.degree, key=lambda nd: -nd[1])[:MAX_NODES]
        g = g.subgraph(n for n, _ in keep).copy()
    if g.number_of_nodes() == 0:
        return ""
    xy = _placer(g, size, pad=18, spread=1.6)
    colours = registry().colours() | OTHER_COLOURS

    parts = [
        f'<svg viewBox="0 0 {size} {size}" width="{size}" height="{size}" role="img" '
        f'aria-label="network graph" class="graph">'
    ]
    for a, b, kind in g.edges(data="kind"):
        (x1, y1), (x2, y2) = xy(a), xy(b)
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" {tie_stroke(kind)}>'
            f"<title>{escape(TIE_NAMES.get(kind, kind))}</title></line>"
        )
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


def related_svg(networks: Sequence[Any], relations: Sequence[dict[str, Any]], size: int = 460) -> str:
    """Related networks: circles sized by the network's records and coloured by its risk, each linking to its
    section when it has one; a line per related pair in the style of its strongest relation's kind, titled with
    what the two share (the phrase, the kind, the records on each side)."""
    g = nx.Graph()
    for net in networks:
        g.add_node(net.id)
    for rel in relations:  # strongest first: a pair's first relation sets its line's style
        if g.has_edge(rel["a"], rel["b"]):
            g.edges[rel["a"], rel["b"]]["rels"].append(rel)
        else:
            g.add_edge(rel["a"], rel["b"], rels=[rel])
    if g.number_of_nodes() == 0:
        return ""
    xy = _placer(g, size, pad=34, spread=2.0)
    top = max(net.size for net in networks) or 1

    parts = [
        f'<svg viewBox="0 0 {size} {size}" width="{size}" height="{size}" role="img" '
        f'aria-label="related networks" class="related-graph">'
    ]
    for a, b, rels in g.edges(data="rels"):
        (x1, y1), (x2, y2) = xy(a), xy(b)
        title = "; ".join(
            f"{TIE_NAMES.get(r['kind'], r['kind'])} “{r['phrase']}” ({r['records_a']} and "
            f"{r['records_b']} records, strength {r['strength']:.1f})"
            for r in rels
        )
        label = _short(rels[0]["phrase"])
        parts.append(
            f'<g><title>{escape(title)}</title><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="2" {tie_stroke(rels[0]["kind"])}/>'
            f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2 - 3:.1f}" text-anchor="middle" class="edge-label">'
            f"{escape(label)}</text></g>"
        )
    for net in networks:
        x, y = xy(net.id)
        r = 6 + 16 * math.sqrt(net.size / top)
        label = escape(f"{net.id}: {net.size} records, risk {net.risk:.2f}, {net.typology or 'no typology'}")
        parts.append(
            f'<a href="#{escape(net.id)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{risk_colour(net.risk)}" '
            f'stroke="#333"><title>{label}</title></circle>'
            f'<text x="{x:.1f}" y="{y + r + 11:.1f}" text-anchor="middle">{escape(net.id)}</text></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _short(phrase: str, words: int = 5) -> str:
    """The first few words of a phrase, for a label on a line (the title holds it whole)."""
    split = phrase.split()
    return " ".join(split[:words]) + ("…" if len(split) > words else "")


def _placer(g: Any, size: int, *, pad: int, spread: float) -> Callable[[Any], tuple[float, float]]:
    """Where each node of ``g`` goes in a ``size`` square: a seeded spring layout (the same drawing every time)."""
    pos = nx.spring_layout(g, seed=3, k=spread / math.sqrt(g.number_of_nodes()))

    def xy(node: Any) -> tuple[float, float]:
        x, y = pos[node]
        return pad + (x + 1) / 2 * (size - 2 * pad), pad + (y + 1) / 2 * (size - 2 * pad)

    return xy


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
