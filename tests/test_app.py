"""The application layer called as a library (as the web app, a notebook or a Spark driver will): each job on
both databases, its typed result, and the audit entry it writes."""

from __future__ import annotations

import hashlib
import inspect
import json
from pathlib import Path

import pytest
from PIL import Image
from tests.factories import analysis, import_list, record, store_batch

from himaya import app
from himaya.errors import UsageError
from himaya.images.lists import HashEntry
from himaya.risk.images import MATCH_RISK
from himaya.store import Store
from himaya.synth import generate

FIXTURES = Path(__file__).parent / "data" / "images" / "pdq-reference"
RGB_PDQ = "fb4eed46cb8a6c78819ca06b756c541f7b07ef6d02c82fccd00f862166272cda"
ACTOR = "test:alice"


def _flip(hex_hash: str, bits: int) -> str:
    return f"{int(hex_hash, 16) ^ ((1 << bits) - 1):064x}"


def _images(tmp_path: Path) -> Path:
    """A folder of benign images: the reference photo, a re-encoded copy of it (a few PDQ bits apart), and
    another image."""
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "rgb.jpeg").write_bytes((FIXTURES / "rgb.jpeg").read_bytes())
    with Image.open(FIXTURES / "rgb.jpeg") as photo:
        photo.convert("RGB").save(folder / "rgb-copy.jpg", "JPEG", quality=60)
    (folder / "LA.png").write_bytes((FIXTURES / "LA.png").read_bytes())
    return folder


def _audit(store: Store, action: str) -> list[tuple[str, str, dict]]:
    with store.transaction(actor="test:reader") as tx:
        return [(e.actor, e.target, e.details) for e in tx.audit.entries(action=action)]


def test_the_public_names_are_curated_and_every_job_names_its_actor() -> None:
    assert sorted(app.__all__) == app.__all__ and len(set(app.__all__)) == len(app.__all__)
    public = {name for name in dir(app) if not name.startswith("_") and not inspect.ismodule(getattr(app, name))}
    assert public == set(app.__all__)
    jobs = [getattr(app, name) for name in app.__all__ if inspect.isfunction(getattr(app, name))]
    assert len(jobs) >= 14
    for job in jobs:
        params = inspect.signature(job).parameters
        assert next(iter(params)) == "store", job.__name__
        assert params["actor"].kind is inspect.Parameter.KEYWORD_ONLY, job.__name__


