"""The account that posted a record, as a tie.

The ``author`` of a record (the account a classifieds ad, a post or a chat message came from) is evidence of
who runs it, like a handle printed in the text: the same account on one platform is the same people, a strong
tie. Not every author is an account, though. A display name ("Carmen Lucía", "Maria") is chosen by its
owner and shared by strangers, and some sites show a generic author ("Anonymous"). So:

* an author that looks like an account name (one word of letters, digits, ``_`` or ``.``, and distinctive:
  a digit, a ``_`` or ``.``, or at least 8 characters) on a known platform is a strong tie; on a social
  platform it is the same key as that platform's handle, so that "DM x.com/name" in one ad ties it to the
  ads that account posted;
* any other author (a display name, a short plain name, an author without a platform) is a name only, a weak
  tie (``handle-name``), like a bare ``@name``;
* a generic author ties nothing.
"""

from __future__ import annotations

import re

SOCIAL = {"telegram": "telegram", "instagram": "instagram", "x": "x", "twitter": "x", "tiktok": "tiktok",
          "snapchat": "snapchat"}  # fmt: skip
GENERIC = frozenset(
    {"anonymous", "anon", "unknown", "user", "guest", "admin", "deleted", "deleted account", "n/a", "none", "-",
     "anónimo", "anonyme", "مجهول"}
)  # fmt: skip
_ACCOUNT = re.compile(r"[\w.]{3,64}")


def account_keys(value: str) -> tuple[str | None, str | None]:
    """The (strong, weak) tie keys of a record's account, ``value`` being "<platform>:<author>"."""
    platform, _, author = value.partition(":")
    name = " ".join(author.lower().split()).lstrip("@").strip()
    if not name or name in GENERIC:
        return None, None
    weak = f"handle-name:{name}"
    platform = platform.strip().lower()
    if not platform or not distinctive(name):
        return None, weak
    social = SOCIAL.get(platform)
    return (f"handle:{social}:{name}" if social else f"account:{platform}:{name}"), weak


def distinctive(name: str) -> bool:
    """An account name rather than a display name: one word, with a digit, ``_`` or ``.``, or long."""
    return bool(_ACCOUNT.fullmatch(name)) and (len(name) >= 8 or any(c.isdigit() or c in "_." for c in name))
