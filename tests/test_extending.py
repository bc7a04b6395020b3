"""docs/extending.md followed once each: a selector type, an input format, a hash-list format and a language,
and plug-ins loaded through a real entry point (a ``*.dist-info`` folder on ``sys.path``)."""

from __future__ import annotations

import importlib
import json
import re
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.extending_examples import Iban, Md5sumList, VcardReader
from tests.factories import relink

from himaya import ingest, selectors
from himaya.cli import cli
from himaya.images import lists
from himaya.link import LinkSettings
from himaya.model import Record
from himaya.pipeline import ingest as run_ingest
from himaya.registry import RegistryError
from himaya.risk import Scorer, load_lexicon, packaged_paths
from himaya.store import Store
from himaya.testing import check_hashlist_format, check_reader, check_selector_type
from himaya.text.lang import detect

ACCOUNT = "GB82 WEST 1234 5698 7654 32"  # the IBAN of the ISO 13616 examples


def test_a_selector_type_is_found_and_links_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check_selector_type(Iban())
    types = selectors.new_registry()
    types.register(Iban())
    hits = selectors.extract(f"rent to {ACCOUNT} by friday, or call +1 201 555 0123", types=types)
    assert [(h.type, h.value, h.detail) for h in hits if h.type == "iban"] == [("iban", "GB82WEST12345698765432", "GB")]
    assert "phone" in {h.type for h in hits}  # the digits of the account are not read as a phone number
    assert not [h for h in selectors.extract(f"rent to {ACCOUNT[:-1]}3", types=types) if h.type == "iban"]
    assert types.pivot_types()[-1] == "iban"

    # The whole job, with the type in this process's registry: two posts that share only the account link.
    monkeypatch.setattr(sys.modules["himaya.selectors.extract"], "registry", lambda: types)
    posts = tmp_path / "posts.jsonl"
    lines = [
        {"id": "a", "text": f"Room deposit to {ACCOUNT}, quick reply please"},
        {"id": "b", "text": f"Pay the agency fee before travel: IBAN {ACCOUNT.replace(' ', '')}"},
    ]
    posts.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with Store.open(tmp_path / "h.db") as store:
        run_ingest(store, [posts], workers=1)
        without = relink(store, LinkSettings())
        assert without.networked_records == 0
        linked = relink(store, LinkSettings(pivot_types=tuple(types.pivot_types())))
        assert (linked.networks, linked.networked_records) == (1, 2)


def test_an_input_format_reads_its_files(tmp_path: Path) -> None:
    check_reader(VcardReader())
    readers = ingest.registry()
    readers.register(VcardReader())
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Example\nTEL;TYPE=cell:+1 201 555 0123\nEMAIL:anna@mail.example\n"
        "END:VCARD\nBEGIN:VCARD\nFN:Unfinished\n"
    )
    items = list(ingest.read(path, readers=readers))
    records = [item for item in items if isinstance(item, Record)]
    assert [r.id for r in records] == ["contacts.vcf:line 1"]
    assert {(h.type, h.value) for h in selectors.extract(records[0].text)} == {
        ("phone", "+12015550123"),
        ("email", "anna@mail.example"),
    }
    assert [p.reason for p in items if not isinstance(p, Record)] == ["a card without END:VCARD; skipped"]


def test_a_hashlist_format_round_trips_and_is_detected(tmp_path: Path) -> None:
    check_hashlist_format(Md5sumList())
    formats = lists.registry()
    formats.register(Md5sumList())
    path = tmp_path / "known.txt"
    path.write_text("d41d8cd98f00b204e9800998ecf8427e  photos/a.jpg\nDA39A3EE5E6B4B0D3255BFEF95601890AFD80709 *b.png\n")
    fmt = formats.detect(path)
    assert fmt.name == "md5sum"
    entries = list(fmt.read(path))
    assert [(e.kind, e.attrs["file"]) for e in entries] == [("md5", "photos/a.jpg"), ("sha1", "b.png")]  # type: ignore[union-attr]


def test_a_language_is_a_lexicon_file(tmp_path: Path) -> None:
    pt = tmp_path / "pt.yaml"
    pt.write_text(
        textwrap.dedent(
            """\
            # Portuguese indicators (worked example). Full indicator id: pt.<category>.<id>.
            language: pt
            entries:
              - {id: escort_terms, category: commercial_sex, typology: sexual_exploitation, weight: 0.45,
                 source: "worked example", terms: [acompanhante, acompanhantes de luxo]}
              - {id: fees_deducted, category: debt_bondage, typology: forced_labour, weight: 0.5,
                 source: "worked example", terms: [taxa de recrutamento, descontado do salário]}
            """
        )
    )
    lexicon = load_lexicon([*packaged_paths(), pt])
    text = "Vaga no exterior: a taxa de recrutamento é descontado do salário. Não é preciso experiência."
    assert detect(text) == "pt"
    hits = Scorer(lexicon, model=None).score(text).hits
    assert {(h.indicator, h.language) for h in hits} >= {("pt.debt_bondage.fees_deducted", "pt")}


