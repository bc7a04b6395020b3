"""Regenerate the ingest fixtures (synthetic data only): ``python tests/data/ingest/make_fixtures.py``.

The fixtures are committed; this script documents how they were made. Goldens are regenerated with
``HIMAYA_REGEN_GOLDEN=1 pytest tests/test_ingest_golden.py``.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent

ADS = [
    {"id": 101, "title": "Waitress wanted", "text": "Free visa and flight. Call +1 201-555-0123", "platform":
     "ads.example", "posted_at": "2024-03-01T10:00:00+02:00", "country": "us", "images": "img/101.jpg",
     "kind": "ad", "price": 20},
    "not json {",
    "",
    [1, 2, 3],
    {"id": "a-5", "title": "", "text": ""},
    {"title": "Cleaner needed", "body": "Live-in job, passport kept safe by agent. WhatsApp +44 7400 123456",
     "url": "https://jobs.example/ad/7", "posted_at": "01.03.2024 09:30", "country": "United Kingdom"},
    {"id": "x9", "text": "Models for photo shoot, message @agency_example",
     "user": {"name": "Agency Example"}, "posted_at": 1709280000, "images": ["a.png", "b.png"],
     "country": "GB"},
]  # fmt: skip


def jsonl() -> bytes:
    lines = [item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in ADS]
    return ("\n".join(lines) + "\n").encode()


CSV = (
    "post_id,body,user,posted_at,country,extra\r\n"
    "p1,Kitchen staff needed abroad. Contact hiring@agency.example,Sam Example,2024-02-01 08:00,ae,x\r\n"
    "p2,too few cells\r\n"
    'p3,"Driver wanted, salary paid\nafter six months",Lee Example,2024/02/03,QA,\r\n'
    "p4,,Nobody Example,2024-02-04,QA,y\r\n"
)

HTML = """<!DOCTYPE html>
<html><head><title>Massage studio  jobs</title><style>.x{color:red}</style>
<link rel="canonical" href="https://studio.example/jobs"></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<header>Studio header</header>
<main><h1>Hiring now</h1>
<p>Young girls wanted for <b>evening</b> work, no experience, accommodation provided.</p>
<p>Call <a href="tel:+12015550123">our manager</a> or write to
<a href="mailto:jobs%40studio.example?subject=job">us</a>.</p>
<p>Chat: <a href="https://wa.me/447400123456">WhatsApp</a>, <a href="https://t.me/studio_example">Telegram</a></p>
<img src="/img/team.jpg" alt="team"><script>var tracking = 1;</script>
</main><footer>Copyright studio.example</footer></body></html>
"""

TELEGRAM = {
    "name": "Jobs abroad (synthetic)",
    "type": "public_channel",
    "id": 1234567,
    "messages": [
        {"id": 1, "type": "service", "date": "2024-01-05T09:00:00", "date_unixtime": "1704445200",
         "actor": "Jobs abroad", "action": "create_channel", "text": "", "text_entities": []},
        {"id": 2, "type": "message", "date": "2024-01-05T10:00:00", "date_unixtime": "1704448800",
         "from": "Recruiter Example", "from_id": "channel1234567",
         "text": ["Factory work in Europe, visa arranged. Apply ",
                  {"type": "text_link", "text": "here", "href": "https://apply.example/form"},
                  " or call ", {"type": "phone", "text": "+1 201-555-0123"}],
         "text_entities": [{"type": "plain", "text": "Factory work in Europe, visa arranged. Apply "},
                           {"type": "text_link", "text": "here", "href": "https://apply.example/form"},
                           {"type": "plain", "text": " or call "},
                           {"type": "phone", "text": "+1 201-555-0123"}]},
        {"id": 3, "type": "message", "date": "2024-01-06T11:30:00", "from": "Recruiter Example",
         "from_id": "channel1234567", "photo": "photos/photo_3@06-01-2024_11-30-00.jpg", "width": 800,
         "height": 600, "text": "", "text_entities": []},
        {"id": 4, "type": "message", "date": "2024-01-07T12:00:00", "date_unixtime": "1704628800",
         "from": None, "from_id": "user42", "reply_to_message_id": 2, "text": "Is the passport kept by you?",
         "text_entities": [{"type": "plain", "text": "Is the passport kept by you?"}]},
    ],
}  # fmt: skip

TEXT = "Seasonal farm work\n\nNo fee, employer pays transport.\nContact: farm@work.example\n"


def uuid(n: int) -> str:
    """A fixed record id, so that the fixture (and its golden) is the same on every run."""
    return f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"


def warc() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    date = "2024-04-01T12:00:00Z"
    info = writer.create_warcinfo_record("crawl.warc.gz", {"software": "himaya-fixture"})
    info.rec_headers.replace_header("WARC-Date", date)
    info.rec_headers.replace_header("WARC-Record-ID", uuid(1))
    writer.write_record(info)
    req = writer.create_warc_record(
        "https://board.example/ad/1", "request", payload=io.BytesIO(b"GET /ad/1 HTTP/1.1\r\n\r\n"),
        warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": uuid(2)},
    )  # fmt: skip
    writer.write_record(req)
    pages = [
        ("https://board.example/ad/1", "text/html; charset=utf-8",
         b"<html><head><title>Nanny job</title></head><body><p>Nanny for family abroad, "
         b"we hold documents. <a href='https://wa.me/12015550123'>WhatsApp</a></p></body></html>"),
        ("https://board.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(32)),
        ("https://board.example/robots.txt", "text/plain", b"Contact: admin@board.example\n"),
    ]  # fmt: skip
    for url, ctype, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date},
        )  # fmt: skip
        record_id = uuid(len(body))
        rec.rec_headers.replace_header("WARC-Record-ID", record_id)
        writer.write_record(rec)
    meta = writer.create_warc_record(
        "https://board.example/ad/1", "metadata", payload=io.BytesIO(b"outlinks: none"),
        warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": uuid(3)},
    )  # fmt: skip
    writer.write_record(meta)
    return out.getvalue()


def main() -> None:
    (HERE / "ads.jsonl").write_bytes(jsonl())
    (HERE / "posts.csv").write_bytes(CSV.encode())
    (HERE / "page.html").write_text(HTML, encoding="utf-8")
    (HERE / "crawl.warc.gz").write_bytes(warc())
    (HERE / "telegram").mkdir(exist_ok=True)
    (HERE / "telegram" / "result.json").write_text(json.dumps(TELEGRAM, ensure_ascii=False, indent=1))
    (HERE / "notes.txt").write_text(TEXT, encoding="utf-8")
    arabic = "مطلوب عاملات منزليات للسفر، التأشيرة مجانية، الراتب ممتاز. اتصل على الرقم المذكور.\n" * 3
    (HERE / "arabic_cp1256.txt").write_bytes(arabic.encode("cp1256"))
    (HERE / "utf16.csv").write_bytes("id,text\r\nu1,Caf\u00e9 work in Doha\r\n".encode("utf-16"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ("ads.jsonl", "page.html"):
            info = zipfile.ZipInfo(f"dir/{name}", date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, (HERE / name).read_bytes())
        zf.writestr(zipfile.ZipInfo("__MACOSX/._ads.jsonl", date_time=(2024, 1, 1, 0, 0, 0)), b"junk")
    (HERE / "bundle.zip").write_bytes(buf.getvalue())
    (HERE / "more.jsonl.gz").write_bytes(gzip.compress(jsonl()[:300] + b"\n" + jsonl(), mtime=0))


if __name__ == "__main__":
    main()
