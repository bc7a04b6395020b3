"""Write the synthetic hash-list fixtures in this folder: random hash values (seeded), invented series,
bank and case names, random bytes standing in for PhotoDNA values. Nothing comes from a real list.

    python tests/data/images/lists/make_fixtures.py [OUT_DIR]

then regenerate the goldens: ``HIMAYA_REGEN_GOLDEN=1 pytest tests/test_images_lists.py``.
"""

import base64
import json
import random
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
r = random.Random(20261126)


def h(n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def pdna() -> str:
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(144))).decode()


def write(name: str, text: str) -> None:
    (OUT / name).write_text(text, encoding="utf-8")


N = "# Synthetic test data: random hash values, invented series names. Not from any real list.\n"

write(
    "plain.txt",
    N
    + f"""
{h(32).upper()}
{h(40)}   # a trailing comment
0x{h(32)}
{h(64)},87
{h(64).upper()} 100

{h(64)}
""",
)
write(
    "plain_bad.txt",
    N
    + f"""{h(32)}
{h(31)}
{h(30)}zz
{h(32)},50
{h(64)},150
{h(64)} 12 extra
{h(40)}
""",
)


def media(i, **kw):
    d = {
        "MediaID": i,
        "Category": kw.pop("Category", 1),
        "MD5": h(32).upper(),
        "SHA1": h(40).upper(),
        "MediaSize": r.randrange(1000, 10**6),
        "DateUpdated": "2023-06-07T02:31:49.8300Z",
        "IsPrecategorized": "false",
    }
    d.update(kw)
    return d


CONTEXT = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#"
doc = {
    "@odata.context": CONTEXT + "Media",
    "value": [
        media(
            1,
            Series="Series-Example-01",
            VictimIdentified="true",
            OffenderIdentified=False,
            IsDistributed="true",
            PhotoDNA=pdna(),
        ),
        media(2, Category=2, Series="Series-Example-02", VictimIdentified=False, Tags="synthetic"),
        {"MediaID": 3, "Category": None, "MD5": h(32), "DateUpdated": "2024-01-02"},
        media(4, Category=0),
    ],
}
write("vics.json", "\ufeff" + json.dumps(doc, indent=1))
cases = {
    "@odata.context": CONTEXT + "Cases",
    "value": [
        {
            "CaseID": "case-example-1",
            "CaseNumber": "EX-0001",
            "SourceApplicationName": "Synthetic",
            "Media": [
                dict(media(10, Category=3), MediaFiles=[{"FileName": "a.jpg", "FilePath": "/example/a.jpg"}]),
                media(11, Category=4, Series="Series-Example-03"),
            ],
            "TotalMediaFiles": 2,
        }
    ],
}
write("vics_cases.json", json.dumps(cases, indent=1))
bad = {
    "@odata.context": CONTEXT + "Media",
    "value": [
        media(20, MD5="XYZ"),
        media(21, VictimIdentified="maybe"),
        media(22, DateUpdated="07/06/2023"),
        {"MediaID": 23, "Category": 1},
        media(24),
    ],
}
text = json.dumps(bad, indent=1)
write("vics_bad.json", text[: text.rindex('"MediaSize"')])  # truncated inside the last record

cols = (
    "MD5;SHA1;PhotoDNA;Image ID;Is distributed;Victim identified;Offender identified;Series name;"
    "Number of submissions;File Available;Media Type;Baseline"
)
rows = [
    [h(32).upper(), h(40).upper(), pdna(), "100001", "Y", "N", "N", "Series-Example-01", "3", "Yes", "Image", "Y"],
    [h(32).upper(), "", "", "100002", "N", "Y", "", "Series-Example-02", "1", "No", "Image", "N"],
    ["", h(40), "", "100003", "", "", "", "", "", "", "Video", ""],
]
write("icse.csv", cols + "\n" + "\n".join(";".join(x) for x in rows) + "\n")
badrows = [
    [h(31), h(40), "", "200001", "Y", "N", "N", "", "", "", "Image", "N"],
    [h(32), "", "", "200002", "perhaps", "N", "N", "", "", "", "Image", "N"],
    [h(32), "", "", "200003"],
    ["", "", "", "200004", "N", "N", "N", "", "", "", "Image", "N"],
    [h(32), "", "", "200005", "N", "N", "N", "", "", "", "Image", "N"],
]
write("icse_bad.csv", cols + "\n" + "\n".join(";".join(x) for x in badrows) + "\n")

write(
    "hma.csv",
    f"""collab,signal_type,signal_str,category,tags
Bank-Example-A,pdq,{h(64)},TRUE_POSITIVE,synthetic_a synthetic_b
Bank-Example-A,video_md5,{h(32)},POSITIVE_CLASS,
Bank-Example-B,photo_md5,{h(32).upper()},FALSE_POSITIVE,synthetic_c
,pdq,{h(64)},,
""",
)
write(
    "hma_bad.csv",
    f"""collab,signal_type,signal_str,category,tags
Bank-Example-A,url,https://example.invalid/x,TRUE_POSITIVE,
Bank-Example-A,pdq,{h(63)},TRUE_POSITIVE,
Bank-Example-A,pdq,{h(64)},TRUE_POSITIVE,
""",
)
write(
    "ncmec.csv",
    f"""id,member_id,entry_type,classification,md5,sha1,pdq,photodna
900001,1,image,A1,{h(32)},{h(40)},{h(64)},{pdna()}
900002,2,image,B2,{h(32).upper()},,,
900003,1,video,,{h(32)},,,
""",
)
write(
    "ncmec_bad.csv",
    f"""id,member_id,entry_type,classification,md5,sha1,pdq,photodna
900010,1,image,A1,{h(32)},{h(39)},,
900011,1,image,A2,,,,
900012,1,image,A3,{h(32)},,,
""",
)
