"""Bad input, end to end through `cercle ingest`: each case gets a clear reason in the
report, the rest of the batch goes on, and the exit code says something was skipped.
(Arbitrary Unicode: tests/runner/test_properties.py.)"""
from __future__ import annotations

import errno
import json
import os
import sqlite3

import pytest
from click.testing import CliRunner

from cercle.cli import cli
from cercle.runner.synthetic import SENTENCES

pytestmark = pytest.mark.slow

GOOD = ("Le groupe Valmorel a racheté la société Ardentis pour 2 milliards d'euros. "
        "Hélène Castagnède, PDG de Valmorel, a salué une opération « historique ».\n")


def run_ingest(tmp_path, *paths, workers=1):
    db, report = tmp_path / "cercle.db", tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["ingest", *map(str, paths), "--db", str(db), "--workers",
                                      str(workers), "--batch-size", "1", "--report", str(report),
                                      "--json"], catch_exceptions=False)
    summary = json.loads(result.stdout) if result.stdout.strip().startswith("{") else None
    rep = json.loads(report.read_text()) if report.exists() else None
    return result, summary, rep, db


def stored_texts(db) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT text FROM articles ORDER BY seq")]


def _write(name, data):
    def make(d):
        p = d / name
        p.write_bytes(data) if isinstance(data, bytes) else p.write_text(data, encoding="utf-8")
    return make


def _big(d):
    with open(d / "enorme.txt", "wb") as f:  # 50 MB of French, written in blocks
        block = (GOOD * 200).encode()
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            f.write(block)


def _dangling(d):
    os.symlink(d / "nulle-part.txt", d / "lien.txt")


