"""The main job: read inputs, analyse records in worker processes, store them, link them into networks.

The main process reads and writes (only it talks to the database); workers run the pure analysis stage on
batches. Batches are written in the order they were read, each in one transaction, so an interrupted run
keeps every batch it finished and a re-run skips the records already stored (content addresses).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from himaya import ingest as readers
from himaya.errors import InputError
from himaya.images.attach import PENDING
from himaya.images.sources import local_ref
from himaya.model import Problem, Record
from himaya.pipeline.analyze import Analyzer, AnalyzerConfig, analyze_in_worker, init_worker, worker_config
from himaya.store.rows import Rows

if TYPE_CHECKING:
    from himaya.store import Store

MAX_PROBLEM_EXAMPLES = 20
BYTES_PER_RECORD = 1000  # a low guess at the records in the input (short ads run 300-600 bytes)
MAX_BATCH_IMAGE_BYTES = 16 * 1024 * 1024  # a batch of image files goes to its worker at this size
IMAGE_COST = 25  # an image to decode weighs this many records in a batch, so that the workers share the images


class Progress(Protocol):
    """What the pipeline tells a progress display. The CLI draws bars; the library default says nothing."""

    def start(self, total_bytes: int) -> None: ...
    def advance_bytes(self, n: int) -> None: ...
    def advance_records(self, n: int) -> None: ...
    def step(self, message: str) -> None: ...


class Silent:
    def start(self, total_bytes: int) -> None:
        pass

    def advance_bytes(self, n: int) -> None:
        pass

    def advance_records(self, n: int) -> None:
        pass

    def step(self, message: str) -> None:
        pass


@dataclass(slots=True)
class IngestSummary:
    run_id: int = 0
    read: int = 0
    new: int = 0
    already_stored: int = 0
    problems: int = 0
    problem_examples: list[str] = field(default_factory=list)
    images: Counter[str] = field(default_factory=Counter)  # referenced images: hashed, missing, remote, failed
    seconds: float = 0.0

    @property
    def records_per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def ingest(
    store: Store,
    inputs: Sequence[str | os.PathLike[str]],
    *,
    fmt: str | None = None,
    mapping: Mapping[str, str] | None = None,
    workers: int | None = None,
    batch_size: int = 500,
    config: AnalyzerConfig | None = None,
    progress: Progress | None = None,
    command: str = "ingest",
    actor: str = "library",
) -> IngestSummary:
    """Read, analyse and store every record of ``inputs``; returns counts (bad input is counted, not raised).

    Each batch is written in a transaction of its own; the run's row and its audit entry (``command``, acting
    for ``actor``) are written when it begins and when it ends."""
    progress = progress or Silent()
    config = config or AnalyzerConfig()
    workers = default_workers() if workers is None else max(1, workers)
    paths = [Path(p) for p in inputs]
    for path in paths:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}", path=str(path))
    summary = IngestSummary()
    started = time.perf_counter()
    with store.transaction(actor=actor) as tx:
        summary.run_id = tx.runs.begin(command, [str(p) for p in paths])
    total_bytes = readers.total_bytes(paths)
    progress.start(total_bytes)
    with store.transaction(actor=actor) as tx:
        known = {_short(uid) for uid in tx.records.known_uids()}
    registry = readers.registry(defer_images=True)  # image files are decoded by the workers

    def batches() -> Iterator[tuple[list[Record], list[Problem]]]:
        batch: list[Record] = []
        bad: list[Problem] = []
        pending = 0  # bytes of images in the batch, left for the workers to hash
        cost = 0  # records in the batch, an image to hash counting IMAGE_COST
        for path in paths:
            for item in readers.read(path, fmt=fmt, mapping=mapping, progress=progress.advance_bytes, readers=registry):
                if isinstance(item, Problem):
                    _count_problems(summary, [item])
                    bad.append(item)
                    continue
                summary.read += 1
                key = _short(item.uid)
                if key in known:
                    summary.already_stored += 1
                    continue
                known.add(key)
                batch.append(item)
                data = item.attrs.get(PENDING, b"")
                pending += len(data)
                cost += 1 + IMAGE_COST * (1 if data else _local_images(item) if config.image_files else 0)
                if cost >= batch_size or pending >= MAX_BATCH_IMAGE_BYTES:
                    yield batch, bad
                    batch, bad, pending, cost = [], [], 0, 0
        if batch or bad:
            yield batch, bad

    status = "failed"
    try:
        with store.bulk_load(expected=readers.estimate_records(paths, BYTES_PER_RECORD)):
            for batch, bad, rows in _analyse(batches(), workers, config):
                if rows.problems:
                    bad = [*bad, *rows.problems]
                    _count_problems(summary, rows.problems)
                summary.read -= rows.image_counts.pop("dropped", 0)  # image records that were not images
                summary.images.update(rows.image_counts)
                with store.transaction(actor=actor) as tx:
                    summary.new += tx.records.write_rows(summary.run_id, rows, bad)
                progress.advance_records(len(batch))
            progress.step("indexing")
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        counts = {
            "read": summary.read,
            "new": summary.new,
            "already_stored": summary.already_stored,
            "problems": summary.problems,
            **({"images": dict(summary.images)} if summary.images else {}),
            "seconds": round(summary.seconds, 2),
        }
        with store.transaction(actor=actor) as tx:
            tx.runs.finish(summary.run_id, counts, status)
            tx.audit.record(command, f"run:{summary.run_id}", inputs=[str(p) for p in paths], status=status, **counts)
    return summary


def _analyse(
    batches: Iterable[tuple[list[Record], list[Problem]]], workers: int, config: AnalyzerConfig
) -> Iterator[tuple[list[Record], list[Problem], Rows]]:
    """Analyse batches in order: inline for one worker, else in a process pool with a bounded queue."""
    if workers == 1:
        with Analyzer(config) as analyzer:
            for batch, bad in batches:
                yield batch, bad, analyzer.rows(batch)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=init_worker, initargs=(worker_config(config),)
    ) as pool:
        pending: deque[tuple[list[Record], list[Problem], Future[Rows]]] = deque()
        for batch, bad in batches:
            pending.append((batch, bad, pool.submit(analyze_in_worker, batch)))
            while len(pending) > workers * 2:
                b, p, fut = pending.popleft()
                yield b, p, fut.result()
        while pending:
            b, p, fut = pending.popleft()
            yield b, p, fut.result()


def _local_images(record: Record) -> int:
    """The images a record references that a worker may read (not URLs)."""
    return sum(1 for ref in record.images if local_ref(ref) is not None) if record.images else 0


def _count_problems(summary: IngestSummary, found: Sequence[Problem]) -> None:
    summary.problems += len(found)
    room = MAX_PROBLEM_EXAMPLES - len(summary.problem_examples)
    summary.problem_examples.extend(str(p) for p in found[: max(0, room)])


def _short(uid: str) -> int:
    """A 64-bit prefix of a content address: enough to tell records apart in memory, at 8 bytes each."""
    return int(uid[:16], 16)
