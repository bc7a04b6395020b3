"""Outputs: the records export, the offline HTML report, and read models for the CLI."""

from himaya.report.export import write_export
from himaya.report.html import write_report

__all__ = ["write_export", "write_report"]
