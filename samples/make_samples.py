"""Regenerate the bundled sample corpus: `python samples/make_samples.py`.

Everything here is synthetic: a multilingual corpus from `himaya synth`, plus one network's posts in the
other formats investigators meet (an HTML page, a Telegram channel export, a CSV export), sharing that
network's phone so that the demo links records across formats. Phone numbers come from the example ranges
of `phonenumbers`, domains end in `.example`; wording describes ad mechanics only. The photos the posts
reference are generated colour fields (benign, a few KB each); some posts carry a smaller, re-encoded copy
of their network's photo, so that the demo also links posts by near-identical images.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import numpy as np
from PIL import Image

from himaya.images.hashing import hash_image
from himaya.synth import generate

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
RECORDS, NETWORKS, SEED = 3000, 40, 2026


def _network_phone(truth: list[dict]) -> tuple[str, dict]:
    """A forced-labour network's most used phone (E.164) and one of its records."""
    counts: dict[tuple[str, str], int] = {}
    for row in truth:
        if row["network"] and row["typology"] == "forced_labour":
            for sel in row["selectors"]:
                if sel["type"] == "phone":
                    key = (row["network"], sel["value"])
                    counts[key] = counts.get(key, 0) + 1
    (network, phone), _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return phone, {"network": network, "typology": "forced_labour", "exploitative": True}


