"""The offline bundle's zip: deterministic, and only what a reader needs."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from .outputs import MARKER


def in_bundle(relative: str) -> bool:
    """Does a reader of the offline bundle need this file of the built site?
    Not the generator's marker and not source maps (for debugging
    Material's scripts; 1.3 MB)."""
    name = relative.rsplit("/", 1)[-1]
    return name != MARKER and not name.endswith(".map")


def zip_tree(root: Path, archive: Path, prefix: str, epoch: int) -> None:
    """A deterministic zip: sorted entries, fixed times, fixed permissions;
    only what a reader needs (`in_bundle`)."""
    stamp = dt.datetime.fromtimestamp(max(epoch, 315532800), dt.timezone.utc).timetuple()[:6]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in root.rglob("*")
                           if p.is_file() and in_bundle(p.relative_to(root).as_posix())):
            info = zipfile.ZipInfo(f"{prefix}/{path.relative_to(root).as_posix()}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
