"""Turning a template, its fills and a poster's contacts into the text of one ad, and its truth selectors.

A template is a choice of one sentence per part (head, body, perk, ind, cta) from a phrase bank; the same
template filled twice gives two ads that differ only in names, places, money and contacts, which is how copied
ads look. The selectors of an ad are exactly the contacts this module wrote into it, in normal form.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ad_contacts import write_email, write_phone
from ad_fills import (
    EMAIL_LABELS,
    HANDLE_PLATFORM_WORDS,
    HOTLINE_FOOTERS,
    JOINERS,
    PHONE_LABELS,
    URL_LABELS,
    WALLET_LABELS,
)

PARTS = ("head", "body", "perk", "ind", "cta")
Banks = dict[tuple[str, str], dict[str, list[str]]]


@dataclass(frozen=True)
class Template:
    lang: str
    kind: str
    parts: tuple[tuple[str, int], ...]

    @property
    def key(self) -> tuple[object, ...]:
        return (self.lang, self.kind, self.parts)


@dataclass
class Ad:
    """One ad and its truth, before ids are given (ids follow the posting order)."""

    lang: str
    text: str
    platform: str
    author: str
    when: datetime
    country: str | None
    location: str | None
    network: str | None
    typology: str | None
    case: str
    selectors: list[dict[str, str]]
    template: tuple[object, ...]


def load_banks(path: Path) -> Banks:
    """Read a phrase bank ('[lang kind]' sections of 'part: sentence' lines); every section needs every part."""
    banks: Banks = {}
    section: dict[str, list[str]] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            lang, kind = line.strip("[]").split()
            section = banks.setdefault((lang, kind), {p: [] for p in PARTS})
            continue
        part, _, sentence = line.partition(": ")
        if section is None or part not in PARTS:
            raise ValueError(f"{path.name}: bad line {raw!r}")
        section[part].append(sentence.strip())
    for key, parts in banks.items():
        missing = [p for p in PARTS if not parts[p]]
        if missing:
            raise ValueError(f"{path.name}: section {key} lacks {missing}")
    return banks


def compose(banks: Banks, lang: str, kind: str, rng: random.Random, taken: set[tuple[object, ...]] | None) -> Template:
    """A new template; with `taken`, one that no other owner in the corpus has composed."""
    sec = banks[(lang, kind)]
    for _ in range(500):
        parts = [("head", rng.randrange(len(sec["head"])))]
        parts += [("body", i) for i in sorted(rng.sample(range(len(sec["body"])), rng.choice([1, 1, 2])))]
        if rng.random() < 0.85:
            parts.append(("perk", rng.randrange(len(sec["perk"]))))
        n_ind = min(len(sec["ind"]), rng.choice([1, 1, 2]))
        parts += [("ind", i) for i in sorted(rng.sample(range(len(sec["ind"])), n_ind))]
        parts.append(("cta", rng.randrange(len(sec["cta"]))))
        template = Template(lang, kind, tuple(parts))
        if taken is None or template.key not in taken:
            if taken is not None:
                taken.add(template.key)
            return template
    raise RuntimeError(f"no fresh template left for {lang} {kind}")


def edit(template: Template, banks: Banks, rng: random.Random) -> Template:
    """A copycat's own edit: one sentence swapped for another of the same part, or one sentence dropped."""
    sec = banks[(template.lang, template.kind)]
    parts = list(template.parts)
    i = rng.randrange(1, len(parts))
    part, idx = parts[i]
    others = [j for j in range(len(sec[part])) if j != idx]
    if others and rng.random() < 0.7:
        parts[i] = (part, rng.choice(others))
    elif len(parts) > 3:
        del parts[i]
    else:
        parts[0] = ("head", (parts[0][1] + 1) % len(sec["head"]))
    return Template(template.lang, template.kind, tuple(dict.fromkeys(parts)))


def _written_handle(value: str, lang: str, rng: random.Random) -> str:
    platform, name = value.split(":", 1)
    word = rng.choice(HANDLE_PLATFORM_WORDS[platform][lang])
    shown = name.capitalize() if rng.random() < 0.2 else name
    at = "" if platform == "snapchat" and rng.random() < 0.5 else "@"
    return f"{word}: {at}{shown}" if rng.random() < 0.6 else f"{word} {at}{shown}"


def contact_lines(
    contacts: list[tuple[str, str]], lang: str, style: str, ad_country: str | None, rng: random.Random, indic: float
) -> tuple[list[str], list[dict[str, str]]]:
    """The lines that carry the contacts, and the selectors (normal form, order of appearance) they carry."""
    lines: list[str] = []
    selectors: list[dict[str, str]] = []
    phones = [v for t, v in contacts if t == "phone"]
    if phones:
        written = [write_phone(p, lang, ad_country, rng, indic) for p in phones]
        joined = rng.choice(JOINERS[lang]).join(written)
        lines.append(rng.choice(PHONE_LABELS[style][lang]).format(v=joined))
        selectors += [{"type": "phone", "value": p} for p in phones]
    for kind, value in contacts:
        if kind == "phone":
            continue
        if kind == "email":
            lines.append(rng.choice(EMAIL_LABELS[lang]).format(v=write_email(value, rng)))
        elif kind == "handle":
            lines.append(_written_handle(value, lang, rng))
        elif kind == "crypto":
            lines.append(rng.choice(WALLET_LABELS[lang]).format(v=value))
        else:
            lines.append(rng.choice(URL_LABELS[lang]).format(v=value))
        selectors.append({"type": kind, "value": value})
    return lines, selectors


def render_ad(
    banks: Banks,
    template: Template,
    fills: dict[str, object],
    contacts: list[tuple[str, str]],
    *,
    style: str,
    rng: random.Random,
    drop_rate: float,
    ad_country: str | None,
    indic: float,
    hotline: str | None = None,
) -> tuple[str, list[dict[str, str]]]:
    """The text of one ad and its selectors. `drop_rate`: chance that the poster leaves one sentence out."""
    sec = banks[(template.lang, template.kind)]
    sentences = [sec[part][idx].format_map(fills) for part, idx in template.parts]
    if len(sentences) > 3 and rng.random() < drop_rate:
        del sentences[rng.randrange(1, len(sentences) - 1)]
    head, rest = sentences[0], sentences[1:]
    if style == "plain" and rng.random() < 0.08 and template.lang != "ar":
        head = head.upper()
    lines, selectors = contact_lines(contacts, template.lang, style, ad_country, rng, indic)
    if style == "plain":
        layout = rng.random()
        body = " ".join(rest)
        if layout < 0.5:
            text = f"{head}\n{body}"
        elif layout < 0.8:
            text = f"{head}. {body}" if not re.search(r"[.!?]$", head) else f"{head} {body}"
        else:
            text = f"{head}\n\n{body}"
        if lines:
            text += "\n" + (" | ".join(lines) if rng.random() < 0.5 else "\n".join(lines))
    else:
        text = "\n".join([head, *rest, *lines])
    if hotline:
        written = write_phone(hotline, template.lang, ad_country, rng, 0.0)
        text += "\n—\n" + HOTLINE_FOOTERS[template.lang].format(v=written)
        if {"type": "phone", "value": hotline} not in selectors:
            selectors.append({"type": "phone", "value": hotline})
    return text, selectors
