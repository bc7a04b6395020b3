"""How robust PDQ matching is to common edits, on benign synthetic photos generated here.

    python bench/robustness.py --images 60 --out docs/

Generates ``--images`` photo-like 800 x 600 pictures (smooth random colour fields, gradients, random ellipses
and rectangles, mild noise; seeded), saves each as a JPEG (quality 95) and hashes it with
``himaya.images.hashing.hash_image``. Each is then edited with Pillow (JPEG re-encoding, resizing, cropping,
rotation, mirroring, greyscale, a text overlay, a border) and hashed again. For each edit it prints the recall
(share of copies within the default threshold, Hamming distance <= 31, of their original; for rotations and
mirroring also against the original's 8 dihedral hashes, taking the minimum) and the median and 95th
percentile distance. The false-match rate is the share of pairs of hashes of distinct source images
(originals only, then originals and all copies) within 31. ``--out DIR`` writes ``robustness.json`` and
``images-robustness.svg`` (recall per edit as horizontal bars).
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from himaya.images.hashing import PDQ_RADIUS, hash_image
from himaya.report.charts import bars_svg

RADIUS = PDQ_RADIUS
WIDTH, HEIGHT = 800, 600
DIHEDRAL_EDITS = {"rotate 90", "mirror"}


def make_photo(seed: int) -> Image.Image:
    """A benign photo-like picture: smooth colour field, gradient, shapes, mild noise."""
    rng = np.random.default_rng(seed)
    small = rng.random((6, 8, 3)) * 255
    field = np.asarray(Image.fromarray(small.astype(np.uint8)).resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC))
    angle = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH]
    ramp = (np.cos(angle) * xx / WIDTH + np.sin(angle) * yy / HEIGHT)[..., None] * rng.uniform(-120, 120, 3)
    im = Image.fromarray(np.clip(field * 0.7 + ramp + 40, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(im)
    for _ in range(int(rng.integers(4, 12))):
        x0, y0 = rng.integers(-100, WIDTH), rng.integers(-100, HEIGHT)
        box = (int(x0), int(y0), int(x0 + rng.integers(40, 350)), int(y0 + rng.integers(40, 300)))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    pixels = np.asarray(im).astype(np.float64) + rng.normal(0, 6, (HEIGHT, WIDTH, 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def jpeg(im: Image.Image, quality: int = 95) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def crop(im: Image.Image, share: float) -> Image.Image:
    dx, dy = round(im.width * share), round(im.height * share)
    return im.crop((dx, dy, im.width - dx, im.height - dy))


def resize(im: Image.Image, scale: float) -> Image.Image:
    return im.resize((round(im.width * scale), round(im.height * scale)), Image.Resampling.LANCZOS)


def text(im: Image.Image, size: int) -> Image.Image:
    out = im.copy()
    draw = ImageDraw.Draw(out)
    draw.text((10, im.height - size - 20), "holiday", fill="white", font_size=size, stroke_width=2, stroke_fill="black")
    return out


def border(im: Image.Image, share: float) -> Image.Image:
    return ImageOps.expand(im, border=round(im.width * share), fill="white")


# name -> function from the decoded original to the bytes of the edited copy (lossless PNG unless JPEG is the edit)
EDITS = {
    "JPEG q90": lambda im: jpeg(im, 90),
    "JPEG q70": lambda im: jpeg(im, 70),
    "JPEG q50": lambda im: jpeg(im, 50),
    "JPEG q30": lambda im: jpeg(im, 30),
    "resize 25%": lambda im: png(resize(im, 0.25)),
    "resize 50%": lambda im: png(resize(im, 0.5)),
    "resize 75%": lambda im: png(resize(im, 0.75)),
    "resize 150%": lambda im: png(resize(im, 1.5)),
    "resize 200%": lambda im: png(resize(im, 2.0)),
    "crop 2% per side": lambda im: png(crop(im, 0.02)),
    "crop 5% per side": lambda im: png(crop(im, 0.05)),
    "crop 10% per side": lambda im: png(crop(im, 0.10)),
    "rotate 90": lambda im: png(im.rotate(90, expand=True)),
    "rotate 5": lambda im: png(im.rotate(5, resample=Image.Resampling.BILINEAR)),
    "mirror": lambda im: png(ImageOps.mirror(im)),
    "greyscale": lambda im: png(im.convert("L")),
    "text 24 px": lambda im: png(text(im, 24)),
    "text 48 px": lambda im: png(text(im, 48)),
    "text 96 px": lambda im: png(text(im, 96)),
    "border 5%": lambda im: png(border(im, 0.05)),
    "border 10%": lambda im: png(border(im, 0.10)),
}


def hash_one(seed: int) -> dict:
    """The original's PDQ, quality and dihedral hashes, and the PDQ of every edited copy."""
    data = jpeg(make_photo(seed))
    original = hash_image(data, dihedral=True)
    decoded = Image.open(io.BytesIO(data)).convert("RGB")
    copies = {name: hash_image(edit(decoded)).pdq for name, edit in EDITS.items()}
    return {"pdq": original.pdq, "quality": original.pdq_quality, "dihedral": list(original.dihedral), "copies": copies}


