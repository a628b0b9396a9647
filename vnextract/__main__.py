"""`python -m vnextract`: the same command line as the `vnextract` script."""

from vnextract.cli.runcli import script  # typer is imported only for what is not a plain `run`

# The guard matters: Dask and multiprocessing "spawn" workers import the main module.
if __name__ == "__main__":
    script()
