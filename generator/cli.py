"""Command line: argument parsing and progress only; the work is elsewhere."""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from . import __version__
from .errors import GeneratorError, UsageError, machine_error
from .exits import (STDOUT, closed_pipe, flush_output, report_bug, report_error, say, silence_output,
                    stop_on_signals, writing_into)
from .languages import PROFILES


def main(argv: list[str] | None = None, prog: str = "un-reports") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Publish UN meeting reports as a static site with a permanent link per paragraph.",
        epilog=f"Example: {prog} build   (seeds/ → docs/ → site/)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    from .build import DIST, PROJECT_SEEDS, ROOT
    from .export import AKN_OUT
    build = commands.add_parser(
        "build", help="parse every report and build the site",
        description="Parse every report in --seeds, write Markdown into --docs and build the "
                    "site into --site with MkDocs. Nothing is replaced unless the whole build succeeds; "
                    "the site is switched to the new one in one step. Output folders are only replaced "
                    "when the generator made them (they carry its marker file).",
        epilog=f"Building other sources: {prog} build --seeds other/ --site other-site/ "
               "(their own anchor lock with --lock FILE; their Markdown kept only with --docs DIR).")
    _sources_options(build, PROJECT_SEEDS, ROOT)
    build.add_argument("--docs", type=Path,
                       help=f"keep the generated Markdown here (default: {ROOT / 'docs'} for the project's "
                            "own sources; not kept for other sources)")
    build.add_argument("--site", type=Path,
                       help=f"the built site (default: {ROOT / 'site'} for the project's own sources; "
                            "required for other sources)")
    build.add_argument("--site-url", help="canonical URL of the site (default: site_url of mkdocs.yml)")

    lock = commands.add_parser(
        "lock", help="add the ids of every report page to the anchor lock",
        description="Parse every report and write the anchor lock: every public id as <url>#<id>, "
                    "one per line, sorted. New ids are added; a locked id that disappeared is never "
                    "dropped silently: the command fails (exit 3) and names it, unless it is given with --drop.",
        epilog=f"Example: {prog} lock --drop reports/2018-05-28/#para_nn_1")
    lock.add_argument("--seeds", type=Path, default=PROJECT_SEEDS, help="folder of report texts (default: %(default)s)")
    lock.add_argument("--lock", type=Path, help=f"the lock file (default: {ROOT / 'anchors.lock'} for the "
                                                "project's own sources; required for other sources)")
    lock.add_argument("--redirects", type=Path, help=f"old URL → new URL of pages that moved "
                                                     f"(default: {ROOT / 'redirects.yml'} for the project's own sources)")
    lock.add_argument("--drop", action="append", default=[], metavar="URL#ID",
                      help="remove this locked entry on purpose (repeatable)")
    lock.add_argument("--init", action="store_true",
                      help="create the lock file, which must not exist yet, starting from no entry "
                           "(every current id is then added); without it a missing lock file is an error")
    lock.add_argument("--quiet", action="store_true", help="print nothing but errors")

    check = commands.add_parser(
        "check", help="list what an editor must look at in the sources",
        description="Parse every report and list the source-quality report: missing, duplicate or "
                    "out-of-order paragraph numbers, contradictory dates, draft marks and placeholders, "
                    "headings without content, unknown country names, footnote marks without footnote "
                    "and footnotes never referenced. One line per entry: file:line: [code] message (id). "
                    "Files that cannot be parsed at all are listed as [error].",
        epilog="Exit status: 0 (entries are advice), 1 with --strict when there is any entry, "
               "2 when a file cannot be parsed.")
    check.add_argument("--seeds", type=Path, default=PROJECT_SEEDS, help="folder of report texts (default: %(default)s)")
    check.add_argument("--strict", action="store_true", help="treat every entry as an error (exit 1)")
    check.add_argument("--quiet", action="store_true",
                       help="print nothing but errors (files that cannot be parsed); the exit status still counts")
    check.add_argument("--no-count", action="store_true", help="print the entries only, not the count line")

    parse_cmd = commands.add_parser(
        "parse", help="print the model of one report as JSON",
        description="Parse one report and print its model (meeting, headings, paragraphs, "
                    "footnotes, warnings) as JSON on standard output.")
    parse_cmd.add_argument("file", type=Path, help="a report text file")
    parse_cmd.add_argument("--language", choices=sorted(PROFILES),
                           help="the report's language (default: detected from its text)")

    bundle = commands.add_parser(
        "bundle", help="build the offline edition as one zip archive",
        description="Build the site for reading from file:// with no network (navigation, "
                    "paragraph anchors, language switch and search all local) and pack it as "
                    "DIST/wg-ta-reports-offline.zip. Copied paragraph links stay canonical online URLs. "
                    "The same pipeline as build: the same lock and link checks, the same redirect pages.")
    _sources_options(bundle, PROJECT_SEEDS, ROOT)
    bundle.add_argument("--dist", type=Path, help=f"output folder (default: {DIST} for the project's own "
                                                  f"sources; required for other sources)")
    bundle.add_argument("--site-url", help="canonical URL that copied links point to (default: site_url of mkdocs.yml)")

    export = commands.add_parser(
        "export", help="write every report as a data file (Akoma Ntoso XML)",
        description="Parse every report in --seeds with the same rules as build and write one file per "
                    "report into --out. akn: Akoma Ntoso 3.0 XML, <date>.<language>.xml (e.g. "
                    "2012-10-17.zh.xml), each validated against the official schema, with the site's "
                    "paragraph ids as eIds. Nothing is written unless every report is exported (with "
                    "--keep-going: every report that can be); each file "
                    "is replaced atomically, and .xml files of --out that are no longer exported are "
                    "deleted. --out is only written to when it is new, empty or made by the generator.",
        epilog=f"Example: {prog} export akn --out dist/akn")
    export.add_argument("format", choices=["akn"], help="the format: akn (Akoma Ntoso 3.0 XML)")
    export.add_argument("--out", type=Path, help=f"output folder (default: {AKN_OUT} for the project's own "
                                                 f"sources; required for other sources)")
    _sources_options(export, PROJECT_SEEDS, ROOT, anchors=False)

    serve = commands.add_parser(
        "serve", help="preview the site while editing the sources",
        description="Build the sources into a temporary folder (never site/), serve it, and rebuild "
                    "only the pages of a report when its file changes; the browser reloads.")
    serve.add_argument("--seeds", type=Path, default=PROJECT_SEEDS, help="folder of report texts (default: %(default)s)")
    serve.add_argument("--port", type=_port, default=8000, help="port, 1-65535, or 0 for any free one (default: %(default)s)")
    serve.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: %(default)s)")

    args = parser.parse_args(argv)
    previous = stop_on_signals()
    try:
        return _run(args)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _run(args) -> int:
    """The command, and what it ends with (see the README's exit codes)."""
    handlers = {"parse": _parse, "build": _build, "bundle": _bundle, "lock": _lock, "check": _check,
                "export": _export, "serve": _serve}
    try:
        status = handlers[args.command](args)
        flush_output()
        return status
    except GeneratorError as error:
        return report_error(error)
    except BrokenPipeError:
        return closed_pipe()
    except KeyboardInterrupt as error:
        number = getattr(error, "signum", signal.SIGINT)
        said = "interrupted" if number == signal.SIGINT else f"stopped by {signal.Signals(number).name}"
        kept = {"build": ": the previous site is unchanged", "bundle": ": the previous archive is unchanged",
                "export": ": the files written so far are whole", "lock": ": the lock is unchanged"}
        print(said + kept.get(args.command, ""), file=sys.stderr)
        return 128 + number
    except OSError as error:
        machine = machine_error(error, writing_into(args))
        if machine is None or os.environ.get("GENERATOR_DEBUG"):
            return report_bug(error)
        if error.filename == STDOUT:
            silence_output()
        return report_error(machine)
    except Exception as error:  # noqa: BLE001 — the last line of defence: no traceback for users
        return report_bug(error)


