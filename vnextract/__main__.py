"""`python -m vnextract`: the same command line as the `vnextract` script."""

from vnextract.cli import main

main()
