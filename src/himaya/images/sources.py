"""Where the bytes of the images that records reference come from: an ``ImageSource``.

The analysis stage asks a source for each image a record lists (``record.images``: paths or URLs as its
source wrote them) and hashes what it gets (:mod:`himaya.images.attach`); it reads nothing itself. Two sources:

- ``LocalImages``, for ``himaya run``: a relative path is looked up in the folder of the file the record was
  read from, or, for a record read from a zip or tar archive, beside its member in that archive. It must stay
  inside that folder: an export cannot make Himaya read files elsewhere on the machine (a saved web page's
  "/img/a.jpg" means its site's folder, not this machine's). URLs are not fetched. An image over ``max_bytes``
  is refused unread.
- ``MemoryImages``: bytes handed over by reference (tests, a notebook, a Spark task whose images came from
  object storage).

A source answers in two steps, so that an image shared by many records is read and decoded once: ``locate``
names the image by a key (equal keys, equal bytes) or says why there is none (``MISSING``, ``OUTSIDE``,
``REMOTE``, or a message), and ``read`` gives the bytes of a key, or why not.
"""

from __future__ import annotations

import os
import posixpath
import tarfile
import zipfile
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from typing import Protocol

from himaya.model import Record

MISSING, OUTSIDE, REMOTE = "missing", "outside", "remote"  # counted, not reported one by one
NOT_INCLUDED = "("  # Telegram writes "(File not included. Change data exporting settings to download.)"
MAX_BYTES = 32 * 1024 * 1024

Key = tuple[Hashable, ...]


class ImageSource(Protocol):
    """The bytes of the images records reference."""

    def locate(self, record: Record, ref: str) -> Key | str:
        """A key for image ``ref`` of ``record`` (equal keys name equal bytes), or why there is none:
        ``MISSING``, ``OUTSIDE``, ``REMOTE``, or a message."""
        ...

    def read(self, key: Key) -> bytes | str:
        """The bytes of the image ``locate`` named ``key``, or why they cannot be read."""
        ...


def local_ref(ref: str) -> str | None:
    """``ref`` as a relative POSIX path inside its folder, or None when it is a URL or not a plain path."""
    ref = ref.strip().replace("\\", "/")
    if not ref or "://" in ref or ref.startswith(("data:", "//", "mailto:")):
        return None
    if ref.startswith("file:"):
        ref = ref[5:]
    return ref


class MemoryImages:
    """Images given as bytes by reference (as records write them); any other reference is ``MISSING``, or
    ``REMOTE`` for a URL."""

    def __init__(self, images: Mapping[str, bytes]) -> None:
        self.images = images

    def locate(self, record: Record, ref: str) -> Key | str:
        if ref in self.images:
            return ("memory", ref)
        return REMOTE if local_ref(ref) is None else MISSING

    def read(self, key: Key) -> bytes | str:
        return self.images[str(key[1])]


class LocalImages:
    """Images beside the file (or archive member) each record was read from, never outside its folder.

    Up to ``open_archives`` archives stay open between reads (the least recently used is closed first);
    ``close`` closes them all."""

    def __init__(self, max_bytes: int = MAX_BYTES, open_archives: int = 4) -> None:
        self.max_bytes = max_bytes
        self._archives = _Archives(open_archives)

    def locate(self, record: Record, ref: str) -> Key | str:
        if ref.startswith(NOT_INCLUDED):
            return MISSING
        rel = local_ref(ref)
        if rel is None:
            return REMOTE
        source = record.source
        if "!" in source:  # a member of an archive: look beside it, in the same archive
            outer, _, member = source.partition("!")
            if "!" in member:
                return MISSING  # an archive inside an archive: not opened again for its images
            name = posixpath.normpath(posixpath.join(posixpath.dirname(member), rel))
            if rel.startswith("/") or name.startswith("../") or name == "..":
                return OUTSIDE
            return ("member", outer, name)
        base = os.path.dirname(os.path.realpath(source))
        path = os.path.realpath(os.path.join(base, rel))  # an absolute path stays as it is, and is checked
        if os.path.commonpath([base, path]) != base:
            return OUTSIDE
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            return MISSING
        except OSError as exc:
            return f"cannot read: {exc.strerror or exc}"
        if not os.path.isfile(path):
            return "not a file"
        if stat.st_size > self.max_bytes:
            return f"{stat.st_size} bytes, over the limit of {self.max_bytes}; skipped"
        return ("file", path, stat.st_size, stat.st_mtime_ns)

    def read(self, key: Key) -> bytes | str:
        if key[0] == "member":
            return self._archives.read(str(key[1]), str(key[2]), self.max_bytes)
        try:
            with open(str(key[1]), "rb") as handle:
                return handle.read(self.max_bytes + 1)
        except OSError as exc:
            return f"cannot read: {exc.strerror or exc}"

    def close(self) -> None:
        self._archives.close()

    def __enter__(self) -> LocalImages:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class _Archives:
    """Zip and tar archives kept open to read the images beside their records' members (the last few used)."""

    def __init__(self, keep: int) -> None:
        self.keep = max(1, keep)
        self.open: OrderedDict[str, zipfile.ZipFile | tarfile.TarFile | str] = OrderedDict()

    def read(self, outer: str, name: str, max_bytes: int) -> bytes | str:
        archive = self.open.get(outer)
        if archive is None:
            archive = self.open[outer] = _open_archive(outer)
            while len(self.open) > self.keep:
                _close(self.open.popitem(last=False)[1])
        else:
            self.open.move_to_end(outer)
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
            return MISSING
        except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, RuntimeError) as exc:
            return f"cannot read from {outer}: {exc}"

    def close(self) -> None:
        while self.open:
            _close(self.open.popitem()[1])


def _close(archive: zipfile.ZipFile | tarfile.TarFile | str) -> None:
    if not isinstance(archive, str):
        archive.close()


def _open_archive(path: str) -> zipfile.ZipFile | tarfile.TarFile | str:
    try:
        if zipfile.is_zipfile(path):
            return zipfile.ZipFile(path)
        return tarfile.open(path)  # closed by _Archives.close
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError) as exc:
        return f"cannot open {path}: {exc}"
