"""What is stored, read back: the bad input met while reading, the audit trail, and a score of the stored
records against a synthetic corpus's ground truth."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from himaya.report.export import write_export
from himaya.store.models import AuditEntry, ProblemRow
from himaya.synth import evaluate as score

if TYPE_CHECKING:
    from himaya.store import Store

__all__ = ["audit_trail", "evaluate", "problems"]


def problems(store: Store, *, limit: int = 100, actor: str) -> list[ProblemRow]:
    """Bad input met while reading (file, place, reason), up to ``limit``."""
    with store.transaction(actor=actor) as tx:
        return tx.records.problems(limit=limit)


def audit_trail(
    store: Store, *, limit: int = 50, of_actor: str | None = None, action: str | None = None, actor: str
) -> list[AuditEntry]:
    """The newest audit entries first, optionally only those of ``of_actor`` or of one ``action``."""
    with store.transaction(actor=actor) as tx:
        return tx.audit.entries(limit=limit, actor=of_actor, action=action)


def evaluate(store: Store, truth: Path, *, actor: str) -> dict[str, Any]:
    """Metrics of the stored records and networks against ``truth`` (``truth.jsonl`` of ``himaya synth``);
    audited as "evaluate" (it reads every record, as an export does)."""
    with store.transaction(actor=actor) as tx, tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.jsonl"
        records = write_export(tx, export)
        tx.audit.record("evaluate", str(truth), records=records)
        return score(export, truth)