def bits(hexes: list[str]) -> np.ndarray:
    return np.unpackbits(np.array([np.frombuffer(bytes.fromhex(h), np.uint8) for h in hexes]), axis=1)


def distance(a: str, b: str) -> int:
    return int(bin(int(a, 16) ^ int(b, 16)).count("1"))


def false_matches(hexes: list[str], owners: list[int]) -> dict:
    """Pairs of hashes of distinct source images within RADIUS, the number of such pairs, the least distance."""
    b = bits(hexes).astype(np.int32)
    dist = b @ (1 - b).T + (1 - b) @ b.T
    owner = np.array(owners)
    distinct = np.triu(owner[:, None] != owner[None, :], 1)
    matches, pairs = int(((dist <= RADIUS) & distinct).sum()), int(distinct.sum())
    return {"matches": matches, "pairs": pairs, "rate": matches / pairs, "min_distance": int(dist[distinct].min())}


def measure(n: int, workers: int) -> dict:
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        images = pool.map(hash_one, range(n))
    rows = []
    for name in EDITS:
        dist = np.array([distance(im["pdq"], im["copies"][name]) for im in images])
        row = {"edit": name, "recall": float((dist <= RADIUS).mean()), "median": float(np.median(dist)),
               "p95": float(np.percentile(dist, 95))}  # fmt: skip
        if name in DIHEDRAL_EDITS:
            best = np.array(
                [min(distance(h, im["copies"][name]) for h in [im["pdq"], *im["dihedral"]]) for im in images]
            )
            row.update(dihedral_recall=float((best <= RADIUS).mean()), dihedral_median=float(np.median(best)),
                       dihedral_p95=float(np.percentile(best, 95)))  # fmt: skip
        rows.append(row)
    originals = [im["pdq"] for im in images]
    every = originals + [h for im in images for h in im["copies"].values()]
    owners = list(range(n)) + [i for i in range(n) for _ in EDITS]
    quality = [im["quality"] for im in images]
    return {
        "images": n, "size": [WIDTH, HEIGHT], "radius": RADIUS, "edits": rows,
        "pdq_quality": {"min": min(quality), "median": float(np.median(quality))},
        "false_match": {"originals": false_matches(originals, list(range(n))),
                        "all_copies": false_matches(every, owners)},
    }  # fmt: skip


def table(result: dict) -> str:
    lines = ["| edit | recall | median distance | p95 distance |", "|---|---:|---:|---:|"]
    for row in result["edits"]:
        lines.append(f"| {row['edit']} | {row['recall']:.0%} | {row['median']:.0f} | {row['p95']:.0f} |")
        if "dihedral_recall" in row:
            lines.append(
                f"| {row['edit']} (vs dihedral hashes) | {row['dihedral_recall']:.0%} | "
                f"{row['dihedral_median']:.0f} | {row['dihedral_p95']:.0f} |"
            )
    return "\n".join(lines)


def chart(result: dict) -> str:
    counts = []
    for row in result["edits"]:
        counts.append((row["edit"], round(row["recall"] * 100)))
        if "dihedral_recall" in row:
            counts.append((row["edit"] + " (dihedral)", round(row["dihedral_recall"] * 100)))
    if max(c for _, c in counts) < 100:  # bars_svg scales to the largest value: keep 100% as the full width
        counts.append(("(100% scale)", 100))
    svg = bars_svg(counts, width=560)
    svg = svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="11" ', 1)
    title = f"PDQ recall (%) at distance &lt;= {RADIUS}, {result['images']} synthetic images"
    return svg.replace(">", f"><title>{title}</title>", 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--images", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    result = measure(args.images, args.workers)
    print(table(result))
    for key, fm in result["false_match"].items():
        print(f"false matches ({key}): {fm['matches']} of {fm['pairs']:,} pairs ({fm['rate']:.2e}), "
              f"least distance {fm['min_distance']}")  # fmt: skip
    print(f"PDQ quality of originals: min {result['pdq_quality']['min']}, median {result['pdq_quality']['median']:.0f}")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "robustness.json").write_text(json.dumps(result, indent=1) + "\n")
        (args.out / "images-robustness.svg").write_text(chart(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
