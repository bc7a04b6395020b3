"""Images that records reference (an export's photos): read beside the record's file, hashed, then dropped.

A record's ``images`` lists paths or URLs as its source wrote them. A relative path is looked up in the
folder of the file the record was read from, or, for a record read from a zip or tar archive, beside its
member in that archive. It must stay inside that folder: an export cannot make Himaya read files elsewhere
on the machine. URLs are not fetched. Each image read is hashed (:mod:`himaya.images.hashing`) into
``record.attrs["image_hashes"]``, a list of the lines ``himaya hash --json`` writes, with ``path`` as the
record wrote it. A missing image is counted (exports often leave media out), and so is one outside the folder
(a saved web page's "/img/a.jpg" means its site's folder, not this machine's); one that is too large or not
a decodable image is a Problem naming the record and the image.

This is the one analysis step that reads files. Decoding images is the costly part of ingesting them, so it
runs in the worker processes beside the text analysis, on the paths the records carry (a Spark task can do
the same on a shared file system). An image shared by many records is decoded once per worker process.
"""

from __future__ import annotations

import os
import posixpath
import tarfile
import zipfile
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from himaya.images.hashing import usable_pdq
from himaya.model import Problem, Record, SelectorHit, record_images

NOT_INCLUDED = "("  # Telegram writes "(File not included. Change data exporting settings to download.)"
_CACHE_SIZE = 20_000
_COUNTED = ("missing", "outside", "remote")


@dataclass(slots=True)
class Found:
    """What hashing a batch's images gave, besides the hashes put into the records."""

    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)  # hashed, missing, outside, remote (URLs), failed
    dropped: set[str] = field(default_factory=set)  # uids of image records whose bytes were not an image


PENDING = "image_bytes"  # an image record's bytes, read by the main process and hashed here (see ImageReader)


def hash_referenced(records: Sequence[Record], max_bytes: int = 32 * 1024 * 1024, *, referenced: bool = True) -> Found:
    """Hash the local images each record references into its ``attrs["image_hashes"]``, and the image records
    whose bytes the reader left to be hashed here (``attrs[PENDING]``) into their ``attrs["image"]``; an image
    record that is not a decodable image is a Problem, and its uid is in ``dropped``. With ``referenced``
    false, only the latter."""
    found = Found()
    archives = _Archives()
    try:
        for record in records:
            if record.kind == "image":
                _hash_pending(record, found)
            if not referenced or not record.images or record.kind == "image":
                continue
            hashed: list[dict[str, Any]] = []
            for ref in dict.fromkeys(record.images):  # each image once per record, in order
                result = _hash_ref(record.source, ref, max_bytes, archives)
                if isinstance(result, dict):
                    hashed.append({**result, "path": ref})
                    found.counts["hashed"] += 1
                elif result in _COUNTED:
                    found.counts[result] += 1
                else:
                    found.counts["failed"] += 1
                    found.problems.append(Problem(record.source, record.locator, f"image {ref}: {result}"))
            if hashed:
                record.attrs["image_hashes"] = hashed
    finally:
        archives.close()
    return found


def _hash_pending(record: Record, found: Found) -> None:
    data = record.attrs.pop(PENDING, None)
    if not isinstance(data, bytes):
        return
    result = _hash_bytes(data)
    if isinstance(result, str):
        found.problems.append(Problem(record.source, record.locator, result))
        found.dropped.add(record.uid)
    else:
        record.attrs["image"] = {"path": record.source, **result}


def image_selectors(record: Record) -> list[SelectorHit]:
    """One ``image`` selector per image of the record: its SHA-256, with its PDQ hash as ``detail`` when
    the hash is good enough to link near-identical copies by. ``start`` and ``end`` are -1: not in the text."""
    return [
        SelectorHit("image", image["sha256"], str(image.get("path") or ""), -1, -1, detail=usable_pdq(image))
        for image in record_images(record.kind, record.attrs)
        if image.get("sha256")
    ]


