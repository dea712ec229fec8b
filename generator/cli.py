"""Command line: argument parsing and progress only; the work is elsewhere."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .errors import LinkError, SourceError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Publish UN meeting reports as a static site with a permanent link per paragraph.",
        epilog="Example: python -m generator build   (seeds/ → docs/ → site/)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    from .site import BuildOptions
    defaults = BuildOptions()
    build = commands.add_parser(
        "build", help="parse every report and build the site",
        description="Parse every report in --seeds, write Markdown into --docs and build the "
                    "site into --site with MkDocs. Nothing is replaced unless the whole build succeeds.")
    build.add_argument("--seeds", type=Path, default=defaults.seeds, help="folder of report texts (default: %(default)s)")
    build.add_argument("--docs", type=Path, default=defaults.docs, help="generated Markdown (default: %(default)s)")
    build.add_argument("--site", type=Path, default=defaults.site, help="built site (default: %(default)s)")
    build.add_argument("--site-url", help="canonical URL of the site (default: site_url of mkdocs.yml)")
    build.add_argument("--config", type=Path, default=defaults.config_file, help="MkDocs configuration (default: %(default)s)")
    build.add_argument("--keep-going", action="store_true",
                       help="build every report that parses, list the others, exit non-zero if any failed")
    build.add_argument("--quiet", action="store_true", help="print nothing but errors")
    build.add_argument("--lock", type=Path, default=defaults.lock,
                       help="anchor lock: the build fails if a listed <url>#<id> is missing (default: %(default)s)")
    build.add_argument("--no-lock", action="store_true",
                       help="do not check the anchor lock (for building sources other than the published ones)")
    build.add_argument("--redirects", type=Path, default=defaults.redirects,
                       help="old URL → new URL of pages that moved (default: %(default)s)")

    lock = commands.add_parser(
        "lock", help="add the ids of every report page to the anchor lock",
        description="Parse every report and write the anchor lock: every public id as <url>#<id>, "
                    "one per line, sorted. New ids are added; a locked id that disappeared is never "
                    "dropped silently: the command fails and names it, unless it is given with --drop.",
        epilog="Example: python -m generator lock --drop reports/2018-05-28/#para_nn_1")
    lock.add_argument("--seeds", type=Path, default=defaults.seeds, help="folder of report texts (default: %(default)s)")
    lock.add_argument("--lock", type=Path, default=defaults.lock, help="the lock file (default: %(default)s)")
    lock.add_argument("--redirects", type=Path, default=defaults.redirects,
                      help="old URL → new URL of pages that moved (default: %(default)s)")
    lock.add_argument("--drop", action="append", default=[], metavar="URL#ID",
                      help="remove this locked entry on purpose (repeatable)")

    check = commands.add_parser(
        "check", help="list what an editor must look at in the sources",
        description="Parse every report and list the source-quality report: missing, duplicate or "
                    "out-of-order paragraph numbers, contradictory dates, draft marks and placeholders, "
                    "headings without content, unknown country names, footnote marks without footnote "
                    "and footnotes never referenced. One line per entry: file:line: [code] message (id). "
                    "Files that cannot be parsed at all are listed as [error].",
        epilog="Exit status: 0 (entries are advice), 1 with --strict when there is any entry, "
               "2 when a file cannot be parsed.")
    check.add_argument("--seeds", type=Path, default=defaults.seeds, help="folder of report texts (default: %(default)s)")
    check.add_argument("--strict", action="store_true", help="treat every entry as an error (exit 1)")

    parse_cmd = commands.add_parser(
        "parse", help="print the model of one report as JSON",
        description="Parse one report and print its model (meeting, headings, paragraphs, "
                    "footnotes, warnings) as JSON on standard output.")
    parse_cmd.add_argument("file", type=Path, help="a report text file")
    parse_cmd.add_argument("--language", choices=["zh", "en"], help="the report's language (default: detected)")

    bundle = commands.add_parser(
        "bundle", help="build the offline edition as one zip archive",
        description="Build the site for reading from file:// with no network (navigation, "
                    "paragraph anchors, language switch and search all local) and pack it as "
                    "DIST/wg-ta-reports-offline.zip. Copied paragraph links stay canonical online URLs.")
    bundle.add_argument("--seeds", type=Path, default=defaults.seeds, help="folder of report texts (default: %(default)s)")
    bundle.add_argument("--dist", type=Path, default=defaults.site.parent / "dist", help="output folder (default: %(default)s)")
    bundle.add_argument("--site-url", help="canonical URL that copied links point to (default: site_url of mkdocs.yml)")
    bundle.add_argument("--config", type=Path, default=defaults.config_file, help="MkDocs configuration (default: %(default)s)")
    bundle.add_argument("--quiet", action="store_true", help="print nothing but errors")

    args = parser.parse_args(argv)
    try:
        if args.command == "parse":
            return _parse(args)
        if args.command == "build":
            return _build(args)
        if args.command == "bundle":
            return _bundle(args)
        if args.command == "lock":
            return _lock(args)
        if args.command == "check":
            return _check(args)
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except LinkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("interrupted: the previous site is unchanged", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 — the last line of defence: no traceback for users
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(f"internal error: {type(error).__name__}: {error}\n"
              f"This is a bug in the generator, not in your file; run with GENERATOR_DEBUG=1 "
              f"for the traceback and report it.", file=sys.stderr)
        return 70
    return 1


def _parse(args) -> int:
    from .parse import parse
    from .read import read_source

    report = parse(read_source(args.file), args.file.name, args.language)
    json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _build(args) -> int:
    from .progress import for_stream
    from .site import BuildOptions, build_site

    options = BuildOptions(seeds=args.seeds, docs=args.docs, site=args.site,
                           config_file=args.config, site_url=args.site_url, keep_going=args.keep_going,
                           lock=None if args.no_lock else args.lock, redirects=args.redirects)
    result = build_site(options, for_stream(args.quiet, sys.stderr))
    for error in result.skipped:
        print(f"skipped: {error}", file=sys.stderr)
    for entry in result.missing_anchors:
        print(f"missing locked anchor: {entry}", file=sys.stderr)
    if not args.quiet:
        print(summary(result, options.site))
    return 1 if result.skipped or result.missing_anchors else 0


def _bundle(args) -> int:
    from .site import BuildOptions, build_bundle

    options = BuildOptions(seeds=args.seeds, config_file=args.config, site_url=args.site_url)
    archive = build_bundle(options, args.dist,
                           (lambda m: None) if args.quiet else (lambda m: print(f"  {m}", file=sys.stderr)))
    if not args.quiet:
        print(f"wrote {archive} ({archive.stat().st_size / 1e6:.1f} MB): unzip it anywhere and open "
              f"wg-ta-reports-offline/index.html")
    return 0


def summary(result, site: Path) -> str:
    """The one line a build prints: what was built and where the time went."""
    paragraphs = sum(len(r.paragraphs) for r in result.reports)
    warnings = sum(len(r.warnings) for r in result.reports)
    total = sum(result.timings.values())
    times = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    docs = result.docs
    return (f"built {len(result.reports)} reports, {paragraphs} paragraphs, {warnings} warnings "
            f"into {site} in {total:.2f}s ({times}; docs: {len(docs.written)} written, "
            f"{len(docs.deleted)} deleted, {docs.unchanged} unchanged)")


def _lock(args) -> int:
    from . import anchors
    from .site import load_reports, source_files

    reports, _ = load_reports(source_files(args.seeds))
    locked = anchors.read_lock(args.lock)
    unknown = sorted(set(args.drop) - set(locked))
    if unknown:
        print("error: --drop names entries that are not locked: " + ", ".join(unknown), file=sys.stderr)
        return 1
    entries, added, missing = anchors.update_lock(locked, reports, anchors.read_redirects(args.redirects),
                                                  args.drop)
    if missing:
        print(f"error: {anchors.lock_error(missing, args.lock)}", file=sys.stderr)
        return 1
    anchors.write_lock(args.lock, entries)
    print(f"{args.lock}: {len(entries)} anchors ({len(added)} added, {len(args.drop)} dropped)")
    return 0


def _check(args) -> int:
    from . import quality
    from .site import load_reports, source_files

    reports, errors = load_reports(source_files(args.seeds), keep_going=True)
    entries = quality.entries(reports, errors)
    for entry in entries:
        print(entry.format(args.seeds))
    print(f"{len(entries)} entries in {len(reports) + len(errors)} files", file=sys.stderr)
    if errors:
        return 2
    return 1 if args.strict and entries else 0
