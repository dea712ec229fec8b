"""What a command may write, beyond the output guard (outputs.py): the
project's own outputs are for the project's own sources only, and the
output folders a command made are removed again when it fails (`Claimed`)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from .errors import OutputError
from .outputs import MARKER, _is_empty, absolute, is_ours

if TYPE_CHECKING:
    from .build import BuildOptions

#: The repository: the project's own sources, outputs and configuration are here.
ROOT = Path(__file__).resolve().parent.parent
PROJECT_SEEDS = ROOT / "seeds"
DIST = ROOT / "dist"


def project_outputs() -> dict[str, Path]:
    """The project's own outputs, which only its own sources are built into."""
    return {"site/": ROOT / "site", ".site.versions/ (the versions of its site/)": ROOT / ".site.versions",
            "docs/": ROOT / "docs", "dist/": DIST}


def refuse_project_outputs(options: BuildOptions, outputs: dict[str, Optional[Path]]) -> None:
    """Other sources never write the project's outputs: an output of a build
    of sources other than seeds/ that is, holds or lies inside the project's
    site/, docs/ or dist/ is refused (exit 2), with what to do instead."""
    if options.own_sources():
        return
    for name, path in outputs.items():
        if path is None:
            continue
        for seen in (absolute(path), Path(os.path.abspath(path)).resolve()):
            for what, project in project_outputs().items():
                relation = ("is" if seen == project else "holds" if project.is_relative_to(seen)
                            else "lies inside" if seen.is_relative_to(project) else None)
                if relation:
                    raise OutputError(f"refusing {name} {path}: it {relation} the project's own {what} "
                                      f"({project}), which only {PROJECT_SEEDS.name}/ is built into; "
                                      f"choose a folder of its own for {options.seeds}")


def required_output(options: BuildOptions, given: Optional[Path], option: str, default: Path) -> Path:
    """`given`, else `default` for the project's own sources; other sources
    must say where their output goes."""
    if given is not None:
        return given
    if options.own_sources():
        return default
    raise OutputError(f"building sources other than {PROJECT_SEEDS}: say where the output goes with "
                      f"{option} (the project's {default.relative_to(ROOT)}/ is only for its own sources)")


class Claimed:
    """The output folders a command made: made before its work starts, so
    that a folder that cannot be written stops it at once; on failure the
    ones it made are removed again while they hold nothing but markers (a
    failed first build leaves nothing behind)."""

    def __init__(self):
        self.made: list[Path] = []

    def claim(self, folder: Path, make):
        """Call `make()` (which creates and marks `folder`); remember `folder`
        if it did not exist. Returns what `make` returns."""
        folder = absolute(folder)
        missing = []
        parent = folder
        while not os.path.lexists(parent) and parent != parent.parent:
            missing.append(parent)
            parent = parent.parent
        value = make()
        self.made += [p for p in reversed(missing) if p.is_dir()]
        return value

    def release(self) -> None:
        for folder in sorted(self.made, key=lambda p: len(p.parts), reverse=True):
            try:
                if folder.is_symlink() or not folder.is_dir():
                    continue
                if is_ours(folder) and all(p.name == MARKER for p in folder.iterdir()):
                    shutil.rmtree(folder, ignore_errors=True)
                elif _is_empty(folder):  # a parent made on the way
                    folder.rmdir()
            except OSError:
                pass
