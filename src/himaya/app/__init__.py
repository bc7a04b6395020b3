"""The application layer: the jobs a caller runs on a store, as library functions.

The command line, and next the web workspace, a notebook or a Spark driver, call these and present what they
return; none of them orders stages, parses query files or writes audit entries itself. Each function takes a
``Store`` and the ``actor`` it acts for ("cli:alice", "web:bob"), opens its own transactions, writes the
audit entry of what it read or changed in the same transaction, and returns typed results (dataclasses).

- ``run``: the main job (ingest, match stored images, link, report), and its stages ``ingest`` and ``link``;
- ``search``: a selector in any written form, or an image by digest;
- ``explain``: the cheapest chain of ties between two records or networks;
- ``match_stored``, ``match_hashes``, ``series``: known and near-identical images;
- ``import_hash_list``, ``export_hash_list``, ``list_hash_lists``, ``remove_hash_list``: the hash lists
  (``hashlists.open_hash_list`` settles a file's format before any store is opened);
- ``export_records``, ``write_report``, ``ranked_networks``, ``network_listing``, ``network``: what is
  stored, exported or shown;
- ``problems``, ``audit_trail``, ``evaluate``: bad input, the audit trail, a score against a ground truth.
"""

from himaya.app.explain import ExplainResult, explain
from himaya.app.export import export_records, write_report
from himaya.app.hashlists import (
    HashListExport,
    HashListImport,
    export_hash_list,
    import_hash_list,
    list_hash_lists,
    remove_hash_list,
)
from himaya.app.images import MatchResult, QueryMatchResult, SeriesRow, match_hashes, match_stored, series
from himaya.app.networks import NetworkListing, network, network_listing, ranked_networks
from himaya.app.records import audit_trail, evaluate, problems
from himaya.app.run import IngestOptions, RunEvents, RunOptions, RunResult, ingest, link, run
from himaya.app.search import SearchResult, search

__all__ = [
    "ExplainResult",
    "HashListExport",
    "HashListImport",
    "IngestOptions",
    "MatchResult",
    "NetworkListing",
    "QueryMatchResult",
    "RunEvents",
    "RunOptions",
    "RunResult",
    "SearchResult",
    "SeriesRow",
    "audit_trail",
    "evaluate",
    "explain",
    "export_hash_list",
    "export_records",
    "import_hash_list",
    "ingest",
    "link",
    "list_hash_lists",
    "match_hashes",
    "match_stored",
    "network",
    "network_listing",
    "problems",
    "ranked_networks",
    "remove_hash_list",
    "run",
    "search",
    "series",
    "write_report",
]
