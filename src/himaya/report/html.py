"""The offline HTML report: one self-contained file an analyst can open anywhere."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from himaya import __version__
from himaya.link.explain import is_strong
from himaya.report.charts import (
    TIE_NAMES,
    bars_svg,
    columns_svg,
    network_svg,
    related_svg,
    risk_colour,
    tie_legend,
    timeline_svg,
)
from himaya.report.views import known_images, network_detail, related_clusters
from himaya.store import Transaction

MEMBERS_SHOWN = 60


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> Markup:
    """Escape ``text`` and mark the spans (start, end, css class, tooltip); overlapping spans are skipped."""
    out: list[str] = []
    pos = 0
    for start, end, css, tip in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="{css}" title="{escape(tip)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def _member_view(member: dict[str, Any]) -> dict[str, Any]:
    text = member["text"]
    if member["title"] and member["title"].strip() and member["title"].strip() not in text:
        text = f"{member['title']}\n{text}"
    spans = [
        (s["start"], s["end"], "sel", f"{s['type']}: {s['value']}" + (" (hidden)" if s["hidden"] else ""))
        for s in member["selectors"]
    ]
    spans += [
        (h["start"], h["end"], "hit", f"{h['indicator']} {h['weight']:+.2f}")
        for h in member["hits"]
        if h["category"] != "learned"  # the model's reason is about the whole post, not a span
    ]
    linked_by = [
        f"{TIE_NAMES.get(t['kind'], t['kind'])} {t['key']} ({'strong' if is_strong(t['kind']) else 'weak'} "
        f"{t['strength']:.1f})"
        for t in member["ties"]
    ]
    return {**member, "html": highlight(text, spans), "colour": risk_colour(member["risk"]), "linked_by": linked_by}


def build_context(tx: Transaction, top: int) -> dict[str, Any]:
    counts = tx.records.counts()
    nets = tx.networks.ranked(limit=top)
    sections = []
    for net in nets:
        detail = network_detail(tx, net.id, max_members=MEMBERS_SHOWN)
        if detail is None:
            continue
        members = detail["members"]
        sections.append(
            {
                "net": net,
                "colour": risk_colour(net.risk),
                "graph": Markup(network_svg(members, detail["edges"])),
                "timeline": Markup(timeline_svg([m["posted_at"] for m in members])),
                "members": [_member_view(m) for m in members],
                "truncated": detail["truncated"],
            }
        )
    typologies: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for net in tx.networks.ranked(limit=None):
        if net.typology:
            typologies[net.typology] += 1
        countries.update(net.countries.keys())
    return {
        "version": __version__,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "counts": counts,
        "sections": sections,
        "typology_chart": Markup(bars_svg(typologies.most_common())),
        "country_chart": Markup(bars_svg(countries.most_common(15), colour="#5a8a5a")),
        "runs": tx.runs.all()[-5:],
        "images": _images_view(tx),
        "tie_legend": Markup(tie_legend()),
        "related": _related_view(tx, [s["net"] for s in sections]),
    }


def _related_view(tx: Transaction, nets: list[Any]) -> list[dict[str, Any]]:
    """The "Related networks" section: each cluster of related networks as a graph and a table."""
    clusters = related_clusters(tx, nets)
    return [{**c, "graph": Markup(related_svg(c["networks"], c["relations"]))} for c in clusters]


def _images_view(tx: Transaction) -> dict[str, Any] | None:
    """The "Known images" section: the matches' counts as charts, and their table (hashes only, never an image)."""
    view = known_images(tx)
    if view is None or not view["rows"]:
        return view
    charts = {
        "list_chart": bars_svg(view["by_list"][:15]),
        "category_chart": bars_svg(view["by_category"], colour="#a5564a"),
        "kind_chart": bars_svg(view["by_kind"], colour="#5a8a5a"),
        "series_chart": bars_svg(view["by_series"][:15], colour="#9467bd"),
        "distance_chart": columns_svg(view["pdq_distances"]),
    }
    return {**view, **{name: Markup(svg) for name, svg in charts.items()}}


def write_report(tx: Transaction, out: Path, *, top: int = 50) -> Path:
    env = Environment(loader=PackageLoader("himaya.report", "templates"), autoescape=select_autoescape(["html"]))
    html = env.get_template("report.html").render(**build_context(tx, top))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