def _sources_options(command, seeds: Path, root: Path, anchors: bool = True) -> None:
    """The options every command that builds shares, with the same meaning
    (the anchor lock and redirects only where pages are published)."""
    command.add_argument("--seeds", type=Path, default=seeds, help="folder of report texts (default: %(default)s)")
    command.add_argument("--config", type=Path, default=root / "mkdocs.yml",
                         help="MkDocs configuration (default: %(default)s)")
    command.add_argument("--keep-going", action="store_true",
                         help="go on with every report that parses, list the others, exit 1 if any failed")
    if anchors:
        _anchor_options(command, root)
        command.add_argument("--languages", type=_language_list, metavar="CODES",
                             help="the languages to build, comma-separated, the first at the site root "
                                  "(default: extra: languages: in --config, e.g. zh,en)")
    command.add_argument("--quiet", action="store_true", help="print nothing but errors")


def _language_list(text: str) -> tuple:
    codes = tuple(c.strip() for c in text.split(",") if c.strip())
    unknown = [c for c in codes if c not in PROFILES]
    if unknown or not codes:
        raise argparse.ArgumentTypeError(f"unknown language {', '.join(unknown) or text!r} "
                                         f"(have {', '.join(sorted(PROFILES))})")
    return codes


def _port(text: str) -> int:
    """A TCP port, refused at the door (the socket's own error would be a bug's)."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535, or 0 for any free one)")
    return port


def _anchor_options(command, root: Path) -> None:
    command.add_argument("--lock", type=Path,
                         help=f"anchor lock: fail (exit 3) if a listed <url>#<id> is missing (default: "
                              f"{root / 'anchors.lock'} for the project's own sources, none for others)")
    command.add_argument("--no-lock", action="store_true", help="do not check any anchor lock")
    command.add_argument("--redirects", type=Path,
                         help=f"old URL → new URL of pages that moved (default: {root / 'redirects.yml'} "
                              f"for the project's own sources, none for others)")


def _options(args, **extra):
    from .build import AUTO, BuildOptions

    if not hasattr(args, "lock"):  # a command that publishes no pages
        return BuildOptions(seeds=args.seeds, config_file=args.config, keep_going=args.keep_going,
                            lock=None, redirects=None, **extra)
    if args.no_lock and args.lock:
        raise UsageError("--lock and --no-lock contradict each other")
    return BuildOptions(seeds=args.seeds, config_file=args.config, site_url=args.site_url,
                        keep_going=args.keep_going, lock=None if args.no_lock else (args.lock or AUTO),
                        redirects=args.redirects or AUTO, languages=getattr(args, "languages", None), **extra)


def _parse(args) -> int:
    from .metadata import METADATA_NAME, apply_metadata
    from .parse import parse
    from .read import read_source
    from .report_json import as_json

    report = parse(read_source(args.file), args.file.name, args.language)
    # The editor's metadata beside the file: its other dates are its neighbours'.
    apply_metadata([report], args.file.parent / METADATA_NAME, partial=True)
    say(json.dumps(as_json(report), ensure_ascii=False, indent=2))
    return 0


def _report(result, quiet: bool) -> int:
    """Say what a build left out or cleaned; the exit status for it."""
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not quiet:
        for path in result.cleaned:
            print(f"cleaned {path}: left by an interrupted build", file=sys.stderr)
    for error in result.skipped:
        print(f"skipped: {error}", file=sys.stderr)
    for entry in result.missing_anchors:
        print(f"missing locked anchor: {entry}", file=sys.stderr)
    return 1 if result.skipped or result.missing_anchors else 0


def _build(args) -> int:
    from .build import AUTO, build_site
    from .progress import for_stream

    options = _options(args, docs=args.docs or AUTO, site=args.site or AUTO)
    result = build_site(options, for_stream(args.quiet, sys.stderr))
    status = _report(result, args.quiet)
    if not args.quiet:
        say(summary(result, options.resolved().site))
    return status


def _bundle(args) -> int:
    from .build import build_bundle
    from .progress import for_stream

    result = build_bundle(_options(args), args.dist, for_stream(args.quiet, sys.stderr))
    status = _report(result, args.quiet)
    if not args.quiet:
        archive = result.archive
        say(f"wrote {archive} ({archive.stat().st_size / 1e6:.1f} MB): unzip it anywhere and open "
              f"wg-ta-reports-offline/index.html")
    return status


def _export(args) -> int:
    from .export import AKN_OUT, export_akn
    from .progress import for_stream

    result = export_akn(_options(args), args.out, for_stream(args.quiet, sys.stderr))
    status = _report(result, args.quiet)
    if not args.quiet:
        count = len(result.files)
        say(f"wrote {plural(count, 'file')} into {args.out or AKN_OUT}")
    return status


def plural(count: int, word: str, words: str = "") -> str:
    """"1 report", "2 reports" ("1 entry", "2 entries" with `words`)."""
    return f"{count} {word if count == 1 else words or word + 's'}"


def summary(result, site: Path) -> str:
    """The one line a build prints: what was built and where the time went."""
    paragraphs = sum(len(r.paragraphs) for r in result.reports)
    warnings = sum(len(r.warnings) for r in result.reports)
    total = sum(result.timings.values())
    times = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    docs = result.docs
    return (f"built {plural(len(result.reports), 'report')}, {plural(paragraphs, 'paragraph')}, "
            f"{plural(warnings, 'warning')} into {site} in {total:.2f}s ({times}; docs: {len(docs.written)} written, "
            f"{len(docs.deleted)} deleted, {docs.unchanged} unchanged)")


def _lock(args) -> int:
    from . import anchors
    from .build import PROJECT_SEEDS, ROOT, BuildOptions, load_reports
    from .metadata import METADATA_NAME
    from .sources import list_sources

    options = BuildOptions(seeds=args.seeds, lock=args.lock or BuildOptions.lock,
                           redirects=args.redirects or BuildOptions.redirects).resolved()
    if options.lock is None:
        raise UsageError("building sources other than the project's: name their lock file with --lock "
                         "(--init --lock FILE creates one)")
    if not options.own_sources() and Path(os.path.abspath(options.lock)).resolve() == (ROOT / "anchors.lock").resolve():
        raise UsageError(f"refusing --lock {options.lock}: it is the project's own lock, which only "
                         f"{PROJECT_SEEDS.name}/ updates; name a lock of its own for {args.seeds}")
    if args.init and os.path.lexists(options.lock):
        raise UsageError(f"--init: {options.lock} exists already; run `lock` without --init to update it")
    if args.init and args.drop:
        raise UsageError("--init and --drop contradict each other (a new lock has nothing to drop)")
    languages = options.settings().languages
    locked = [] if args.init else anchors.read_lock(options.lock)
    redirects = anchors.read_redirects(options.redirects, languages)  # a bad file stops the command before the parse
    found = list_sources(args.seeds)
    for warning in found.skipped:
        print(f"warning: {warning}", file=sys.stderr)
    reports, _ = load_reports(found.files, metadata_file=args.seeds / METADATA_NAME)  # checked as a build does
    unknown = sorted(set(args.drop) - set(locked))
    if unknown:
        raise UsageError("--drop names entries that are not locked: " + ", ".join(unknown))
    entries, added, missing = anchors.update_lock(locked, reports, redirects, languages, args.drop)
    if missing:
        raise anchors.lock_error(missing, options.lock)
    anchors.write_lock(options.lock, entries)
    if not args.quiet:
        say(f"{options.lock}: {plural(len(entries), 'anchor')} ({len(added)} added, {len(args.drop)} dropped)")
    return 0


def _serve(args) -> int:
    from .serve import run
    return run(args.seeds, args.port, args.bind)


def _check(args) -> int:
    from . import quality
    from .build import load_reports
    from .metadata import METADATA_NAME
    from .sources import list_sources

    found = list_sources(args.seeds)
    for warning in found.skipped:
        print(f"warning: {warning}", file=sys.stderr)
    reports, errors = load_reports(found.files, keep_going=True, metadata_file=args.seeds / METADATA_NAME)
    entries = quality.entries(reports, errors)
    for entry in entries:
        if not args.quiet:
            say(entry.format(args.seeds))
        elif entry.code == "error":  # --quiet: errors only, on standard error as in every command
            print(f"error: {entry.format(args.seeds)}", file=sys.stderr)
    if not args.quiet and not args.no_count:
        files = len(reports) + len(errors)
        print(f"{plural(len(entries), 'entry', 'entries')} in {plural(files, 'file')}", file=sys.stderr)
    if errors:
        return 2
    return 1 if args.strict and entries else 0
