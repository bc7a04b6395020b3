"""The main job and its stages as a caller runs them: ingest, match the stored images against the stored hash
lists, link into networks, and (when asked) write the report.

The order lives here, once: the command line, a web app, a notebook or a Spark driver call ``run`` and
present what it returns. A caller that shows each stage as it ends gives a ``RunEvents``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from himaya.app.images import MatchResult, match_stored_in
from himaya.link import link_settings, load_stoplist
from himaya.link.build import LinkSummary
from himaya.pipeline import AnalyzerConfig, IngestSummary, Progress, Silent
from himaya.pipeline import ingest as ingest_stage
from himaya.pipeline import link as link_stage
from himaya.report import write_report as render_report
from himaya.store.models import NetworkRow

if TYPE_CHECKING:
    from himaya.store import Store

__all__ = ["IngestOptions", "RunEvents", "RunOptions", "RunResult", "ingest", "link", "run"]

TOP = 10  # networks a run returns to show
REPORT_TOP = 50  # networks in a run's report


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read and analyse: a forced input format, a field mapping, worker processes (None: one per
    core), records a batch, and whether to hash the local images that records reference."""

    fmt: str | None = None
    mapping: Mapping[str, str] | None = None
    workers: int | None = None
    batch_size: int = 500
    image_files: bool = True


@dataclass(frozen=True, slots=True)
class RunOptions:
    """The options of the main job: reading (``ingest``), matching rotated and flipped copies too
    (``dihedral``), the link settings by name (``himaya.settings``; None takes the default), a stop-list
    file, and where to write the report (None: no report)."""

    ingest: IngestOptions = field(default_factory=IngestOptions)
    dihedral: bool = False
    settings: Mapping[str, Any] = field(default_factory=dict)
    stoplist: Path | None = None
    report: Path | None = None


@dataclass(slots=True)
class RunResult:
    """What a run did: the ingest summary, the stored images matched (None without hash lists), the link
    summary, the top networks by risk, and the report's path (None when none was asked for)."""

    ingest: IngestSummary
    match: MatchResult | None
    link: LinkSummary
    top: list[NetworkRow]
    report: Path | None = None


class RunEvents:
    """Told of each stage of ``run`` as it ends (override what you show; the default shows nothing)."""

    def ingested(self, summary: IngestSummary) -> None:
        """The inputs are read and stored."""

    def matched(self, result: MatchResult) -> None:
        """The stored images are matched against the stored lists (only when there are lists)."""

    def linked(self, summary: LinkSummary) -> None:
        """The networks are built and stored."""


def ingest(
    store: Store,
    inputs: Sequence[str | os.PathLike[str]],
    options: IngestOptions | None = None,
    *,
    actor: str,
    progress: Progress | None = None,
    command: str = "ingest",
) -> IngestSummary:
    """Read, analyse and store ``inputs`` without linking; the run is audited as ``command``."""
    options = options or IngestOptions()
    return ingest_stage(
        store,
        inputs,
        fmt=options.fmt,
        mapping=options.mapping,
        workers=options.workers,
        batch_size=options.batch_size,
        config=AnalyzerConfig(image_files=options.image_files),
        progress=progress,
        command=command,
        actor=actor,
    )


def link(
    store: Store,
    settings: Mapping[str, Any] | None = None,
    stoplist: Path | None = None,
    *,
    actor: str,
    progress: Progress | None = None,
) -> LinkSummary:
    """(Re)build the networks from everything stored, with the link settings by name and a stop-list file;
    audited as "link" with the networks and networked records."""
    stop = load_stoplist(stoplist) if stoplist else ()
    with store.transaction(actor=actor) as tx:
        summary = link_stage(tx, link_settings(dict(settings or {}), stop), step=(progress or Silent()).step)
        tx.audit.record("link", "", networks=summary.networks, records=summary.networked_records)
    return summary


def run(
    store: Store,
    inputs: Sequence[str | os.PathLike[str]],
    options: RunOptions | None = None,
    *,
    actor: str,
    progress: Progress | None = None,
    events: RunEvents | None = None,
) -> RunResult:
    """The main job: ingest ``inputs`` (audited as "run"), match the stored images against the stored hash
    lists when there are any ("match"; before linking, so that networks carry their risk), link ("link"), and
    write the report when asked ("report")."""
    options = options or RunOptions()
    events = events or RunEvents()
    ingested = ingest(store, inputs, options.ingest, actor=actor, progress=progress, command="run")
    events.ingested(ingested)
    matched = None
    with store.transaction(actor=actor) as tx:
        if tx.hashlists.all():
            matched = match_stored_in(tx, dihedral=options.dihedral)
            tx.audit.record(
                "match", "stored images", images=matched.images, records=matched.matched, matches=len(matched.lines)
            )
    if matched is not None:
        events.matched(matched)
    linked = link(store, options.settings, options.stoplist, actor=actor, progress=progress)
    events.linked(linked)
    with store.transaction(actor=actor) as tx:
        top = tx.networks.ranked(limit=TOP)
        if options.report is not None:
            render_report(tx, options.report, top=REPORT_TOP)
            tx.audit.record("report", str(options.report), top=REPORT_TOP)
    return RunResult(ingested, matched, linked, top, options.report)
