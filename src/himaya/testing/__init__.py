"""Helpers for testing Himaya and its plug-ins: the contract checks every registered entry must pass."""

from himaya.testing.contracts import check_hash_kind, check_hashlist_format, check_reader, check_selector_type

__all__ = ["check_hash_kind", "check_hashlist_format", "check_reader", "check_selector_type"]