def _install_plugin(root: Path, monkeypatch: pytest.MonkeyPatch, entry_points: str) -> None:
    """A package declaring entry points, as pip would install it: a dist-info folder on sys.path."""
    dist = root / "himaya_example_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: himaya-example-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(textwrap.dedent(entry_points))
    monkeypatch.syspath_prepend(str(root))
    importlib.invalidate_caches()


def test_plugins_load_through_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_plugin(
        tmp_path,
        monkeypatch,
        """\
        [himaya.selectors]
        iban = tests.extending_examples:Iban
        [himaya.readers]
        vcard = tests.extending_examples:VcardReader
        [himaya.hashlist_formats]
        md5sum = tests.extending_examples:Md5sumList
        """,
    )
    types = selectors.new_registry(plugins=True)
    assert types.names()[-1] == "iban"
    assert types.origin("iban") == (
        "entry point iban = tests.extending_examples:Iban in himaya.selectors (package himaya-example-plugin 0.1)"
    )
    assert types.origin("phone") == "built-in"
    assert ingest.registry().names()[-1] == "vcard" and "vcard" in ingest.formats()
    assert lists.formats()[-1] == "md5sum"
    assert "vcard" not in ingest.registry(plugins=False)


class ClashingReader(VcardReader):
    name = "text"


@pytest.mark.parametrize(
    ("entry_points", "message"),
    [
        (
            "[himaya.readers]\nbroken = tests.no_such_module:Reader\n",
            "cannot load entry point broken = tests.no_such_module:Reader in himaya.readers "
            "(package himaya-example-plugin 0.1): ModuleNotFoundError: No module named 'tests.no_such_module'",
        ),
        (
            "[himaya.readers]\nodd = tests.extending_examples:Iban\n",
            "<SelectorType iban> from entry point odd = tests.extending_examples:Iban in himaya.readers "
            "(package himaya-example-plugin 0.1) is not a Reader",
        ),
        (
            "[himaya.readers]\nclash = tests.test_extending:ClashingReader\n",
            "input format 'text' from entry point clash = tests.test_extending:ClashingReader in himaya.readers "
            "(package himaya-example-plugin 0.1) clashes with the input format of that name from built-in",
        ),
    ],
    ids=["import fails", "not a reader", "name taken"],
)
def test_a_broken_plugin_names_its_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry_points: str, message: str
) -> None:
    _install_plugin(tmp_path, monkeypatch, entry_points)
    with pytest.raises(RegistryError, match=re.escape(message)):
        ingest.registry()
    assert ingest.registry(plugins=False).names()[-1] == "text"  # without plug-ins, the built-ins still load


def test_the_guide_covers_each_extension_and_is_linked() -> None:
    root = Path(__file__).resolve().parents[1]
    guide = (root / "docs" / "extending.md").read_text()
    for what in ("a selector type", "an input format", "a hash-list format", "a language"):
        assert f"## How to add {what}" in guide
    for name in re.findall(r"`(test_\w+)`", guide):
        assert name in globals(), f"docs/extending.md names a worked example that does not exist: {name}"
    for group in ("himaya.readers", "himaya.selectors", "himaya.hash_kinds", "himaya.hashlist_formats"):
        assert group in guide
    assert "docs/extending.md" in (root / "README.md").read_text()


def test_the_cli_offers_what_plugins_add(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_plugin(
        tmp_path,
        monkeypatch,
        "[himaya.readers]\nvcard = tests.extending_examples:VcardReader\n"
        "[himaya.hashlist_formats]\nmd5sum = tests.extending_examples:Md5sumList\n",
    )
    runner = CliRunner()
    listed = runner.invoke(cli, ["formats", "--all"])
    assert listed.exit_code == 0
    assert re.search(r"\n  vcard +vCard contact files \(\.vcf\), one record per card\n", listed.output)
    assert "md5sum" in listed.output and "iban" not in listed.output
    assert "|vcard]" in runner.invoke(cli, ["ingest", "--help"]).output
    assert "|md5sum]" in runner.invoke(cli, ["hashlist", "export", "--help"]).output
    wrong = runner.invoke(cli, ["ingest", "--format", "vcf", str(tmp_path)])
    assert wrong.exit_code == 2
    assert "unknown input format 'vcf'; known: jsonl, csv, html, warc, telegram, image, text, vcard" in wrong.output
