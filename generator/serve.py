"""The editor's preview: ``python -m generator serve``.

It builds the sources once into a temporary marked folder (checked by the
output guard; never the project's docs/ or site/), serves that folder's
site on ``http://BIND:PORT/`` and watches the sources. When a report file
changes it re-parses that report only, renders the pages again, rewrites
only the Markdown pages whose text changed, has MkDocs rebuild only those
pages (its "dirty" build) and tells the browser to reload: each HTML page
is served with a small script, added by the preview's server only, that
polls ``/__preview__/version``.

A dirty build leaves the other pages as they were, which is what a preview
wants, but it keeps only the rebuilt pages in MkDocs' own search index
(report paragraphs are indexed from the model, as in every build); a new or
removed report, or a report whose meeting date changed, gets a full build
because the navigation changes. Nothing here checks the anchor lock: the
preview publishes nothing.
"""
from __future__ import annotations

import errno
import functools
import http.server
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

from . import search
from .build import BuildOptions, load_reports, source_files
from .errors import GeneratorError, MachineError, SourceError
from .metadata import METADATA_NAME
from .incremental import sync_tree
from .model import Report
from .outputs import check_outputs, mark
from .workers import parse_one
from .context import BuildContext
from .render import render_pages
from .engine import preview_build, search_dictionary
from .ownership import ROOT

VERSION_URL = "/__preview__/version"
RELOAD_SCRIPT = (
    "<script>(function(){var v=null;function poll(){fetch('" + VERSION_URL + "',{cache:'no-store'})"
    ".then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v){location.reload()}v=t})"
    ".catch(function(){}).finally(function(){setTimeout(poll,500)})}poll()})();</script>"
)


class PreviewError(GeneratorError):
    """The preview cannot start: its folder is refused or no report parses (exit 2)."""


def _related(a: Path, b: Path) -> bool:
    a, b = a.resolve(), b.resolve()
    return a == b or a in b.parents or b in a.parents


