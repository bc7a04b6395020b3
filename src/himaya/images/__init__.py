"""Known-image detection without looking: hashes of images (the pixels are dropped), hash lists, matching.

Himaya never needs, stores or shows the images themselves: an image is read once, hashed (MD5, SHA-1,
SHA-256 and the PDQ perceptual hash) and forgotten.

- ``hashing``: the hashes of one image, of files, folders and archives (``himaya hash``);
- ``lists``: hash-list formats (plain, Project VIC VICS 2.0, ICSE, ThreatExchange/HMA, NCMEC-style);
- ``index``: exact range search over PDQ hashes (multi-index hashing);
- ``series``: groups of near-identical images;
- ``match``: images against the stored lists (``himaya match``).

The public names are loaded on first use (numpy, Pillow and pdqhash are not needed to import the package).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from himaya.images.hashing import ImageError, ImageHashes, hash_image, hash_paths
    from himaya.images.index import PDQIndex, hashes_from_hex, to_hex
    from himaya.images.match import ListIndex, Match
    from himaya.images.series import clusters

__all__ = [
    "ImageError", "ImageHashes", "ListIndex", "Match", "PDQIndex", "clusters", "hash_image", "hash_paths",
    "hashes_from_hex", "to_hex",
]  # fmt: skip
_WHERE = {
    "ImageError": "hashing", "ImageHashes": "hashing", "hash_image": "hashing", "hash_paths": "hashing",
    "PDQIndex": "index", "hashes_from_hex": "index", "to_hex": "index", "ListIndex": "match", "Match": "match",
    "clusters": "series",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"himaya.images.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'himaya.images' has no attribute {name!r}")
