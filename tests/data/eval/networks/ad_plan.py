"""The two corpus plans, and the per-typology habits (platforms, contact kinds) both corpora share.

netA and netB differ by seed, phrase bank, layout style, date window, size, mix of typologies, number and
languages of shared template families, rate of burners, copycats, no-contact ads, cross-platform handles,
Arabic-Indic digits and hotline footers. README.md lists the values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

TYPOLOGIES = (
    "sexual_exploitation",
    "forced_criminality",
    "forced_labour",
    "domestic_servitude",
    "migrant_smuggling",
    "organ_trafficking",
)
PLATFORMS = {
    "sexual_exploitation": {"classifieds": 4, "instagram": 2, "telegram": 2, "facebook": 1, "x": 1},
    "forced_criminality": {"telegram": 4, "facebook": 3, "jobboard": 2, "tiktok": 1},
    "forced_labour": {"facebook": 3, "jobboard": 3, "classifieds": 2, "telegram": 1},
    "domestic_servitude": {"facebook": 4, "classifieds": 2, "jobboard": 1, "telegram": 1},
    "migrant_smuggling": {"telegram": 3, "facebook": 3, "tiktok": 2},
    "organ_trafficking": {"facebook": 3, "x": 2, "telegram": 2, "classifieds": 1},
    "child_sexual_exploitation": {"telegram": 1},
    "benign": {"jobboard": 4, "classifieds": 4, "facebook": 2, "instagram": 1},
}
HANDLE_PLATFORMS = {
    "sexual_exploitation": ["instagram", "snapchat", "telegram"],
    "forced_criminality": ["telegram", "telegram", "x"],
    "migrant_smuggling": ["telegram", "tiktok"],
    "organ_trafficking": ["telegram", "x"],
    "forced_labour": ["telegram", "instagram"],
    "domestic_servitude": ["instagram", "telegram"],
    "child_sexual_exploitation": ["telegram"],
}
EXTRA_RATES = {  # typology: (e-mail, handle, wallet, url)
    "sexual_exploitation": (0.25, 0.5, 0.05, 0.05),
    "forced_criminality": (0.4, 0.6, 0.25, 0.3),
    "forced_labour": (0.5, 0.2, 0.0, 0.25),
    "domestic_servitude": (0.5, 0.2, 0.0, 0.2),
    "migrant_smuggling": (0.15, 0.5, 0.4, 0.0),
    "organ_trafficking": (0.6, 0.3, 0.2, 0.0),
    "child_sexual_exploitation": (0.0, 1.0, 1.0, 0.0),
}


@dataclass(frozen=True)
class Plan:
    """Everything that makes one corpus differ from the other."""

    prefix: str
    seed: int
    banks: str
    style: str
    start: datetime
    total: int
    benign_share: float
    n_networks: int
    n_burners: int
    families: tuple[tuple[str, tuple[str, ...], int], ...]  # (typology, languages, member networks)
    typology_weights: tuple[float, ...]  # over TYPOLOGIES
    cse_lang: str
    size_mode: int
    n_copycats: int
    copycat_edit_rate: float
    n_agencies: int
    no_contact_rate: float
    cross_platform_rate: float
    second_lang_rate: float
    indic_rate: float
    hotline_rate: float
    hotline_regions: tuple[str, str]
    hotline_first_langs: tuple[str, str]  # languages whose ads print the first hotline


PLANS = (
    Plan(
        prefix="A",
        seed=20260301,
        banks="banks_a.txt",
        style="plain",
        start=datetime(2025, 3, 1, tzinfo=UTC),
        total=3000,
        benign_share=0.40,
        n_networks=65,
        n_burners=7,
        families=(
            ("forced_criminality", ("en",), 8),
            ("forced_criminality", ("ar", "en"), 5),
            ("forced_criminality", ("fr",), 3),
            ("sexual_exploitation", ("fr",), 6),
            ("sexual_exploitation", ("es", "en"), 5),
            ("sexual_exploitation", ("ar",), 4),
            ("forced_labour", ("es",), 3),
            ("domestic_servitude", ("ar", "fr"), 3),
        ),
        typology_weights=(0.22, 0.2, 0.22, 0.14, 0.14, 0.08),
        cse_lang="en",
        size_mode=27,
        n_copycats=150,
        copycat_edit_rate=0.5,
        n_agencies=6,
        no_contact_rate=0.06,
        cross_platform_rate=0.2,
        second_lang_rate=0.25,
        indic_rate=0.3,
        hotline_rate=0.3,
        hotline_regions=("FR", "GB"),
        hotline_first_langs=("fr", "ar"),
    ),
    Plan(
        prefix="B",
        seed=20260302,
        banks="banks_b.txt",
        style="emoji",
        start=datetime(2025, 6, 1, tzinfo=UTC),
        total=4000,
        benign_share=0.40,
        n_networks=85,
        n_burners=9,
        families=(
            ("forced_criminality", ("en",), 10),
            ("forced_criminality", ("es", "en"), 6),
            ("forced_criminality", ("ar",), 4),
            ("sexual_exploitation", ("fr", "ar"), 7),
            ("sexual_exploitation", ("es",), 5),
            ("sexual_exploitation", ("en",), 4),
            ("forced_labour", ("ar",), 4),
            ("forced_labour", ("fr", "es"), 3),
            ("domestic_servitude", ("en",), 3),
            ("migrant_smuggling", ("ar", "fr"), 4),
            ("migrant_smuggling", ("es",), 3),
            ("organ_trafficking", ("en", "ar"), 3),
        ),
        typology_weights=(0.18, 0.22, 0.24, 0.14, 0.14, 0.08),
        cse_lang="fr",
        size_mode=27,
        n_copycats=250,
        copycat_edit_rate=0.7,
        n_agencies=9,
        no_contact_rate=0.09,
        cross_platform_rate=0.35,
        second_lang_rate=0.3,
        indic_rate=0.5,
        hotline_rate=0.4,
        hotline_regions=("ES", "MA"),
        hotline_first_langs=("es", "fr"),
    ),
)
