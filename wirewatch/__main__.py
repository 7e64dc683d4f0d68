"""``python -m wirewatch``: the same command line as ``wirewatch``."""

from wirewatch.cli import main

main()
