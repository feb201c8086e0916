"""Parquet input: columns like a JSON article, streamed by row group, bad files skipped."""
from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest

from cercle.read import iter_articles
from cercle.read import sources
from cercle.records import Article, Skipped

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

# written by the team for these tests (invented actors)
PHRASES = [
    "Le fonds Orvalis a pris 15 % du capital de la société Brenneval pour 40 millions d'euros.",
    "Claire Dumarais, directrice générale de Brenneval, salue l'arrivée de ce nouvel actionnaire.",
    "Le conseil de Quintane a rejeté à l'unanimité l'offre du groupe Sorbelle.",
]


def read(path, **kw):
    return list(iter_articles([str(path)], **kw))


def test_parquet_rows_become_articles_with_their_fields(tmp_path):
    table = pa.table({
        "id": ["p-1", None, "p-3"],
        "title": ["Orvalis entre chez Brenneval", None, "Quintane dit non"],
        "text": [PHRASES[0] + " " + PHRASES[1], PHRASES[1], PHRASES[2]],
        "date": [dt.date(2024, 5, 2), None, dt.date(2025, 1, 9)],
        "source": ["https://www.exemple-presse.fr/eco/1", None, "La Gazette"],
        "pages": [3, 1, 2],
    })
    path = tmp_path / "archive.parquet"
    pq.write_table(table, path, row_group_size=2)
    assert pq.ParquetFile(path).num_row_groups == 2
    items = read(path)
    assert [type(i) for i in items] == [Article, Article, Article]
    a, b, c = items
    assert (a.id, a.title, a.date, a.url, a.source) == ("p-1", "Orvalis entre chez Brenneval", "2024-05-02",
                                                       "https://www.exemple-presse.fr/eco/1", "exemple-presse.fr")
    assert b.id == "archive-2" and b.title is None and b.text == PHRASES[1]
    assert (c.id, c.source, c.date) == ("p-3", "La Gazette", "2025-01-09")
    assert c.path == str(path)


def test_parquet_bad_rows_and_bad_files_are_skipped_with_a_reason(tmp_path):
    path = tmp_path / "mixte.parquet"
    pq.write_table(pa.table({"text": [PHRASES[0], "   ", None, "x" * 500]}), path)
    items = read(path, max_bytes=400)
    assert isinstance(items[0], Article)
    assert [(i.reason, i.id) for i in items[1:]] == [("empty", "mixte-2"), ("no_text_field", "mixte-3"),
                                                       ("too_large", "mixte-4")]
    assert "row 4" in items[3].message

    no_text = tmp_path / "sans-texte.parquet"
    pq.write_table(pa.table({"titre": ["Quintane"]}), no_text)
    [s] = read(no_text)
    assert (s.reason, "no \"text\" column" in s.message) == ("bad_parquet", True)

    fake = tmp_path / "faux.parquet"
    fake.write_text("Ceci n'est pas un fichier Parquet.", "utf-8")
    [s] = read(fake)
    assert isinstance(s, Skipped) and s.reason == "bad_parquet"

    empty = tmp_path / "vide.parquet"
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), empty)
    assert [i.reason for i in read(empty)] == ["empty"]


def test_parquet_is_streamed_by_row_group(tmp_path, monkeypatch):
    """Reading the first article decodes one batch of one row group, not the file."""
    n = 6000
    texts = [f"{PHRASES[i % 3]} Article numéro {i}." + " Brenneval" * 40 for i in range(n)]
    path = tmp_path / "gros.parquet"
    pq.write_table(pa.table({"text": texts}), path, row_group_size=500)
    monkeypatch.setattr(sources, "PARQUET_BATCH", 50)

    tracemalloc.start()
    it = iter_articles([str(path)])
    first = next(it)
    _, peak_first = tracemalloc.get_traced_memory()
    count = 1 + sum(1 for _ in it)
    _, peak_all = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert first.text == texts[0] and count == n
    file_bytes = sum(len(t) for t in texts)
    # the whole file as Python strings would be >= file_bytes; reading holds a row group at most
    assert peak_first < file_bytes / 4
    assert peak_all < file_bytes / 2
