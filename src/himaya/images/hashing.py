"""Hashes of one image: MD5, SHA-1 and SHA-256 of its bytes, and PDQ of its pixels, which are then dropped.

PDQ (Meta's perceptual hash, 256 bits and a quality 0-100) is computed by the ``pdqhash`` bindings to the
reference C++ code, on the pixels as the reference's own photo hasher sees them: converted to RGB
(``Image.convert``, which is also how Meta's python-threatexchange feeds them), and, when a side is larger
than 512, resized to 512 x 512 with nearest-neighbour sampling as the reference does before hashing. Identical
pixels therefore give the reference's hash exactly.

Decoding dominates the cost. A large JPEG is decoded at a reduced scale (libjpeg's DCT scaling, Pillow's
``draft``): still at least 512 pixels a side, so the 512 x 512 image the hash is computed from differs only
by resampling, a few bits from the full decode (``tests/test_images_hashing.py`` bounds it).

Nothing is kept of the image but these numbers: no pixels, no thumbnail.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from himaya.errors import DependencyError
from himaya.model import Problem

SIDE = 512  # the reference hashes images of at most 512 x 512 pixels
MAX_PIXELS = 100_000_000  # larger images are refused as probable decompression bombs (about 10,000 x 10,000)


class ImageError(ValueError):
    """An input that cannot be hashed as an image; the message says why."""


@dataclass(frozen=True, slots=True)
class ImageHashes:
    md5: str
    sha1: str
    sha256: str
    pdq: str | None  # 64 hex digits; None when the bytes are not a decodable image
    pdq_quality: int | None
    width: int
    height: int
    dihedral: tuple[str, ...] = field(default=())  # PDQ of the 7 other rotations and flips, when asked for

    def as_json(self, path: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": path, "md5": self.md5, "sha1": self.sha1, "sha256": self.sha256, "pdq": self.pdq,
            "pdq_quality": self.pdq_quality, "width": self.width, "height": self.height,
        }  # fmt: skip
        if self.dihedral:
            out["pdq_dihedral"] = list(self.dihedral)
        return out


def _modules() -> tuple[Any, Any, Any]:
    try:
        import numpy as np
        import pdqhash
        from PIL import Image
    except ImportError as exc:
        raise DependencyError(
            f"image hashing needs Pillow and pdqhash ({exc}); with numpy 2, build pdqhash from source: "
            "pip install --force-reinstall --no-binary pdqhash pdqhash"
        ) from exc
    return np, pdqhash, Image


def hash_image(data: bytes, *, dihedral: bool = False, max_pixels: int = MAX_PIXELS) -> ImageHashes:
    """Hash the bytes of one image file. Raises ImageError when they are not an image Pillow can decode."""
    np, pdqhash, Image = _modules()
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    sha1 = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    sha256 = hashlib.sha256(data).hexdigest()
    image, width, height = _decode(data, max_pixels, Image)
    array = np.asarray(image)
    del image
    if dihedral:
        hashes, quality = pdqhash.compute_dihedral(array)
        hexes = [_hex(np, h) for h in hashes]
        return ImageHashes(md5, sha1, sha256, hexes[0], int(quality), width, height, tuple(hexes[1:]))
    bits, quality = pdqhash.compute(array)
    return ImageHashes(md5, sha1, sha256, _hex(np, bits), int(quality), width, height)


def _decode(data: bytes, max_pixels: int, Image: Any) -> tuple[Any, int, int]:
    """The RGB image the hash is computed from (at most SIDE x SIDE), and the original width and height."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            width, height = im.size
            if width * height > max_pixels:
                raise ImageError(f"{width} x {height} pixels: over the limit of {max_pixels:,} (probable bomb)")
            if im.format == "JPEG" and (width > SIDE or height > SIDE):
                im.draft("RGB", (SIDE, SIDE))  # DCT-scaled decoding, still at least SIDE a side
            im = im.convert("RGB")
            if im.width > SIDE or im.height > SIDE:
                im = im.resize((SIDE, SIDE), Image.Resampling.NEAREST)
            im.load()
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(f"probable decompression bomb: {exc}") from exc
    except Image.UnidentifiedImageError:
        raise ImageError("not an image Pillow can read") from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError) as exc:
        raise ImageError(f"corrupt or truncated image: {exc}") from exc
    return im, width, height


def _hex(np: Any, bits: Any) -> str:
    return bytes(np.packbits(np.asarray(bits, dtype=np.uint8))).hex()


def hash_paths(paths: Iterable[str | os.PathLike[str]], workers: int = 1) -> Iterator[dict[str, Any]]:
    """One JSON-ready line per image under ``paths`` (files, folders, zip, tar and gzip archives):
    ``{"path", "md5", "sha1", "sha256", "pdq", "pdq_quality", "width", "height"}``, or ``{"path", "error"}``
    for a file that is not a readable image (named, skipped, never fatal). With ``workers`` > 1, files are
    hashed in that many processes (an archive in one of them); lines come out in the order of the files."""
    from himaya.ingest.open import walk

    files = [file for path in paths for file in walk(os.fspath(path))]
    if workers <= 1 or len(files) < 2:
        for file in files:
            yield from hash_file(file)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for lines in pool.map(hash_file, files, chunksize=4):
            yield from lines


def hash_file(path: str) -> list[dict[str, Any]]:
    """The lines of :func:`hash_paths` for one file (an archive gives one line per member)."""
    from himaya import ingest

    return [
        {"path": item.source, "error": item.reason} if isinstance(item, Problem) else dict(item.attrs["image"])
        for item in ingest.read(path, fmt="image")
    ]
