"""Known-image detection without looking: hashes of images (the pixels are dropped), hash lists, matching.

Himaya never needs, stores or shows the images themselves: an image is read once, hashed (MD5, SHA-1,
SHA-256 and the PDQ perceptual hash) and forgotten.

- ``hashing``: the hashes of one image (files, folders and archives: ``himaya.pipeline.hashfiles``);
- ``lists``: hash-list formats (plain, Project VIC VICS 2.0, ICSE, ThreatExchange/HMA, NCMEC-style);
- ``index``: exact range search over PDQ hashes (multi-index hashing);
- ``series``: groups of near-identical images;
- ``match``: images against an index of the lists, given their entries (``ListEntries``: the store's
  ``tx.hashlists``; the job that matches the stored images is ``himaya.app.images``);
- ``queries``: the query files of ``himaya match --hashes``.

Everything here is pure: no module reads or writes the store, and what a match means for risk is
``himaya.risk.images``.

The public names are loaded on first use (numpy, Pillow and pdqhash are not needed to import the package).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from himaya import lazy

if TYPE_CHECKING:
    from himaya.images.hashing import PDQ_RADIUS, ImageError, ImageHashes, hash_image
    from himaya.images.index import PDQIndex, hashes_from_hex, to_hex
    from himaya.images.match import ListIndex, Match
    from himaya.images.series import clusters

__all__ = [
    "PDQ_RADIUS", "ImageError", "ImageHashes", "ListIndex", "Match", "PDQIndex", "clusters", "hash_image",
    "hashes_from_hex", "to_hex",
]  # fmt: skip
_WHERE = {
    "PDQ_RADIUS": "hashing", "ImageError": "hashing", "ImageHashes": "hashing", "hash_image": "hashing",
    "PDQIndex": "index", "hashes_from_hex": "index", "to_hex": "index", "ListIndex": "match", "Match": "match",
    "clusters": "series",
}  # fmt: skip

__getattr__ = lazy.exports(__name__, _WHERE)
