"""Exports of what is stored: every record as JSON lines, and the offline HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from himaya.report import write_report as render_report
from himaya.report.export import write_export

if TYPE_CHECKING:
    from himaya.store import Store

__all__ = ["export_records", "write_report"]


def export_records(store: Store, out: Path | IO[Any], *, actor: str) -> int:
    """Write one JSON object per record to ``out`` (a path or an open text stream); returns how many.
    Audited as "export.records" with the file's name ("-" for a stream)."""
    with store.transaction(actor=actor) as tx:
        count = write_export(tx, out)
        tx.audit.record("export.records", str(out) if isinstance(out, Path) else "-", records=count)
    return count


def write_report(store: Store, out: Path, *, top: int = 50, actor: str) -> Path:
    """Write the self-contained HTML report of the ``top`` networks to ``out``; audited as "report"."""
    with store.transaction(actor=actor) as tx:
        render_report(tx, out, top=top)
        tx.audit.record("report", str(out), top=top)
    return out
