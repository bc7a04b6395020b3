"""The posting account as a tie (``himaya.link.accounts``): what is strong, what is a name only, what is nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from himaya.link.accounts import GENERIC, account_keys, distinctive

PLATFORMS = st.sampled_from(["telegram", "Twitter", "x", "classifieds.example", "facebook", "jobs-board", ""])
NAMES = st.text(alphabet=st.characters(categories=("L", "Nd"), include_characters="_. @"), max_size=24)


def test_examples() -> None:
    assert account_keys("classifieds.example:Karim8642") == (
        "account:classifieds.example:karim8642",
        "handle-name:karim8642",
    )
    assert account_keys("twitter:@Mariam_Work45") == ("handle:x:mariam_work45", "handle-name:mariam_work45")
    assert account_keys("facebook:Carmen  Lucía") == (None, "handle-name:carmen lucía")  # a display name
    assert account_keys("telegram:Maria") == (None, "handle-name:maria")  # short and plain: a name only
    assert account_keys(":lina_22") == (None, "handle-name:lina_22")  # no platform
    assert account_keys("classifieds.example:Anonymous") == (None, None)
    assert account_keys("facebook:") == (None, None)


@given(PLATFORMS, NAMES)
def test_case_spacing_and_at_sign_do_not_change_the_keys(platform: str, name: str) -> None:
    keys = account_keys(f"{platform}:{name}")
    assert account_keys(f"{platform.upper()}: {name.upper()}  ") == keys or name.upper().lower() != name.lower()
    assert account_keys(f"{platform}:@{name.lstrip('@')}") == account_keys(f"{platform}:{name.lstrip('@')}")


@given(PLATFORMS, NAMES)
def test_a_strong_key_needs_a_platform_and_a_distinctive_name_and_always_has_a_weak_one(
    platform: str, name: str
) -> None:
    strong, weak = account_keys(f"{platform}:{name}")
    if strong is not None:
        assert platform and weak is not None
        assert distinctive(strong.rsplit(":", 1)[1])
    folded = " ".join(name.lower().split()).lstrip("@").strip()
    if folded in GENERIC or not folded:
        assert (strong, weak) == (None, None)
