"""The command line's two doors: `python -m generator` and the `un-reports`
script that `make site` installs into .venv/bin (pyproject.toml). Both run
generator/cli.py, from any folder.

Ctrl-C while the modules are still loading ends like Ctrl-C later: one
line and exit 130, no traceback. A language file that does not load
(`language_files`, read as the modules load) ends as any input error: one
line naming the file and key, exit 2."""
import sys


def run(prog: str) -> int:
    try:
        from .cli import main

        return main(prog=prog)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a language file that does not load, as the modules load
        from .errors import GeneratorError
        from .exits import report_error

        if isinstance(error, GeneratorError):
            return report_error(error)
        raise


def script() -> int:
    """The `un-reports` console script."""
    return run("un-reports")


if __name__ == "__main__":
    sys.exit(run("python -m generator"))
