"""Progress bars for long work (rich), written to stderr so stdout stays clean for --json."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)


class Bars:
    """Implements ``himaya.pipeline.Progress`` with a rich progress display."""

    def __init__(self, console: Console, enabled: bool = True) -> None:
        self.console = console
        self.enabled = enabled
        self._progress: Progress | None = None
        self._bytes: TaskID | None = None
        self._records: TaskID | None = None
        self._count = 0

    def __enter__(self) -> Bars:
        if self.enabled:
            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TextColumn("{task.fields[records]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)  # type: ignore[arg-type]

    def start(self, total_bytes: int) -> None:
        if self._progress is not None:
            self._bytes = self._progress.add_task("reading", total=total_bytes or None, records="")

    def advance_bytes(self, n: int) -> None:
        if self._progress is not None and self._bytes is not None:
            self._progress.advance(self._bytes, n)

    def advance_records(self, n: int) -> None:
        self._count += n
        if self._progress is not None and self._bytes is not None:
            self._progress.update(self._bytes, records=f"{self._count:,} records analysed")

    def step(self, message: str) -> None:
        if self.enabled:
            self.console.log(message)
