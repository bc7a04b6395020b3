"""Hashes of one image: MD5, SHA-1 and SHA-256 of its bytes, and PDQ of its pixels, which are then dropped.

PDQ (Meta's perceptual hash, 256 bits and a quality 0-100) is computed by the ``pdqhash`` bindings to the
reference C++ code, on the pixels as the reference's own photo hasher (``pdq-photo-hasher``) sees them:
converted to RGB (``Image.convert``, which is also how Meta's python-threatexchange feeds them), and, when a
side is larger than 512, resized to 512 x 512 by nearest neighbour exactly as its CImg resize does (output
pixel x takes source pixel floor(x * width / 512); Pillow's own NEAREST takes the pixel under the output
pixel's centre, up to 3 pixels away in a 3000-wide photo, which moved the hash of a lossless 700 x 400 PNG by
12 bits). Identical pixels therefore give the reference's hash exactly, at any size.

Decoding dominates the cost. A large JPEG is decoded at a reduced scale (libjpeg's DCT scaling, Pillow's
``draft``): 1/2, 1/4 or 1/8, the smallest that keeps 128 pixels a side (1/8 for 3000 x 2000 and 4000 x 3000:
19 and 37 ms to decode, instead of 46 and 91 in full). The reduced image is then interpolated (bilinear) at
the pixels the reference takes; taking the reduced pixel that holds each one (nearest) strays further. Against
the reference binary, in bits (median / 95th percentile / max), over 200 benign noisy synthetic photos
(quality 90) of each size: 3000 x 2000, 0 / 2 / 6; 4000 x 3000, 2 / 4 / 8; and over 30-40 of 1200 x 800
(1/4), 2000 x 1500 and 6000 x 4000 (1/8), at most 4. Decoding at 1/4 instead (the smallest keeping 256 a
side) took 25% longer on 3000 x 2000 for a max of 4; at 1/2 longer still; nearest at 1/4 and 1/8 gave maxima
of 8 and 14. Smaller images (and other formats) are decoded in full and give the reference's hash exactly.
``tests/test_images_hashing.py`` bounds the distance to a full decode; ``bench/bench_hash.py`` measures both.

Nothing is kept of the image but these numbers: no pixels, no thumbnail.

A leaf of the package graph: bytes in, hashes out, nothing read from disk and nothing imported from Himaya
but its errors. Walking files, folders and archives for ``himaya hash`` is :mod:`himaya.pipeline.hashfiles`.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from himaya.errors import DependencyError

PDQ_RADIUS = 31  # PDQ bits within which two hashes are taken as copies of one image (the usual threshold)
MIN_QUALITY = 50  # PDQ quality under which the hash is unreliable (PDQ's own advice): not matched, linked or grouped by
SIDE = 512  # the reference hashes images of at most 512 x 512 pixels
MAX_PIXELS = 100_000_000  # larger images are refused as probable decompression bombs (about 10,000 x 10,000)
DRAFT = (SIDE // 4, SIDE // 4)  # a large JPEG is decoded at the smallest DCT scale (1/2 to 1/8) still this large
# Modes sampled (nearest) before their conversion to RGB, which is per pixel, so the order changes no pixel:
# the conversion then touches 512 x 512 pixels, not all of them. Other modes are converted first. An image
# decoded at reduced scale (interpolated, not sampled) is converted first unless it is RGB or grey.
SAMPLED_BEFORE_CONVERT = frozenset({"RGB", "RGBA", "RGBX", "L", "LA", "P", "1", "CMYK", "YCbCr", "I", "I;16", "F"})
INTERPOLATED_BEFORE_CONVERT = frozenset({"RGB", "L"})


class ImageError(ValueError):
    """An input that cannot be hashed as an image; the message says why."""


def usable_pdq(image: dict[str, Any]) -> str | None:
    """The PDQ hash of a hashed image (an ``ImageHashes.as_json`` dict) when its quality is at least
    ``MIN_QUALITY``, else None."""
    quality = image.get("pdq_quality")
    pdq = image.get("pdq")
    return pdq if pdq and isinstance(quality, int) and quality >= MIN_QUALITY else None


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
    # Imported here: a missing library becomes a DependencyError, and processes that never hash load none of them.
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
    array = np.asarray(image)  # one copy of at most 512 x 512 x 3 bytes
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
        with bombs_raise():
            im = Image.open(io.BytesIO(data))
            width, height = im.size
            if width * height > max_pixels:
                raise ImageError(f"{width} x {height} pixels: over the limit of {max_pixels:,} (probable bomb)")
            # The original's extent in the pixels decoded (smaller than the original after a reduced-scale decode).
            extent: tuple[float, float] = (width, height)
            if im.format == "JPEG" and (width > SIDE or height > SIDE):
                drafted = im.draft("RGB", DRAFT)  # DCT-scaled decoding, still at least DRAFT a side
                if drafted is not None:
                    extent = drafted[1][2:]
            reduced = im.size != (width, height)
            if im.mode not in (INTERPOLATED_BEFORE_CONVERT if reduced else SAMPLED_BEFORE_CONVERT):
                im = im.convert("RGB")
            if reduced:
                im = _interpolate(im, extent, Image)
            elif width > SIDE or height > SIDE:
                im = _sample(im, Image)
            if im.mode != "RGB":
                im = im.convert("RGB")  # per pixel: the same after sampling as before it
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


@contextlib.contextmanager
def bombs_raise() -> Iterator[None]:
    """Pillow's DecompressionBombWarning raised as an error while this runs. The warnings filters are global:
    threads that each set and restore them would undo one another's (one restoring them while another decodes),
    so a filter already in place is left as it is; a caller hashing in threads sets it once around them."""
    Image = _modules()[2]
    if warnings.filters[:1] == [("error", None, Image.DecompressionBombWarning, None, 0)]:
        yield
        return
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def _sample(im: Any, Image: Any) -> Any:
    """SIDE x SIDE pixels taken as the reference's resize (CImg, nearest neighbour) takes them: output pixel x
    gets source pixel floor(x * width / SIDE). Pillow samples output pixel x at source coordinate
    step * (x + 0.5) + offset (pixel centres at i + 0.5), so step = width / SIDE and offset = -step / 2 land on
    x * width / SIDE, whose floor NEAREST takes; both are exact binary fractions, so the indices are exact."""
    sx, sy = im.width / SIDE, im.height / SIDE
    affine = (sx, 0, -sx / 2, 0, sy, -sy / 2)
    return im.transform((SIDE, SIDE), Image.Transform.AFFINE, affine, Image.Resampling.NEAREST)


def _interpolate(im: Any, extent: tuple[float, float], Image: Any) -> Any:
    """SIDE x SIDE pixels interpolated (bilinear) from an image decoded at 1/s scale, whose ``extent`` is
    (width / s, height / s), at the reference's pixels (see ``_sample``): output pixel x at x * width / SIDE / s
    in decoded pixels, on average the centre of the pixel the reference takes. Pillow's resize puts output pixel
    centres at box[0] + (x + 0.5) * step: box[0] = -step / 2, which it refuses (negative), so the image gets a
    border of one pixel (its edge repeated) and the box moves by one. A box resize is separable (about 5 ms);
    the same affine through ``transform`` with BILINEAR is twice as slow."""
    sx, sy = extent[0] / SIDE, extent[1] / SIDE
    width, height = im.size
    framed = Image.new(im.mode, (width + 2, height + 2))
    framed.paste(im, (1, 1))
    framed.paste(im.crop((0, 0, width, 1)), (1, 0))
    framed.paste(im.crop((0, height - 1, width, height)), (1, height + 1))
    framed.paste(framed.crop((1, 0, 2, height + 2)), (0, 0))
    framed.paste(framed.crop((width, 0, width + 1, height + 2)), (width + 1, 0))
    box = (1 - sx / 2, 1 - sy / 2, 1 - sx / 2 + extent[0], 1 - sy / 2 + extent[1])
    return framed.resize((SIDE, SIDE), Image.Resampling.BILINEAR, box=box)


def _hex(np: Any, bits: Any) -> str:
    return bytes(np.packbits(np.asarray(bits, dtype=np.uint8))).hex()
