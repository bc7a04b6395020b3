"""What the link stage reads, as compact arrays: record facts, selector occurrences, MinHash rows, images.

``LinkInputs.from_rows`` turns rows as the store yields them (or as a test, a notebook or a Spark job writes
them by hand) into integer arrays indexed by record position, so that ``build.build_networks`` is a pure
function of these arrays and its settings. Selectors are interned: each distinct (type, value) once, in the
order of its first occurrence, and occurrences are (record index, selector index) pairs, a few bytes each
instead of a tuple of strings.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from himaya.link.minhash import BANDS, NUM_PERM
from himaya.link.summary import RecordFacts

Step = Callable[[str], None]

# (uid, risk, typology, country, location, posted_at) of a record
FactRow = tuple[str, float, str | None, str | None, str | None, str | None]
OccurrenceRow = tuple[str, str, str]  # (record uid, selector type, value)
MinHashRow = tuple[str, bytes, bytes]  # (record uid, BANDS little-endian int64, NUM_PERM little-endian uint32)
ImageRow = tuple[str, str, str]  # (record uid, SHA-256, PDQ hex) of an image good enough to link by
ShownRow = tuple[str, str]  # (record uid, SHA-256 of an image record it shows by URL)
PreviousRow = tuple[str, str]  # (record uid, id of the network it was in at the last link)


def _empty(dtype: Any, *shape: int) -> npt.NDArray[Any]:
    return np.zeros((0, *shape) if shape else 0, dtype=dtype)


@dataclass(slots=True)
class LinkInputs:
    """The link stage's inputs. Record ``i`` is ``facts.uids[i]``; every array below indexes records by it."""

    facts: RecordFacts
    selectors: list[tuple[str, str]] = field(default_factory=list)  # distinct (type, value), first seen first
    occ_record: npt.NDArray[np.int64] = field(default_factory=lambda: _empty(np.int64))
    occ_selector: npt.NDArray[np.int64] = field(default_factory=lambda: _empty(np.int64))  # into ``selectors``
    minhash_record: npt.NDArray[np.int64] = field(default_factory=lambda: _empty(np.int64))
    bands: npt.NDArray[np.int64] = field(default_factory=lambda: _empty(np.int64, BANDS))
    signatures: npt.NDArray[np.uint32] = field(default_factory=lambda: _empty(np.uint32, NUM_PERM))
    images: list[tuple[int, str, str]] = field(default_factory=list)  # (record index, SHA-256, PDQ hex)
    # the network each record was in at the last link: an index into ``previous_ids``, -1 for none
    previous: npt.NDArray[np.int32] = field(default_factory=lambda: _empty(np.int32))
    previous_ids: list[str] = field(default_factory=list)  # the ids of the last link's networks, first seen first

    def __post_init__(self) -> None:
        if len(self.previous) != len(self.facts.uids):  # built by hand without the last link: no record was in one
            self.previous = np.full(len(self.facts.uids), -1, dtype=np.int32)

    @classmethod
    def from_rows(
        cls,
        facts: Iterable[FactRow],
        occurrences: Iterable[OccurrenceRow] = (),
        shown: Iterable[ShownRow] = (),
        minhashes: Iterable[MinHashRow] = (),
        images: Iterable[ImageRow] = (),
        *,
        previous: Iterable[PreviousRow] = (),
        step: Step | None = None,
    ) -> LinkInputs:
        """The arrays of rows shaped as the store's ``record_facts``, ``pivot_occurrences``, ``image_url_refs``,
        ``minhash_rows`` and ``image_occurrences`` yield them, read in that order (each iterable is consumed
        once, so they may stream). An image a record shows by URL is one more ``image`` occurrence of it, after
        the others; every uid must be one of ``facts``'. ``previous`` are the (record uid, network id) pairs of
        the last link (``members``), so that networks keep their ids (``ids.assign_ids``); a uid not among
        ``facts`` is ignored there."""
        say = step or _silent
        say("loading records")
        loaded = RecordFacts.load(facts)
        index = loaded.index
        say("loading selectors")
        selector_id: dict[tuple[str, str], int] = {}
        selectors: list[tuple[str, str]] = []
        rec, sel = array("q"), array("q")
        shown_once = ((uid, "image", sha) for uid, sha in dict.fromkeys(shown))
        for rows in (occurrences, shown_once):
            for uid, typ, value in rows:
                key = (typ, value)
                s = selector_id.get(key)
                if s is None:
                    s = selector_id[key] = len(selectors)
                    selectors.append(key)
                rec.append(index[uid])
                sel.append(s)
        del selector_id
        say("loading text signatures")
        where = array("q")
        band_buf, sig_buf = bytearray(), bytearray()
        for uid, bands, signature in minhashes:  # into flat buffers: 384 bytes a record
            where.append(index[uid])
            band_buf += bands
            sig_buf += signature
        say("loading images")
        image_rows = [(index[uid], sha256, pdq) for uid, sha256, pdq in images]
        say("loading the last link's networks")
        was = np.full(len(loaded.uids), -1, dtype=np.int32)
        old_index: dict[str, int] = {}
        for uid, network in previous:
            r = index.get(uid)
            if r is not None:
                was[r] = old_index.setdefault(network, len(old_index))
        return cls(
            facts=loaded,
            selectors=selectors,
            occ_record=np.frombuffer(rec, dtype=np.int64),
            occ_selector=np.frombuffer(sel, dtype=np.int64),
            minhash_record=np.frombuffer(where, dtype=np.int64),
            bands=np.frombuffer(band_buf, dtype="<i8").reshape(len(where), BANDS),
            signatures=np.frombuffer(sig_buf, dtype="<u4").reshape(len(where), NUM_PERM),
            images=image_rows,
            previous=was,
            previous_ids=list(old_index),
        )


def _silent(_message: str) -> None:
    pass