CASES = {
    # case: (make the bad input in the folder, its file name, reason, words of the message)
    "empty file": (_write("vide.txt", b""), "vide.txt", "empty", "empty"),
    "whitespace only": (_write("blanc.md", "  \n\t\n"), "blanc.md", "empty", "empty"),
    "binary file": (_write("scan.txt", b"%PDF-1.7\n\x00\x01\x02binary"), "scan.txt", "binary", "PDF"),
    "binary with NUL bytes": (_write("bruit.txt", bytes(range(256)) * 8), "bruit.txt", "binary", "NUL"),
    "50 MB text file": (_big, "enorme.txt", "too_large", "over the limit"),
    "invalid UTF-8 throughout": (_write("abime.txt", b"Le texte \x81\x8d\x8f\x90\x9d est ici. " * 20),
                                 "abime.txt", "bad_encoding", "not valid UTF-8"),
    "malformed JSON": (_write("casse.json", '{"text": "abc",'), "casse.json", "bad_json", "line 1"),
    "JSON without text": (_write("sans.json", '{"titre": "x"}'), "sans.json", "no_text_field", "text"),
    "HTML with scripts only": (_write("scripts.html", "<html><head><script>var a = 1;</script>"
                                      "</head><body><script>alert('x')</script></body></html>"),
                               "scripts.html", "empty", "no main text"),
    "non-French article": (_write("english.txt", "The board of the company rejected the offer on "
                                  "Tuesday, according to several people familiar with the matter, "
                                  "and the shares fell sharply in New York.\n"),
                           "english.txt", "not_french", "not French"),
    "unreadable (dangling link)": (_dangling, "lien.txt", "unreadable", "read"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_bad_input_is_reported_and_the_batch_goes_on(case, tmp_path, nlp):
    make, name, reason, words = CASES[case]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bon.txt").write_text(GOOD, encoding="utf-8")
    make(folder)
    result, summary, report, db = run_ingest(tmp_path, folder)
    assert result.exit_code == 3, result.output
    assert summary["counts"]["stored"] == 1
    assert [(os.path.basename(s["path"]), s["reason"]) for s in report["skipped"]] == [(name, reason)]
    assert words.lower() in report["skipped"][0]["message"].lower()
    assert report["exit_code"] == 3 and report["skipped_by_reason"] == {reason: 1}
    assert len(stored_texts(db)) == 1


def test_malformed_json_lines_name_the_line_and_keep_the_others(tmp_path, nlp):
    good = [json.dumps({"id": f"l{i}", "text": s}, ensure_ascii=False) for i, s in
            enumerate([SENTENCES[0] + " " + SENTENCES[2], SENTENCES[4] + " " + SENTENCES[5]])]
    path = tmp_path / "fil.jsonl"
    path.write_text("\n".join([good[0], '{"text": oops}', good[1]]) + "\n", encoding="utf-8")
    result, summary, report, _ = run_ingest(tmp_path, path)
    assert result.exit_code == 3
    assert summary["counts"]["stored"] == 2
    [skip] = report["skipped"]
    assert skip["reason"] == "bad_json" and "line 2" in skip["message"]


def test_latin1_and_broken_utf8_are_decoded_not_lost(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    latin = "Le ministre de l'Économie a reçu à Bercy les dirigeants de Valmorel et d'Ardentis.\n"
    (folder / "latin1.txt").write_bytes(latin.encode("latin-1"))
    broken = (GOOD * 3).encode() + b"Un octet perdu \xff au milieu. " + (GOOD * 3).encode()
    (folder / "abime.txt").write_bytes(broken)
    result, summary, report, db = run_ingest(tmp_path, folder)
    assert result.exit_code == 0, report
    texts = stored_texts(db)
    assert len(texts) == 2
    assert any("l'Économie a reçu à Bercy" in t for t in texts)      # no mojibake
    assert any("Hélène Castagnède" in t and "\ufffd" in t for t in texts)  # bad bytes replaced


def test_a_file_that_vanishes_or_fails_mid_run_is_reported(tmp_path, nlp, monkeypatch):
    from cercle.read import sources
    from cercle.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b-disparait.txt", "c-erreur.txt", "d.txt"):
        (folder / name).write_text(GOOD.replace("Valmorel", f"Valmorel {name[0].upper()}"))
    add = Store.add_document

    def add_then_delete(self, result):  # the first article is written: b vanishes
        (folder / "b-disparait.txt").unlink(missing_ok=True)
        return add(self, result)

    read = sources.read_bytes

    def failing_read(path, max_bytes):
        if path.name == "c-erreur.txt":
            raise sources.ReadError("cannot read: Input/output error", reason="unreadable") \
                from OSError(errno.EIO, "Input/output error")
        return read(path, max_bytes)

    monkeypatch.setattr(Store, "add_document", add_then_delete)
    monkeypatch.setattr(sources, "read_bytes", failing_read)
    result, summary, report, db = run_ingest(tmp_path, folder)
    assert result.exit_code == 3
    assert summary["counts"]["stored"] == 2
    assert [(os.path.basename(s["path"]), s["reason"]) for s in report["skipped"]] == [
        ("b-disparait.txt", "unreadable"), ("c-erreur.txt", "unreadable")]
    assert "vanished" in report["skipped"][0]["message"]


def test_a_folder_of_10000_tiny_files(tmp_path, nlp):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):  # tiny and empty or not French: spaCy is not run 10,000 times
        (folder / f"{i:05d}.txt").write_text(
            "" if i % 2 else f"The cat sat on the mat and looked at the dog, number {i}.\n")
    (folder / "zz-bon.txt").write_text(GOOD, encoding="utf-8")
    result, summary, report, db = run_ingest(tmp_path, folder)
    assert result.exit_code == 3
    c = summary["counts"]
    assert (c["read"], c["stored"], c["skipped"]) == (10_001, 1, 10_000)
    assert len(report["skipped"]) == 10_000
    assert set(summary["skipped_by_reason"]) <= {"empty", "not_french"}
    assert summary["skipped_by_reason"]["empty"] >= 5_000


def test_exit_code_is_zero_when_nothing_failed_and_a_rerun_stores_nothing(tmp_path, nlp):
    (tmp_path / "bon.txt").write_text(GOOD, encoding="utf-8")
    first = run_ingest(tmp_path, tmp_path / "bon.txt")
    again = run_ingest(tmp_path, tmp_path / "bon.txt")
    assert (first[0].exit_code, first[1]["counts"]["stored"]) == (0, 1)
    assert (again[0].exit_code, again[1]["counts"]["stored"], again[1]["counts"]["already_present"]) \
        == (0, 0, 1)


def test_a_missing_path_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "absent"), "--db",
                                      str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_an_article_whose_analysis_loops_is_stopped_and_the_next_goes_on(nlp, monkeypatch):
    """A rule that loops on one odd sentence costs that article (reason "timeout"), not the run."""
    import time

    from cercle import pipeline
    from cercle.records import Article, DocumentResult, Skipped

    real = pipeline.extract_relations

    def loops_on_one(doc, clean, index):
        if "Bouclier" in clean.text:
            while True:              # as a repair that made a loop in the tree did
                time.sleep(0.01)
        return real(doc, clean, index)

    monkeypatch.setattr(pipeline, "extract_relations", loops_on_one)
    monkeypatch.setattr(pipeline, "ANALYSIS_SECONDS", 5.0)   # (a fresh process reads its rule files first)
    bad = Article(id="bad", text="Le groupe Bouclier a racheté la société Ardentis.", path="bad.txt")
    good = Article(id="good", text=GOOD, path="good.txt")
    first, second = pipeline.process_many([bad, good], nlp)
    assert isinstance(first, Skipped) and first.reason == "timeout" and "took over" in first.message
    assert isinstance(second, DocumentResult) and second.relations
