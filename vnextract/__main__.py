"""`python -m vnextract`: the same command line as the `vnextract` script."""

from vnextract.cli import main

# The guard matters: Dask and multiprocessing "spawn" workers import the main module.
if __name__ == "__main__":
    main()
