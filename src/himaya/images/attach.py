"""The images of a batch of records, hashed: new records that carry their images' hashes, then the pixels dropped.

Two kinds of image reach the analysis stage. An image record (an image file or archive member, read by
``ImageReader``) carries its bytes in ``attrs[PENDING]``, left by the reader for a worker to hash; it comes
back with its hashes in ``attrs["image"]`` and without the bytes, or, when the bytes are not a decodable image,
not at all (a Problem, and its uid counted as dropped). Any other record may reference images
(``record.images``); with an ``ImageSource`` (:mod:`himaya.images.sources`) to read them from, each one read
is hashed into ``attrs["image_hashes"]``, a list of the lines ``himaya hash --json`` writes, with ``path`` as
the record wrote it. A missing image is counted (exports often leave media out), and so are one outside the
record's folder and a URL (not fetched); one that is too large or not a decodable image is a Problem naming the
record and the image.

Records are never changed: those with images are replaced by copies (``dataclasses.replace``). Nothing is
kept between calls but what the caller passes in: a ``HashMemo``, which an ``Analyzer`` keeps for its process,
so that a network's photo, often posted with dozens of its ads, is decoded once.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from himaya.images.hashing import ImageError, hash_image, usable_pdq
from himaya.images.sources import MISSING, OUTSIDE, REMOTE, ImageSource, Key
from himaya.model import Problem, Record, SelectorHit, record_images

PENDING = "image_bytes"  # an image record's bytes, read by the main process and hashed here (see ImageReader)
_COUNTED = (MISSING, OUTSIDE, REMOTE)

Hashed = dict[str, Any] | str  # the lines of ``himaya hash --json`` without ``path``, or why the bytes are no image


@dataclass(slots=True)
class Attached:
    """A batch's records with their images hashed, and what hashing them found."""

    records: list[Record] = field(default_factory=list)  # in order, without the image records that were no image
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)  # hashed, missing, outside, remote (URLs), failed
    dropped: int = 0  # image records whose bytes were not an image


class HashMemo:
    """The hashes of the last ``size`` images hashed, by their source's key (equal keys name equal bytes)."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._hashed: OrderedDict[Key, Hashed] = OrderedDict()

    def get(self, key: Key, read: Callable[[Key], bytes | str]) -> Hashed:
        """The hashes of the image ``key`` names; ``read`` gives its bytes when they are not known yet. A read
        that fails is not remembered (the file may be back next time); an image that cannot be decoded is."""
        found = self._hashed.get(key)
        if found is not None:
            self._hashed.move_to_end(key)
            return found
        data = read(key)
        if isinstance(data, str):
            return data
        found = self._hashed[key] = hash_bytes(data)
        if len(self._hashed) > self.size:
            self._hashed.popitem(last=False)
        return found


def attach_images(records: Sequence[Record], source: ImageSource | None, memo: HashMemo | None = None) -> Attached:
    """The records with their images hashed (see the module's docstring). Without ``source``, only the image
    records' own bytes are hashed; ``memo`` keeps hashes between calls (a fresh one when not given)."""
    memo = memo if memo is not None else HashMemo()
    out = Attached()
    for record in records:
        if record.kind == "image":
            hashed = _hash_pending(record, out)
            if hashed is not None:
                out.records.append(hashed)
        elif source is not None and record.images:
            out.records.append(_hash_referenced(record, source, memo, out))
        else:
            out.records.append(record)
    return out


def _hash_pending(record: Record, out: Attached) -> Record | None:
    """The image record with its hashes for its bytes; None when they are not an image."""
    if PENDING not in record.attrs:
        return record
    data = record.attrs[PENDING]
    attrs = {k: v for k, v in record.attrs.items() if k != PENDING}
    if not isinstance(data, bytes):
        return replace(record, attrs=attrs)
    result = hash_bytes(data)
    if isinstance(result, str):
        out.problems.append(Problem(record.source, record.locator, result))
        out.dropped += 1
        return None
    return replace(record, attrs={**attrs, "image": {"path": record.source, **result}})


def _hash_referenced(record: Record, source: ImageSource, memo: HashMemo, out: Attached) -> Record:
    hashed: list[dict[str, Any]] = []
    for ref in dict.fromkeys(record.images):  # each image once per record, in order
        key = source.locate(record, ref)
        result = key if isinstance(key, str) else memo.get(key, source.read)
        if isinstance(result, dict):
            hashed.append({**result, "path": ref})
            out.counts["hashed"] += 1
        elif result in _COUNTED:
            out.counts[result] += 1
        else:
            out.counts["failed"] += 1
            out.problems.append(Problem(record.source, record.locator, f"image {ref}: {result}"))
    if not hashed:
        return record
    return replace(record, attrs={**record.attrs, "image_hashes": hashed})


def hash_bytes(data: bytes) -> Hashed:
    """The hashes of an image's bytes with the PDQ of its 7 rotations and flips (the pixels will be gone), as
    ``himaya hash --json`` writes them without ``path``; or why the bytes are not an image."""
    try:
        hashes = hash_image(data, dihedral=True)
    except ImageError as exc:
        return str(exc)
    line = hashes.as_json("")
    del line["path"]
    return line


def image_selectors(record: Record) -> list[SelectorHit]:
    """One ``image`` selector per image of the record: its SHA-256, with its PDQ hash as ``detail`` when
    the hash is good enough to link near-identical copies by. ``start`` and ``end`` are -1: not in the text."""
    return [
        SelectorHit("image", image["sha256"], str(image.get("path") or ""), -1, -1, detail=usable_pdq(image))
        for image in record_images(record.kind, record.attrs)
        if image.get("sha256")
    ]
