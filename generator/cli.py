"""Command line: argument parsing and progress only; the work is elsewhere."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import SourceError


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
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the previous site is unchanged", file=sys.stderr)
        return 130
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
                           config_file=args.config, site_url=args.site_url, keep_going=args.keep_going)
    result = build_site(options, for_stream(args.quiet, sys.stderr))
    for error in result.skipped:
        print(f"skipped: {error}", file=sys.stderr)
    if not args.quiet:
        print(summary(result, options.site))
    return 1 if result.skipped else 0


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
