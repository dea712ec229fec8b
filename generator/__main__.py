"""`python -m generator`: the command line (generator/cli.py).

Ctrl-C while the modules are still loading ends like Ctrl-C later: one
line and exit 130, no traceback."""
import sys

try:
    from .cli import main

    status = main()
except KeyboardInterrupt:
    print("interrupted", file=sys.stderr)
    status = 130
sys.exit(status)
