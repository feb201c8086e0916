"""The Ray engine gives the same store as the local engine on the same inputs."""
from __future__ import annotations

import json

import pytest

from cercle.runner import LocalRunner, ingest
from cercle.runner.synthetic import articles, write_dir
from cercle.store import Store

from .dump import diff, dump

pytestmark = [pytest.mark.ray, pytest.mark.slow]


@pytest.fixture
def inputs(tmp_path):
    src = tmp_path / "in"
    write_dir(src / "folder", 10, sentences=(3, 6))
    with open(src / "archive.jsonl", "w", encoding="utf-8") as f:
        for a in articles(6, start=100, sentences=(3, 6)):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
        f.write("{not json\n")
    (src / "folder" / "vide.txt").write_text("   \n")
    try:  # Parquet rows are streamed by the driver, row group by row group, like JSON lines
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return [str(src)]
    rows = list(articles(3, start=200, sentences=(3, 6)))
    pq.write_table(pa.table({k: [a[k] for a in rows] for k in ("id", "title", "date", "text")}),
                   src / "archive.parquet", row_group_size=2)
    return [str(src)]


def build(db, runner, paths):
    with Store(db) as store:
        stats, _ = ingest(paths, store, runner)
    return stats


def test_ray_and_local_engines_build_the_same_store(tmp_path, inputs, nlp):
    pytest.importorskip("ray")
    from cercle.runner.ray_engine import RayRunner

    local = build(tmp_path / "local.db", LocalRunner(workers=1, batch_size=4), inputs)
    ray_runner = RayRunner(workers=2, batch_size=4, db=tmp_path / "ray.db",
                           init_kwargs={"num_cpus": 2})
    try:
        ray_runner.start()
        assert ray_runner.workers == 2
        remote = build(tmp_path / "ray.db", ray_runner, inputs)
    finally:
        ray_runner.close()
    expected = 19 if (tmp_path / "in" / "archive.parquet").exists() else 16
    assert (local.stored, dict(local.skipped)) == (expected, {"bad_json": 1, "empty": 1})
    assert (remote.stored, dict(remote.skipped)) == (local.stored, dict(local.skipped))
    a, b = dump(tmp_path / "local.db"), dump(tmp_path / "ray.db")
    assert len(a["articles"]) == expected and len(a["evidence"]) > 16
    assert diff(a, b) == []
