"""The report's tie model: member lines say through which ties each record belongs, graph lines are styled by
tie kind, and a "Related networks" section shows networks that share a template, with the shared phrase."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.test_explain import TEMPLATE, write_corpus

from himaya.cli import cli
from himaya.report import write_report
from himaya.report.charts import TIE_STYLES, network_svg, related_svg
from himaya.report.views import related_clusters
from himaya.store import Store
from himaya.store.models import NetworkRow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("related")
    path = folder / "case.db"
    result = CliRunner().invoke(cli, ["run", str(write_corpus(folder)), "--db", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def html(db: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.html"
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        write_report(tx, out)
    return out.read_text(encoding="utf-8")


def test_rival_networks_sharing_a_template_are_one_cluster_with_the_shared_phrase(db: Path) -> None:
    with Store.open(db) as store, store.transaction(actor="test") as tx:
        nets = tx.networks.ranked(limit=None)
        clusters = related_clusters(tx, nets)
        assert related_clusters(tx, [n for n in nets if n.size == 3]) == []  # the other side is not in the report
    (cluster,) = clusters  # the template's two networks; the rooms to rent relate to nothing
    assert {n.size for n in cluster["networks"]} == {3, 2}
    (rel,) = cluster["relations"]
    assert rel["kind"] == "text" and rel["strength"] == 0.5 and {rel["records_a"], rel["records_b"]} == {1}
    assert rel["phrase"] and rel["phrase"] in TEMPLATE and len(rel["phrase"].split()) == 20


def test_the_report_has_a_related_section_with_graph_and_table(html: str) -> None:
    assert 'id="related-networks"' in html
    section = html[html.index('id="related-networks"') : html.index("Networks, highest risk first")]
    assert 'class="related-graph"' in section and section.count("<circle") == 2
    assert "stroke-dasharray" in section  # a wording relation is weak: dashed
    phrase = re.search(r'<td class="phrase">([^<]+)</td>', section)
    assert phrase and phrase.group(1).replace("&#39;", "'") in TEMPLATE
    assert "<script" not in html and "http://" not in html and "https://" not in html


def test_members_say_through_which_ties_they_belong(html: str) -> None:
    assert "linked by shared contact phone:+12015550123 (strong 1.0)" in html
    assert "shared contact email:boss@jobs.example (strong 1.0)" in html
    assert 'class="tie-legend"' in html


def test_graph_lines_are_styled_by_tie_kind() -> None:
    members = [{"uid": u, "id": u, "risk": 0.5, "typology": None} for u in "abc"]
    edges = [("a", "selector", "phone:+1"), ("b", "selector", "phone:+1")]
    edges += [("b", "text", "text:t"), ("c", "text", "text:t")]
    svg = network_svg(members, edges)
    lines = re.findall(r"<line [^>]*>", svg)
    assert len(lines) == 4
    assert sum("stroke-dasharray" in line for line in lines) == 2  # the two wording ties
    assert sum(TIE_STYLES["selector"][0] in line for line in lines) == 2


def test_related_svg_sizes_by_records_and_titles_edges_with_the_phrase() -> None:
    nets = [
        NetworkRow("Na", 40, 0.9, "forced_labour", {}, {}, [], None, None),
        NetworkRow("Nb", 4, 0.1, None, {}, {}, [], None, None),
    ]
    rel = {"a": "Na", "b": "Nb", "kind": "text", "key": "text:t", "phrase": "free visa & flights paid by us today",
           "records_a": 5, "records_b": 2, "strength": 0.5}  # fmt: skip
    svg = related_svg(nets, [rel])
    radii = [float(r) for r in re.findall(r'<circle [^>]*r="([0-9.]+)"', svg)]
    assert radii[0] > radii[1]
    assert "free visa &amp; flights paid by us today" in svg and "free visa &amp; flights paid\u2026" in svg
    assert 'href="#Na"' in svg and "stroke-dasharray" in svg
