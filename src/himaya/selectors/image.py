"""Images: the same picture shown by two records, by the SHA-256 of its bytes.

Value: the lower-case hex SHA-256; detail: the image's PDQ hash when it is good enough to link
near-identical copies by. Image selectors are not found in text: ``himaya.images.attach.image_selectors``
makes them from a record's hashed image files, so this type declares no finders.
"""

from __future__ import annotations

import re

from himaya.selectors.base import SelectorType

_SHA256 = re.compile(r"[0-9a-f]{64}")


class Image(SelectorType):
    name = "image"
    pivot = True
    pivot_reason = "the same image file posted again is the same poster's material"
    label = "Image"
    colour = "#bcbd22"
    examples = (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        " 043F0D321DB37FF5180A15401516158C9DAD491C389952AA306944195E87596E ",
    )
    invalid = ("e3b0c442", "photo.jpg", "z" * 64)

    def normalize(self, raw: str, **context: str | None) -> str | None:
        value = raw.strip().lower()
        return value if _SHA256.fullmatch(value) else None
