"""loaders/articles/resume.py and `loaders extract DIR --out OUT`: a bulk run stopped and started again."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from loaders.articles.resume import ITEMS, MANIFEST, file_digest, read_manifest
from loaders.cli import cli
from conftest import PROJECT, TINY, write_tables

# Our own sentences (no article text): each file gets its own amount, so each has its own bytes.
SENTENCES = ("L’Alliance française des industries du numérique (AFNUM) réclame {n} millions d’euros "
             "pour les centres de données de la région. Selon Jeanne Martin, {p} % des communes "
             "manquent encore de fibre, et le contrat sera signé le 12 mars 2025. ")


def _article(i: int, words: int = 1000) -> str:
    text = ""
    while len(text.split()) < words:
        text += SENTENCES.format(n=i + 2, p=i % 90 + 5)
    return text


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return write_tables(tmp_path_factory.mktemp("resume") / "data", TINY)


@pytest.fixture(scope="module", autouse=True)
def one_model_load(data_dir):
    """The in-process runs (CliRunner) read with one Extractor of `data_dir`, loaded once for the
    module rather than once per run (the model's load is most of a small run); the killed run, in
    its own process, loads its own."""
    import functools
    import loaders.articles.extract as extract
    load = functools.lru_cache(maxsize=None)(extract.load_extractor)
    patch = pytest.MonkeyPatch()
    patch.setattr(extract, "load_extractor", lambda data_dir=extract.DATA_DIR: load(Path(data_dir)))
    yield
    patch.undo()


def _folder(root: Path, n: int, words: int = 1000) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = root / f"article-{i:03d}.txt"
        path.write_text(_article(i, words), encoding="utf-8")
        paths.append(path)
    return paths


def _manifest_lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / MANIFEST).read_text(encoding="utf-8").splitlines()]


def _extract(folder: Path, out: Path, data_dir: Path):
    return CliRunner().invoke(cli, ["extract", str(folder), "--out", str(out), "--data", str(data_dir),
                                    "--workers", "1"])


def test_a_killed_run_restarted_finishes_every_document_once_without_redoing_any(tmp_path, data_dir):
    paths = _folder(tmp_path / "in", 40)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    run = subprocess.Popen([sys.executable, "-m", "loaders", "extract", str(tmp_path / "in"), "--out", str(out),
                            "--data", str(data_dir), "--workers", "1"], cwd=PROJECT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        waited = 0.0
        while not ((out / MANIFEST).exists() and (out / MANIFEST).read_text().strip()):
            assert run.poll() is None, run.stderr.read().decode()
            assert waited < 300, "the first run wrote nothing in 5 minutes"
            time.sleep(0.05)
            waited += 0.05
        run.send_signal(signal.SIGKILL)
    finally:
        run.kill()
        run.wait()
        run.stderr.close()
    first = set(read_manifest(out))
    assert 0 < len(first) < len(paths)      # killed midway: some done, some not
    written = {d: (out / ITEMS / f"{d}.jsonl").stat().st_mtime_ns for d in first}

    result = _extract(tmp_path / "in", out, data_dir)
    assert result.exit_code == 0, result.output
    assert f"{len(paths) - len(first)} document(s) extracted" in result.stderr
    assert f"{len(first)} already done there (skipped)" in result.stderr
    records = _manifest_lines(out)
    assert sorted(r["digest"] for r in records) == sorted(file_digest(p) for p in paths)   # each once
    assert sorted(p.name for p in (out / ITEMS).iterdir()) == sorted(f"{file_digest(p)}.jsonl" for p in paths)
    assert {d: (out / ITEMS / f"{d}.jsonl").stat().st_mtime_ns for d in first} == written   # not redone
    for r in records:
        items = [json.loads(line) for line in (out / ITEMS / f"{r['digest']}.jsonl").read_text().splitlines()]
        assert len(items) == r["items"] > 0
        assert {i["file"] for i in items} == {r["file"]}


def test_a_moved_file_is_not_redone_an_edited_one_is_and_same_bytes_count_once(tmp_path, data_dir):
    folder, out = tmp_path / "in", tmp_path / "out"
    a, b = _folder(folder, 2, words=60)
    assert _extract(folder, out, data_dir).exit_code == 0
    a.rename(folder / "renamed.txt")
    b.write_text(_article(7, words=60), encoding="utf-8")
    (folder / "copy.txt").write_text(_article(7, words=60), encoding="utf-8")   # the same bytes as b
    result = _extract(folder, out, data_dir)
    assert result.exit_code == 0, result.output
    assert "1 document(s) extracted" in result.stderr
    assert "2 already done there (skipped)" in result.stderr
    assert len(_manifest_lines(out)) == 3


def test_a_manifest_line_cut_by_a_kill_is_ignored_and_the_next_line_starts_afresh(tmp_path, data_dir):
    folder, out = tmp_path / "in", tmp_path / "out"
    [path] = _folder(folder, 1, words=60)
    (out / ITEMS).mkdir(parents=True)
    (out / MANIFEST).write_text('{"digest": "' + file_digest(path)[:20], encoding="utf-8")
    result = _extract(folder, out, data_dir)
    assert result.exit_code == 0, result.output
    assert "1 document(s) extracted" in result.stderr
    assert list(read_manifest(out)) == [file_digest(path)]


def test_an_output_folder_that_cannot_be_made_is_a_message(tmp_path, data_dir):
    folder = tmp_path / "in"
    _folder(folder, 1, words=20)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = _extract(folder, blocker / "out", data_dir)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{blocker / 'out'}: cannot write here")
    assert "Traceback" not in result.output


def test_a_rerun_with_other_settings_is_refused_rather_than_mixed(tmp_path, data_dir):
    folder, out = tmp_path / "in", tmp_path / "out"
    _folder(folder, 1, words=20)
    assert _extract(folder, out, data_dir).exit_code == 0
    result = CliRunner().invoke(cli, ["extract", str(folder), "--out", str(out), "--data", str(data_dir),
                                      "--language", "en"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{out}: made with other settings (language='fr')")
    assert len(_manifest_lines(out)) == 1


def test_a_document_whose_items_file_came_back_short_is_extracted_again(tmp_path, data_dir):
    """What a power cut can leave (the manifest line on disk, its items file not): that document is
    done again on the next run, the others are not."""
    folder, out = tmp_path / "in", tmp_path / "out"
    a, b = _folder(folder, 2, words=60)
    assert _extract(folder, out, data_dir).exit_code == 0
    records = {r["file"]: r for r in _manifest_lines(out)}
    assert records[str(a)]["bytes"] == (out / ITEMS / f"{file_digest(a)}.jsonl").stat().st_size > 0
    (out / ITEMS / f"{file_digest(a)}.jsonl").write_bytes(b"")      # lost with the power
    kept = (out / ITEMS / f"{file_digest(b)}.jsonl").stat().st_mtime_ns
    result = _extract(folder, out, data_dir)
    assert result.exit_code == 0, result.output
    assert "1 document(s) extracted" in result.stderr and "1 already done there" in result.stderr
    assert (out / ITEMS / f"{file_digest(a)}.jsonl").stat().st_size == records[str(a)]["bytes"]
    assert (out / ITEMS / f"{file_digest(b)}.jsonl").stat().st_mtime_ns == kept