class Preview:
    """Build, serve and keep up to date a preview of `seeds`."""

    def __init__(self, seeds: Path, port: int = 8000, bind: str = "127.0.0.1",
                 folder: Optional[Path] = None, config_file: Path = ROOT / "mkdocs.yml",
                 site_url: Optional[str] = None, log=None):
        self.seeds = Path(seeds)
        self.folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="generator-preview-"))
        self.own_folder = folder is None
        for project in (ROOT / "site", ROOT / "docs"):
            if _related(self.folder, project):
                raise PreviewError(f"refusing the preview folder {self.folder}: it is, holds or lies inside "
                                   f"the project's {project.name}/ (the preview never touches it)")
        check_outputs({"--preview": self.folder}, self.seeds, config_file)
        mark(self.folder)
        self.docs, self.site = self.folder / "docs", self.folder / "site"
        self.options = BuildOptions(seeds=self.seeds, docs=None, site=self.site, config_file=config_file,
                                    site_url=site_url, lock=None, redirects=None)
        self.settings = self.options.settings()
        self.port, self.bind = port, bind
        self.log = log or (lambda message: print(message, file=sys.stderr, flush=True))
        self.reports: list[Report] = []
        self.by_file: dict[str, Report] = {}
        self.version = 0
        #: docs paths the last update rewrote (for the bench and the log)
        self.last_rewritten: list[str] = []
        self._lock = threading.Lock()
        self._pending: set[Path] = set()
        self._timer: Optional[threading.Timer] = None
        self._server: Optional[http.server.ThreadingHTTPServer] = None
        self._serving = False
        self._observer = None
        self._words: Optional[str] = None
        #: Rendered report pages across rebuilds (see render.render_pages).
        self._pages: dict = {}

    # -- building ---------------------------------------------------------------
    def _sorted(self) -> list[Report]:
        return sorted(self.by_file.values(), key=lambda r: (r.meeting.start, r.source))

    def _nav_key(self) -> list[tuple]:
        return [(r.slug, r.language) for r in self._sorted()]

    def build_all(self) -> None:
        """Parse every source, render every page, full MkDocs build."""
        reports, skipped = load_reports(source_files(self.seeds), keep_going=True,
                                        metadata_file=self.seeds / METADATA_NAME)
        for error in skipped:
            self.log(f"preview: skipped {error}")
        self.by_file = {r.source: r for r in reports}
        self._build(full=True)

    def _build(self, full: bool) -> None:
        self.reports = self._sorted()
        if not self.reports:
            raise PreviewError(f"no report in {self.seeds} parses")
        # Pages link canonically only to a site named on the command line
        # (the file's site_url is where the published site will be).
        context = BuildContext.of(self.reports, self.settings.languages, site_url=self.options.site_url or "")
        if len(self._pages) > 4 * len(self.reports) * len(context.languages):
            self._pages.clear()  # pages of reports edited away
        pages = render_pages(context, cache=self._pages)
        mark(self.docs)
        synced = sync_tree(pages, self.docs)
        self.last_rewritten = synced.written + synced.deleted
        if not full and not synced.written and not synced.deleted:
            return
        dictionary = self.folder / "jieba_user.txt"
        words = search_dictionary(context)
        if words != self._words:  # segmentation depends on the dictionary
            self._words, search.SEGMENT_CACHE = words, {}
        dictionary.write_text(words, encoding="utf-8")
        preview_build(self.settings, self.docs, self.site, context, dictionary, full)
        self.version += 1

    def update(self, paths: set[Path]) -> None:
        """Sources changed: re-parse them, rewrite the pages that change."""
        start = time.perf_counter()
        with self._lock:
            before = self._nav_key()
            for path in sorted(paths):
                if path.suffix != ".txt" or path.name.startswith("."):
                    continue
                if not path.exists():
                    self.by_file.pop(path.name, None)
                    continue
                outcome = parse_one(path)
                if isinstance(outcome, SourceError):
                    self.log(f"preview: {outcome} (the page keeps its last good version)")
                    continue
                self.by_file[path.name] = outcome
            try:
                self._build(full=self._nav_key() != before)
            except Exception as error:  # a preview reports and goes on
                self.log(f"preview: build failed: {type(error).__name__}: {error}")
                return
        self.log(f"preview: {len(self.last_rewritten)} page(s) rewritten in "
                 f"{time.perf_counter() - start:.2f} s: {', '.join(self.last_rewritten[:6])}"
                 + (" …" if len(self.last_rewritten) > 6 else ""))

    # -- watching ---------------------------------------------------------------
    def _changed(self, path: str) -> None:
        with self._lock:
            self._pending.add(Path(path))
            if self._timer:
                self._timer.cancel()
            self._timer = threading.Timer(0.1, self._flush)  # editors write in several steps
            self._timer.daemon = True
            self._timer.start()

    def _flush(self) -> None:
        with self._lock:
            paths, self._pending = self._pending, set()
        if paths:
            self.update(paths)

    def watch(self) -> None:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        preview = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event):
                if event.is_directory or event.event_type in ("opened", "closed_no_write"):
                    return
                for attr in ("src_path", "dest_path"):
                    path = getattr(event, attr, "")
                    if path and Path(path).parent.resolve() == preview.seeds.resolve():
                        preview._changed(path)

        self._observer = Observer()
        self._observer.schedule(Handler(), str(self.seeds), recursive=False)
        self._observer.start()

    # -- serving ----------------------------------------------------------------
    def serve(self) -> None:
        preview = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path.split("?")[0] == VERSION_URL:
                    return self._send(str(preview.version).encode(), "text/plain")
                path = Path(self.translate_path(self.path))
                if path.is_dir():
                    if not self.path.split("?")[0].endswith("/"):
                        return super().do_GET()  # the redirect to the folder's URL
                    path = path / "index.html"
                if path.suffix == ".html" and path.is_file():
                    html = path.read_text(encoding="utf-8")
                    at = html.rfind("</body>")
                    html = html[:at] + RELOAD_SCRIPT + html[at:] if at >= 0 else html + RELOAD_SCRIPT
                    return self._send(html.encode("utf-8"), "text/html; charset=utf-8")
                return super().do_GET()

            def _send(self, body: bytes, kind: str):
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        self.listen()
        self._server.RequestHandlerClass = functools.partial(Handler, directory=str(self.site))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self._serving = True

    def listen(self) -> None:
        """Take the port (before the first build: a port in use is said at
        once, not after a whole build); nothing is served until `serve`."""
        if self._server is None:
            self._server = _listening(self.bind, self.port)
            self.port = self._server.server_address[1]

    def start(self, watch: bool = True) -> None:
        self.listen()
        self.build_all()
        self.serve()
        if watch:
            self.watch()

    def stop(self) -> None:
        if self._observer:
            self._observer.stop()
            self._observer.join(timeout=5)
        if self._server:
            if self._serving:  # shutdown() waits for a serve_forever that has started
                self._server.shutdown()
            self._server.server_close()
        if self._timer:
            self._timer.cancel()
        search.SEGMENT_CACHE = None
        if self.own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def _listening(bind: str, port: int) -> http.server.ThreadingHTTPServer:
    """A server bound to `bind`:`port` (its handler is set by `Preview.serve`),
    or one line saying why not (exit 74)."""
    try:
        server = http.server.ThreadingHTTPServer((bind, port), http.server.BaseHTTPRequestHandler)
    except OSError as error:
        happened = {errno.EADDRINUSE: "the port is in use", errno.EADDRNOTAVAIL: "no such address here",
                    errno.EACCES: "permission denied (ports below 1024 need root)"}.get(
                        error.errno, error.strerror or str(error))
        raise MachineError(f"cannot listen on {bind}:{port}: {happened}; choose another "
                           f"--port (or --bind), or stop the program that holds it") from None
    server.daemon_threads = True
    return server


def run(seeds: Path, port: int = 8000, bind: str = "127.0.0.1", config_file: Path = ROOT / "mkdocs.yml",
        site_url: Optional[str] = None) -> int:
    """The `serve` command: build, serve, watch until interrupted."""
    preview = Preview(seeds, port, bind, config_file=config_file, site_url=site_url)
    try:
        preview.listen()
        preview.log(f"preview: building {seeds} into {preview.folder} …")
        preview.start()
        preview.log(f"preview: serving http://{bind}:{preview.port}/ (watching {seeds}; Ctrl-C stops)")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        preview.stop()
