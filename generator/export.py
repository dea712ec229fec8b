"""`python -m generator export akn`: every report as a file, guarded.

The same sources, rules, errors and output guard as a build (`build.py`);
the files are written atomically into a folder the generator marks."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from typing import Optional

from .build import DIST, BuildOptions, BuildResult, parse_and_export
from .errors import OutputError
from .outputs import absolute, check_outputs, mark
from .ownership import Claimed, refuse_project_outputs, required_output
from .progress import as_progress

AKN_OUT = DIST / "akn"


def export_akn(options: BuildOptions, out: Optional[Path] = None, progress=None) -> BuildResult:
    """seeds → one Akoma Ntoso XML file per report in `out`.

    The same sources, rules and errors as a build, and the same guard: `out`
    is checked before anything is touched and marked as the generator's.
    Every report is parsed, exported and validated before the first file is
    written; each file is then written atomically (a temporary file in `out`,
    renamed over the old one), and the ``*.xml`` files of `out` that are no
    longer exported are deleted. The result's `files` are the files written."""
    options.check()  # the settings: refused before any work
    out = required_output(options, out, "--out", AKN_OUT)
    check_outputs({"--out": out}, options.seeds, options.config_file)
    refuse_project_outputs(options, {"--out": out})
    if absolute(out).is_symlink():  # the guard lets a site's own link through: not a place for files
        raise OutputError(f"refusing --out {out}: it is a site published by the generator "
                          f"(a link to {os.readlink(absolute(out))}); choose a folder of its own")
    out = Path(os.path.abspath(out))
    progress = as_progress(progress)
    outputs = Claimed()
    try:
        outputs.claim(out, lambda: _mark_with_parents(out))  # a folder that cannot be written stops it here
        result, files = parse_and_export(options, progress)
        timings = result.timings
        start = time.perf_counter()
        progress.stage("write", len(files))
        result.files, result.deleted = _write_files(out, files, progress.advance)
        timings["write"] = time.perf_counter() - start
    except BaseException:
        outputs.release()
        raise
    finally:
        progress.close()
    return result


#: Temporary files of `_write_files` (hidden; a killed export's are removed by the next).
_PART = ".part-"


def _mark_with_parents(folder: Path) -> None:
    """Mark `folder`, and every missing folder above it that this creates:
    each folder the generator makes carries its marker (``dist/`` made for
    ``dist/akn/`` stays usable by `build_bundle`)."""
    missing = []
    parent = folder.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    for parent in reversed(missing):
        mark(parent)
    mark(folder)


def _write_files(folder: Path, files: dict[str, bytes], done=lambda: None) -> tuple[list[Path], list[Path]]:
    """Write each file into the marked `folder` atomically, then delete its
    ``*.xml`` files not in `files` and temporary files a killed run left."""
    written = []
    for name, data in sorted(files.items()):
        target = folder / name
        handle, temp = tempfile.mkstemp(prefix=_PART, dir=folder)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temp, 0o644)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        written.append(target)
        done()
    deleted = []
    for path in sorted(folder.iterdir()):
        stale = path.suffix == ".xml" and path.name not in files
        if (stale or path.name.startswith(_PART)) and path.is_file() and not path.is_symlink():
            path.unlink()
            deleted.append(path)
    return written, deleted