def test_run_ingests_matches_links_and_reports(store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    written = generate(corpus, records=120, networks=4, seed=5)
    images = _images(tmp_path)
    import_list(store, "partner", [HashEntry("pdq", _flip(RGB_PDQ, 3), category="known_abuse")])
    steps: list[str] = []

    class Seen(app.RunEvents):
        def ingested(self, summary: object) -> None:
            steps.append("ingested")

        def matched(self, result: object) -> None:
            steps.append("matched")

        def linked(self, summary: object) -> None:
            steps.append("linked")

    options = app.RunOptions(ingest=app.IngestOptions(workers=1), report=tmp_path / "out" / "report.html")
    done = app.run(store, [corpus / "records.jsonl", images], options, actor=ACTOR, events=Seen())

    lines = (corpus / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert steps == ["ingested", "matched", "linked"]
    assert done.ingest.read == done.ingest.new == len(lines) + 3 == written["records"] + 3
    assert done.match is not None and done.match.images >= 3
    # the photo and its re-encoded copy are both within the radius of the listed hash
    assert done.match.matched == 2 and sorted(line["record"] for line in done.match.lines) == [
        "rgb-copy.jpg", "rgb.jpeg"
    ]  # fmt: skip
    assert done.link.networks > 0 and done.top and len(done.top) <= 10
    assert [n.risk for n in done.top] == sorted((n.risk for n in done.top), reverse=True)
    assert done.report is not None and "<html" in done.report.read_text(encoding="utf-8").lower()
    with store.transaction(actor="test:reader") as tx:
        entries = [(e.action, e.actor) for e in tx.audit.entries()]
        matched = {r["id"]: r for r in tx.records.export() if r["id"] in ("rgb.jpeg", "rgb-copy.jpg")}
    assert [a for a, actor in entries if actor == ACTOR] == ["report", "link", "match", "run"]
    assert {r["risk"] for r in matched.values()} == {MATCH_RISK}
    (match_entry,) = _audit(store, "match")
    assert match_entry == (ACTOR, "stored images", {"images": done.match.images, "records": 2, "matches": 2})
    assert _audit(store, "link")[0][2] == {"networks": done.link.networks, "records": done.link.networked_records}
    metrics = app.evaluate(store, corpus / "truth.jsonl", actor=ACTOR)
    assert metrics["records"] == written["records"] and metrics["predicted_records"] == len(lines) + 3


def test_problems_and_the_audit_trail_read_back(store: Store, tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({"id": "p1", "text": "Room to rent"}) + "\n{not json\n", encoding="utf-8")
    summary = app.ingest(store, [posts], app.IngestOptions(workers=1), actor=ACTOR)
    assert (summary.new, summary.problems) == (1, 1)
    (problem,) = app.problems(store, actor=ACTOR)
    assert problem.source == str(posts) and problem.locator == "line 2"
    app.search(store, "+1 201 555 0123", actor="test:bob")
    assert [e.action for e in app.audit_trail(store, actor=ACTOR)] == ["search", "ingest"]
    (mine,) = app.audit_trail(store, of_actor=ACTOR, actor=ACTOR)
    assert (mine.action, mine.target, mine.details["new"]) == ("ingest", f"run:{summary.run_id}", 1)
    assert [e.actor for e in app.audit_trail(store, action="search", actor=ACTOR)] == ["test:bob"]


def test_search_reads_any_written_form_and_image_digests(store: Store, tmp_path: Path) -> None:
    posts = [record(f"p{i}", f"room to rent, call +1 201 555 0123 ad {i}") for i in range(2)]
    store_batch(store, [(p, analysis(p, [("phone", "+12015550123")], near_dup=False)) for p in posts])
    app.ingest(store, [_images(tmp_path)], app.IngestOptions(workers=1), actor=ACTOR)
    app.link(store, actor=ACTOR)  # selector statistics are kept by the link stage

    forms = ["+1 (201) 555-0123", "001 201 555 0123", "201.555.0123"]
    found = [app.search(store, form, country="US", actor=ACTOR) for form in forms]
    for result in found:
        assert result.selectors == [("phone", "+12015550123")]
        assert sorted(o.record_id for o in result.occurrences) == ["p0", "p1"]
        assert [(s.type, s.value, s.records) for s in result.stats] == [("phone", "+12015550123", 2)]

    md5 = hashlib.md5((FIXTURES / "LA.png").read_bytes()).hexdigest()
    by_digest = app.search(store, md5.upper(), actor=ACTOR)
    sha = hashlib.sha256((FIXTURES / "LA.png").read_bytes()).hexdigest()
    assert by_digest.digest == ("md5", md5) and by_digest.selectors == [("image", sha)]
    assert [o.record_id for o in by_digest.occurrences] == ["LA.png"]
    missing = app.search(store, "0" * 40, actor=ACTOR)
    assert (missing.digest, missing.selectors, missing.occurrences) == (("sha1", "0" * 40), [], [])
    with pytest.raises(UsageError, match="does not read as"):
        app.search(store, "nothing to see", actor=ACTOR)

    entries = _audit(store, "search")
    assert len(entries) == len(forms) + 2  # the unreadable query reads nothing and leaves no entry
    assert entries[-1] == (ACTOR, forms[0], {"selectors": ["phone:+12015550123"], "records": 2})
    assert entries[1] == (ACTOR, md5.upper(), {"selectors": [f"image:{sha}"], "records": 1})


def test_match_stored_images_and_a_query_file(store: Store, tmp_path: Path) -> None:
    app.ingest(store, [_images(tmp_path)], app.IngestOptions(workers=1), actor=ACTOR)
    la_md5 = hashlib.md5((FIXTURES / "LA.png").read_bytes()).hexdigest()
    import_list(store, "demo", [HashEntry("pdq", _flip(RGB_PDQ, 5), quality=100), HashEntry("md5", la_md5)])

    stored = app.match_stored(store, radius=31, actor=ACTOR)
    assert stored.images == 3 and stored.matched == 3
    assert sorted((m["record"], m["kind"]) for m in stored.lines) == [
        ("LA.png", "md5"), ("rgb-copy.jpg", "pdq"), ("rgb.jpeg", "pdq")
    ]  # fmt: skip
    rgb = next(m for m in stored.lines if m["record"] == "rgb.jpeg")
    assert (rgb["distance"], rgb["hash"], rgb["list"]) == (5, _flip(RGB_PDQ, 5), "demo")

    queries = tmp_path / "queries.txt"
    queries.write_text(
        f"# a comment\n{RGB_PDQ}\nnot a hash\n{'0' * 64},20\n" + json.dumps({"pdq": _flip(RGB_PDQ, 1)}) + "\n"
    )
    asked = app.match_hashes(store, queries, radius=31, actor=ACTOR)
    assert asked.queries == 2 and asked.bad == 2
    assert [p.split(": ", 1)[0] for p in asked.problems] == [f"{queries}:3", f"{queries}:4"]
    assert [(m.query, m.distance) for m in asked.matches] == [(RGB_PDQ, 5), (_flip(RGB_PDQ, 1), 4)]
    assert app.match_hashes(store, queries, radius=3, actor=ACTOR).matches == []

    entries = _audit(store, "match")
    assert entries[2] == (ACTOR, "stored images", {"images": 3, "records": 3, "matches": 3, "radius": 31})
    assert entries[1] == (ACTOR, str(queries), {"queries": 2, "matches": 2, "radius": 31})
    assert entries[0][2] == {"queries": 2, "matches": 0, "radius": 3}


def test_series_groups_the_near_identical_stored_images(store: Store, tmp_path: Path) -> None:
    app.ingest(store, [_images(tmp_path)], app.IngestOptions(workers=1), actor=ACTOR)
    (found,) = app.series(store, actor=ACTOR)
    photo = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (tmp_path / "images").glob("rgb*")}
    assert set(found.sha256) == photo and found.images == 2 and found.series == f"S{min(photo)[:12]}"
    assert found.records == ["rgb-copy.jpg", "rgb.jpeg"] and found.networks == [] and found.matched == []
    assert len(found.pdq) == 2 and all(len(h) == 64 for h in found.pdq)
    assert app.series(store, min_images=3, actor=ACTOR) == []
    assert app.series(store, radius=0, actor=ACTOR) == []


def test_export_report_networks_and_hash_lists_are_audited(store: Store, tmp_path: Path) -> None:
    posts = [record(f"p{i}", f"room to rent, call +1 201 555 0123 ad {i}") for i in range(3)]
    store_batch(store, [(p, analysis(p, [("phone", "+12015550123")], near_dup=False)) for p in posts])
    linked = app.link(store, {"hub_min_degree": 50}, actor=ACTOR)
    assert linked.networks == 1

    out = tmp_path / "records.jsonl"
    assert app.export_records(store, out, actor=ACTOR) == 3
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == ["p0", "p1", "p2"]
    report = app.write_report(store, tmp_path / "report.html", top=5, actor=ACTOR)
    (net,) = app.ranked_networks(store, actor=ACTOR)
    detail = app.network(store, net.id, actor=ACTOR)
    assert detail is not None and sorted(m["id"] for m in detail["members"]) == ["p0", "p1", "p2"]
    assert app.network(store, "N-none", actor=ACTOR) is None

    listed = tmp_path / "list.txt"
    listed.write_text("0" * 32 + "\n" + "1" * 32 + "\nnot a hash\n")
    imported = app.import_hash_list(store, listed, name="partner", actor=ACTOR)
    assert (imported.format, imported.change.added, imported.change.first, imported.problems) == ("plain", 2, True, 1)
    assert [row.name for row in app.list_hash_lists(store, actor=ACTOR)] == ["partner"]
    exported = app.export_hash_list(store, "partner", fmt="plain", out=tmp_path / "copy.txt", actor=ACTOR)
    assert exported.rows == 2 and exported.file.read_text().count("\n") >= 2
    assert app.remove_hash_list(store, "partner", actor=ACTOR) == 2 and app.list_hash_lists(store, actor=ACTOR) == []

    assert _audit(store, "export.records") == [(ACTOR, str(out), {"records": 3})]
    assert _audit(store, "report") == [(ACTOR, str(report), {"top": 5})]
    assert _audit(store, "show.network") == [(ACTOR, net.id, {"members": 3})]  # none for a network not found
    assert _audit(store, "link") == [(ACTOR, "", {"networks": 1, "records": 3})]
    (imported_entry,) = _audit(store, "hashlist.import")
    assert imported_entry[1:] == ("partner", {"file": str(listed), "format": "plain", "entries": 2, "added": 2,
                                              "retracted": 0, "changed": 0})  # fmt: skip
    assert _audit(store, "hashlist.export")[0][2] == {"file": str(exported.file), "format": "plain", "rows": 2}
    assert _audit(store, "hashlist.remove") == [(ACTOR, "partner", {"entries": 2})]