def local_ref(ref: str) -> str | None:
    """``ref`` as a relative POSIX path inside its folder, or None when it is a URL or not a plain path."""
    ref = ref.strip().replace("\\", "/")
    if not ref or "://" in ref or ref.startswith(("data:", "//", "mailto:")):
        return None
    if ref.startswith("file:"):
        ref = ref[5:]
    return ref


def _hash_ref(source: str, ref: str, max_bytes: int, archives: _Archives) -> dict[str, Any] | str:
    """The image's hashes, or why not: one of _COUNTED, or a message for a Problem."""
    if ref.startswith(NOT_INCLUDED):
        return "missing"
    rel = local_ref(ref)
    if rel is None:
        return "remote"
    if "!" in source:  # a member of an archive: look beside it, in the same archive
        outer, _, member = source.partition("!")
        if "!" in member:
            return "missing"  # an archive inside an archive: not opened again for its images
        name = posixpath.normpath(posixpath.join(posixpath.dirname(member), rel))
        if rel.startswith("/") or name.startswith("../") or name == "..":
            return "outside"
        data = archives.read(outer, name, max_bytes)
        if isinstance(data, str):
            return data
        return _hash_bytes(data)
    base = os.path.dirname(os.path.realpath(source))
    path = os.path.realpath(os.path.join(base, rel))  # an absolute path stays as it is, and is checked
    if os.path.commonpath([base, path]) != base:
        return "outside"
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    if not os.path.isfile(path):
        return "not a file"
    if stat.st_size > max_bytes:
        return f"{stat.st_size} bytes, over the limit of {max_bytes}; skipped"
    key = (path, stat.st_size, stat.st_mtime_ns)
    cached = _cache.get(key)
    if cached is not None:
        _cache.move_to_end(key)
        return cached
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    result = _hash_bytes(data)
    _cache[key] = result
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return result


def _hash_bytes(data: bytes) -> dict[str, Any] | str:
    from himaya.images.hashing import ImageError, hash_image

    try:
        hashes = hash_image(data, dihedral=True)  # the 7 rotations and flips too: the pixels will be gone
    except ImageError as exc:
        return str(exc)
    line = hashes.as_json("")
    del line["path"]
    return line


# Hashes of files already read in this process, by (real path, size, mtime): a network's photo is often
# posted with dozens of its ads.
_cache: OrderedDict[tuple[str, int, int], dict[str, Any] | str] = OrderedDict()


class _Archives:
    """Zip and tar archives opened once per batch, to read the images beside its records' members."""

    def __init__(self) -> None:
        self.open: dict[str, zipfile.ZipFile | tarfile.TarFile | str] = {}

    def read(self, outer: str, name: str, max_bytes: int) -> bytes | str:
        archive = self.open.get(outer)
        if archive is None:
            archive = self.open[outer] = _open_archive(outer)
        if isinstance(archive, str):
            return archive
        try:
            if isinstance(archive, zipfile.ZipFile):
                info = archive.getinfo(name)
                if info.file_size > max_bytes:
                    return f"{info.file_size} bytes, over the limit of {max_bytes}; skipped"
                with archive.open(info) as zipped:
                    return zipped.read(max_bytes + 1)
            member = archive.getmember(name)
            if not member.isfile():
                return "not a file"
            if member.size > max_bytes:
                return f"{member.size} bytes, over the limit of {max_bytes}; skipped"
            tarred = archive.extractfile(member)
            return tarred.read(max_bytes + 1) if tarred else "not a file"
        except KeyError:
            return "missing"
        except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, RuntimeError) as exc:
            return f"cannot read from {outer}: {exc}"

    def close(self) -> None:
        for archive in self.open.values():
            if not isinstance(archive, str):
                archive.close()


def _open_archive(path: str) -> zipfile.ZipFile | tarfile.TarFile | str:
    try:
        if zipfile.is_zipfile(path):
            return zipfile.ZipFile(path)
        return tarfile.open(path)  # closed by _Archives.close
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError) as exc:
        return f"cannot open {path}: {exc}"
