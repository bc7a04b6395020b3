"""Hashing image files, folders and archives (``himaya hash``), in threads or worker processes.

Files are found and read through :mod:`himaya.ingest` (its image reader, so ``himaya hash`` and ``himaya run``
read an archive or a folder alike) and hashed by :mod:`himaya.images.hashing`; this module sits above both,
which keeps the hashing itself a leaf that reads nothing.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from himaya import ingest
from himaya.errors import InputError
from himaya.images.hashing import bombs_raise
from himaya.ingest.open import walk
from himaya.model import Problem

__all__ = ["hash_file", "hash_paths"]


def hash_paths(
    paths: Iterable[str | os.PathLike[str]], workers: int = 1, *, dihedral: bool = False
) -> Iterator[dict[str, Any]]:
    """One JSON-ready line per image under ``paths`` (files, folders, zip, tar and gzip archives):
    ``{"path", "md5", "sha1", "sha256", "pdq", "pdq_quality", "width", "height"}`` (and ``"pdq_dihedral"``, the
    PDQ of the 7 other rotations and flips, with ``dihedral``), or ``{"path", "error"}`` for a file that is not
    a readable image (named, skipped, never fatal). Lines come out in the order of the files.

    With ``workers`` > 1, files are hashed in parallel. Up to ``THREADS`` workers, or with less than
    ``POOL_MIN_BYTES`` to hash, by threads of this process: decoding, resizing and the digests let go of the
    GIL, so two threads hash 1.7 times as fast as one, and they start at once. Otherwise by that many processes
    (an archive in one of them), which keep up with more cores but take a second or more to start."""
    files = [file for path in paths for file in walk(os.fspath(path))]
    if workers <= 1 or len(files) < 2:
        for file in files:
            yield from hash_file(file, dihedral=dihedral)
        return
    workers = min(workers, len(files))
    if workers <= THREADS or _total_bytes(files) < POOL_MIN_BYTES:
        with bombs_raise():  # once for all the threads (see hashing.bombs_raise)
            yield from _in_order(ThreadPoolExecutor(workers), [[file] for file in files], 2 * workers, dihedral)
        return
    # Chunks of a few files: fewer round trips, and still a balanced end (8 chunks a worker at least).
    size = max(1, min(8, len(files) // (workers * 8)))
    parts = [files[i : i + size] for i in range(0, len(files), size)]
    pool = ProcessPoolExecutor(workers, mp_context=_context())
    yield from _in_order(pool, parts, 2 * workers, dihedral, help_while_starting=True)


THREADS = 2  # up to this many workers, hash_paths hashes in threads: as fast as processes, and no start-up
POOL_MIN_BYTES = 64 * 1024 * 1024  # and with less than this to hash, whatever the workers


def _in_order(
    pool: Executor, parts: list[list[str]], window: int, dihedral: bool, *, help_while_starting: bool = False
) -> Iterator[dict[str, Any]]:
    """The lines of ``parts`` (lists of files) hashed by ``pool``, in order, with ``window`` parts in flight.
    ``help_while_starting``: until the pool sends its first part back (processes take a second or more to
    start), this thread hashes the next parts itself instead of waiting."""
    pending: deque[Future[list[dict[str, Any]]] | list[dict[str, Any]]] = deque()  # in file order
    todo = iter(parts)
    try:
        started = [pool.submit(_hash_files, part, dihedral) for part in itertools.islice(todo, window)]
        pending.extend(started)
        first = started[0]
        while pending:
            while help_while_starting and not first.done() and (part := next(todo, None)) is not None:
                pending.append(_hash_files(part, dihedral))
            head = pending.popleft()
            yield from head if isinstance(head, list) else head.result()
            if (part := next(todo, None)) is not None:
                pending.append(pool.submit(_hash_files, part, dihedral))
    finally:  # a reader that stops early (or fails) waits only for the parts already being hashed
        pool.shutdown(wait=True, cancel_futures=True)


def _total_bytes(files: list[str]) -> int:
    total = 0
    for file in files:
        try:
            total += os.path.getsize(file)
        except OSError:
            continue  # reported when it is read
        if total >= POOL_MIN_BYTES:
            break
    return total


def _hash_files(files: list[str], dihedral: bool) -> list[dict[str, Any]]:
    return [line for file in files for line in hash_file(file, dihedral=dihedral)]


def _context() -> Any:
    """The start method of the workers. A fork server where there is one (Linux): a clean process, started
    once, that imports the hashing modules once; each worker is forked from it ready to hash, instead of
    starting Python and importing them again (spawn). Never a plain fork of the caller, whose threads and
    locks a child could inherit mid-use. Elsewhere, spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # '__main__' (the default) stays: without it, every worker would run the main script again. Has no effect
    # once the fork server runs, which is then already set up.
    context.set_forkserver_preload(["__main__", *_WORKER_MODULES])
    return context


_WORKER_MODULES = (
    "numpy", "PIL.Image", "PIL.JpegImagePlugin", "PIL.PngImagePlugin", "pdqhash", "himaya.ingest",
    "himaya.pipeline.hashfiles",
)  # fmt: skip


def hash_file(path: str, *, dihedral: bool = False) -> list[dict[str, Any]]:
    """The lines of :func:`hash_paths` for one file (an archive gives one line per member)."""
    try:
        items = ingest.read(path, fmt="image")
    except InputError:  # gone since it was listed, or a link that leads nowhere (a loop): named, as a folder's
        return [{"path": path, "error": _cannot_open(path)}]
    lines: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Problem):
            lines.append({"path": item.source, "error": item.reason})
            continue
        line = dict(item.attrs["image"])  # the reader keeps the dihedral hashes too
        if not dihedral:
            line.pop("pdq_dihedral", None)
        lines.append(line)
    return lines


def _cannot_open(path: str) -> str:
    """Why ``path`` cannot be read, worded as ``himaya.ingest`` words it for a file in a folder."""
    try:
        with open(path, "rb"):
            return "cannot open: it vanished or changed while being read"
    except OSError as exc:
        return f"cannot open: {exc.strerror or exc}"