def _photo(name: str) -> Image.Image:
    """A smooth random colour field, seeded by the file name: benign, with a high PDQ quality."""
    rng = np.random.default_rng(int(hashlib.sha256(name.encode()).hexdigest()[:16], 16))
    coarse = (rng.random((12, 16, 3)) * 255).astype(np.uint8)  # detail enough for PDQ to tell copies apart
    return Image.fromarray(coarse).resize((280, 200), Image.Resampling.BICUBIC)


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def write_images(corpus: Path, truth: list[dict]) -> None:
    """A photo for every image name the records carry; in every other post that shows its network's first
    photo, a smaller re-encoded copy of it instead (another file, a few PDQ bits away)."""
    network = {row["id"]: row["network"] for row in truth}
    path = corpus / "records.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    first: dict[str, str] = {}
    for line in lines:
        record = json.loads(line)
        net = network.get(record["id"])
        if net and record.get("images"):
            first.setdefault(net, sorted(record["images"])[0])
    shown: dict[str, int] = {}
    out, names = [], set()
    for line in lines:
        record = json.loads(line)
        photo = first.get(network.get(record["id"]) or "")
        if photo and photo in record.get("images", ()):
            shown[photo] = shown.get(photo, 0) + 1
            if shown[photo] % 2 == 0:
                line = line.replace(f'"{photo}"', f'"{photo[:-4]}-small.jpg"')
        for name in json.loads(line).get("images", ()):
            line = line.replace(f'"{name}"', f'"photos/{name}"')  # kept in a folder of their own
            names.add(name)
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    watch: list[str] = []
    (corpus / "photos").mkdir(exist_ok=True)
    listed = sorted(first.values())[:2]
    for name in sorted(names):
        if name.endswith("-small.jpg"):
            image = _photo(name.removesuffix("-small.jpg") + ".jpg")
            data = _jpeg(image.resize((210, 150), Image.Resampling.LANCZOS), 60)
        else:
            data = _jpeg(_photo(name), 85)
        (corpus / "photos" / name).write_bytes(data)
        if name in listed:
            watch.append(f"{hash_image(data).pdq}  # {name}")
    (HERE / "watchlist.txt").write_text(
        "# A demo watch-list (plain PDQ hashes): two of the benign sample photos, so that `make demo` shows\n"
        "# matching. Synthetic; no category, so a match is a reason and a report entry, not a risk.\n"
        + "\n".join(watch) + "\n",
        encoding="utf-8",
    )


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    generate(CORPUS, records=RECORDS, networks=NETWORKS, seed=SEED)
    truth_path = CORPUS / "truth.jsonl"
    truth = [json.loads(line) for line in truth_path.read_text().splitlines()]
    truth_path.replace(HERE / "truth.jsonl")  # outside the input folder
    write_images(CORPUS, truth)
    phone, label = _network_phone(truth)
    spaced = " ".join([phone[:3], phone[3:6], phone[6:9], phone[9:]])
    extra: list[dict] = []

    (CORPUS / "recruitment_page.html").write_text(
        f"""<!doctype html>
<html><head><title>Factory jobs in Europe - apply today</title>
<link rel="canonical" href="https://jobs-abroad.example/factory"></head>
<body><nav><a href="/">Home</a></nav>
<main><h1>Factory workers wanted</h1>
<img src="telegram/photos/photo_1@02-03-2025_09-00-00.jpg" alt="factory">
<p>Free visa and plane ticket, no experience needed, accommodation provided by the employer.</p>
<p>Recruitment fee deducted from your first salaries. The company keeps your passport for safety.</p>
<p>Call or WhatsApp <a href="tel:{phone}">{spaced}</a> or write to
<a href="mailto:hr@jobs-abroad.example">our office</a>.</p></main>
<footer>jobs-abroad.example</footer></body></html>
""",
        encoding="utf-8",
    )
    extra.append(
        {
            "id": "recruitment_page.html:file",
            **label,
            "selectors": [
                {"type": "phone", "value": phone},
                {"type": "email", "value": "hr@jobs-abroad.example"},
            ],
        }
    )

    tg_dir = CORPUS / "telegram"
    tg_dir.mkdir(exist_ok=True)
    messages = [
        {
            "id": 1,
            "type": "message",
            "date": "2025-03-02T09:00:00",
            "date_unixtime": "1740906000",
            "from": "Work Abroad Agency",
            "from_id": "channel7001",
            "text": [
                "Urgent: 20 workers for a packing factory. Visa and ticket free, salary paid after 3 months. ",
                {"type": "phone", "text": spaced},
            ],
            "text_entities": [],
            "photo": "photos/photo_1@02-03-2025_09-00-00.jpg",
            "width": 280,
            "height": 200,
        },
        {
            "id": 2,
            "type": "message",
            "date": "2025-03-04T18:30:00",
            "date_unixtime": "1741113000",
            "from": "Work Abroad Agency",
            "from_id": "channel7001",
            "text": "مطلوب عمال للمصانع في أوروبا، التأشيرة والتذكرة مجانا، السكن على صاحب العمل. اتصل "
            + phone.replace("+", "00"),
            "text_entities": [],
        },
    ]
    (tg_dir / "photos").mkdir(exist_ok=True)  # the channel's photo, also shown on the recruitment page
    (tg_dir / "photos" / "photo_1@02-03-2025_09-00-00.jpg").write_bytes(_jpeg(_photo("factory"), 85))
    (tg_dir / "result.json").write_text(
        json.dumps(
            {"name": "Work Abroad Agency", "type": "public_channel", "id": 7001, "messages": messages},
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    for m in messages:
        extra.append({"id": f"7001/{m['id']}", **label, "selectors": [{"type": "phone", "value": phone}]})

    with (CORPUS / "classifieds_export.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "title", "body", "platform", "posted_at", "country"])
        writer.writerow(
            [
                "csv-1",
                "Sofa for sale",
                "Three-seat sofa, good condition, collect this weekend.",
                "classifieds.example",
                "2025-02-10",
                "GB",
            ]
        )
        writer.writerow(
            [
                "csv-2",
                "Packing jobs abroad",
                f"No experience, free visa, passport kept by employer. {phone}",
                "classifieds.example",
                "2025-03-01",
                "",
            ]
        )
    extra.append({"id": "csv-1", "network": None, "typology": None, "exploitative": False, "selectors": []})
    extra.append({"id": "csv-2", **label, "selectors": [{"type": "phone", "value": phone}]})

    with (HERE / "truth.jsonl").open("a", encoding="utf-8") as fh:
        for row in extra:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
