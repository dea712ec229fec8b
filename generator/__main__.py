"""`python -m generator`: the command line (generator/cli.py).

Ctrl-C while the modules are still loading ends like Ctrl-C later: one
line and exit 130, no traceback. A language file that does not load
(`language_files`, read as the modules load) ends as any input error: one
line naming the file and key, exit 2."""
import sys

from .errors import GeneratorError
from .exits import report_error

try:
    from .cli import main

    status = main()
except KeyboardInterrupt:
    print("interrupted", file=sys.stderr)
    status = 130
except GeneratorError as error:
    status = report_error(error)
sys.exit(status)
