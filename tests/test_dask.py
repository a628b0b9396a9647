"""The Dask engine: a LocalCluster of 2 worker processes gives the local engine's exports.

Skipped when dask.distributed is not installed (`pip install 'vnextract[dask]'`;
the `dev` extra installs it, so `make test` runs these).
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.conftest import RAW

pytest.importorskip("distributed", reason="the Dask engine needs: pip install 'vnextract[dask]'")

EXPORTS = ("facts.json", "facts.csv", "articles.json")
SAMPLES = sorted(RAW.glob("*.txt"))


def exports(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


def cli(*args: str):
    from typer.testing import CliRunner

    from vnextract.cli import app

    return CliRunner().invoke(app, ["run", *args, "-q"])


@pytest.fixture(scope="module")
def cluster():
    """One cluster for the module, as `--engine dask` starts it, reached with --scheduler."""
    from distributed import Client

    from vnextract.running.cluster import local_cluster

    with local_cluster(2) as c, Client(c) as client:
        client.wait_for_workers(2)
        yield c


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Copies of the samples (enough for several partitions) and inputs that fail."""
    d = tmp_path_factory.mktemp("mixed")
    for i in range(4):
        for p in SAMPLES:
            (d / f"{i}-{p.name}").write_bytes(p.read_bytes())
    (d / "5-empty.txt").write_bytes(b"")
    (d / "5-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (d / "5-voir-plus-only.txt").write_text("Voir plus\n\nLe portail: 3 visites.\n", "utf-8")
    return d


@pytest.fixture(scope="module")
def local_out(mixed, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    res = cli(str(mixed), "-o", str(out), "--no-cache", "--workers", "1")
    assert res.exit_code == 1, res.output
    return out


def test_local_cluster_gives_identical_exports_on_the_samples(tmp_path, seed_out):
    """No --scheduler: the engine starts (and stops) its own LocalCluster of 2 processes."""
    res = cli(str(RAW), "-o", str(tmp_path), "--engine", "dask", "--workers", "2")
    assert res.exit_code == 0, res.output
    assert exports(tmp_path) == exports(seed_out)


def test_failed_inputs_are_reported_as_by_the_local_engine(cluster, mixed, local_out, tmp_path):
    res = cli(
        str(mixed),
        "-o",
        str(tmp_path),
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    )
    assert res.exit_code == 1, res.output
    assert exports(tmp_path) == exports(local_out)
    skipped = sorted(line for line in res.stderr.splitlines() if "skipped" in line)
    assert len(skipped) == 3


def test_a_killed_worker_has_its_tasks_retried(cluster, mixed, local_out, tmp_path):
    from distributed import Client

    from vnextract.running.cluster import DaskEngine
    from vnextract.running.runner import run_corpus

    with Client(cluster) as client:
        pids = client.run(os.getpid)
    victim = max(pids.values())
    killed = False

    def results():
        nonlocal killed
        with DaskEngine(scheduler=cluster.scheduler_address) as engine:
            for i, result in enumerate(engine.results([mixed], size=2)):
                if i == 0:  # the run has started: kill one of the two workers
                    os.kill(victim, signal.SIGKILL)
                    killed = True
                yield result

    run_corpus([mixed], tmp_path, results=results())
    assert killed
    assert exports(tmp_path) == exports(local_out)
    with Client(cluster) as client:  # the nanny started a new worker in its place
        client.wait_for_workers(2, timeout=60)


def test_file_urls_are_read_on_the_workers(cluster, tmp_path, seed_out):
    url = RAW.resolve().as_uri()
    res = cli(
        url, "-o", str(tmp_path), "--engine", "dask", "--scheduler", cluster.scheduler_address
    )
    assert res.exit_code == 0, res.output
    assert (tmp_path / "facts.json").read_bytes() == (seed_out / "facts.json").read_bytes()
    arts = json.loads((tmp_path / "articles.json").read_text(encoding="utf-8"))
    assert [a["path"] for a in arts] == [f"{url}/{p.name}" for p in SAMPLES]


def test_an_unknown_url_protocol_is_a_usage_error(tmp_path):
    res = cli("nosuchproto://bucket/news", "-o", str(tmp_path), "--engine", "dask")
    assert res.exit_code == 2
    assert res.stderr.startswith("vnextract: error: nosuchproto://bucket/news")


def test_without_dask_engine_dask_exits_2_with_one_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    res = cli(str(RAW), "-o", str(tmp_path), "--engine", "dask")
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [
        "vnextract: error: --engine dask needs Dask: pip install 'vnextract[dask]'"
    ]
    assert not (tmp_path / "facts.json").exists()


def test_scheduler_without_engine_dask_is_refused(tmp_path):
    res = cli(str(RAW), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1")
    assert res.exit_code == 2


def test_partitions_leave_no_worker_idle():
    from vnextract.running.cluster import MAX_PARTITION, partition_size

    assert partition_size(5, 2) == 2
    assert partition_size(300, 2) == 75
    assert partition_size(1_000_000, 200) == MAX_PARTITION
