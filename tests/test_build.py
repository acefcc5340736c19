"""Building the tables: a good build, and every kind of bad input stopped with file and line."""
from __future__ import annotations

import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import PROJECT, TINY, write_tables
from loaders.build import load_dataset, tables_dir, write_build
from loaders.errors import DataError


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "loaders", *args], cwd=PROJECT,
                          capture_output=True, text=True)


def test_build_writes_every_table_with_normalised_figures(tiny_data, tmp_path):
    out = tmp_path / "build"
    result = run_cli("build", "--data", str(tiny_data), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "figures" in result.stdout and "3 rows" in result.stdout
    figures = pq.read_table(tables_dir(out) / "figures.parquet").to_pandas().set_index("figure_id")
    summit = figures.loc["summit-investment"]
    assert (summit.measure, summit.value, summit.unit, summit.bound) == ("money", 1.09e11, "USD", "exact")
    assert summit.value_eur == pytest.approx(1.09e11 / 1.0413)   # February 2025's rate, not the year's
    assert summit.fx_period == "2025-02"
    assert (figures.loc["compute-share"].measure, figures.loc["compute-share"].value) == ("share", 4.0)
    assert figures.loc["members"].bound == "approx"


def test_mentions_include_actors_cited_by_figures_and_proposals(tiny_data):
    pairs = {(m.source_id, m.actor_id) for m in load_dataset(tiny_data).tables["mentions"]}
    assert pairs == {("src-a", "afnum"), ("src-a", "marc-charriere")}


def test_event_end_defaults_to_end_of_its_period(tiny_data):
    tables = dict(TINY, events=[dict(TINY["events"][0], start="2025-02", end="")])
    event = load_dataset(write_tables(tiny_data, tables)).tables["events"][0]
    assert (str(event.start), str(event.end), event.precision) == ("2025-02-01", "2025-02-28", "month")


def test_check_writes_nothing(tiny_data, tmp_path):
    result = run_cli("check", "--data", str(tiny_data))
    assert result.returncode == 0 and "valid" in result.stdout
    assert not (tiny_data / "build").exists()


def _with(table, index, **changes):
    rows = [dict(r) for r in TINY[table]]
    rows[index].update(changes)
    return {**TINY, table: rows}


BAD = [
    ("unparsable raw", _with("figures", 0, raw="beaucoup d'argent"), "figures.csv:2", "raw:"),
    ("unknown currency", _with("figures", 0, raw="100 milliards", unit="XYZ"), "figures.csv:2",
     "unknown currency 'XYZ'"),
    ("currency without rate", _with("figures", 0, raw="5 millions de livres sterling"),
     "figures.csv:2", "no reference rate for GBP"),
    ("impossible date", _with("proposals", 0, date="2025-02-30"), "proposals.csv:2", "impossible date"),
    ("malformed date", _with("events", 0, start="10/02/2025"), "events.csv:2", "malformed date"),
    ("end before start", _with("events", 0, end="2025-01-01"), "events.csv:2", "before start"),
    ("unknown source", _with("figures", 1, source_id="nowhere"), "figures.csv:3",
     "unknown source id 'nowhere'"),
    ("unknown actor", _with("proposals", 0, actor_ids="afnum;ghost"), "proposals.csv:2",
     "unknown actor id 'ghost'"),
    ("unknown theme", _with("figures", 2, theme="astrology"), "figures.csv:4",
     "unknown theme id 'astrology'"),
    ("unknown parent", _with("actors", 1, parent_id="nobody"), "actors.csv:3", "unknown actor id"),
    ("duplicate id", _with("figures", 1, figure_id="members"), "figures.csv:4",
     "duplicate id members (first on line 3)"),
    ("bad enum", _with("figures", 1, status="rumoured"), "figures.csv:3", "status"),
    ("count without noun", _with("figures", 2, unit=""), "figures.csv:4", "counted noun"),
    ("bad id", _with("themes", 0, theme_id="Cloud Computing"), "themes.csv:2", "theme_id"),
    ("script address", _with("sources", 0, url="javascript:alert(1)"), "sources.csv:2", "url"),
]


@pytest.mark.parametrize("case,tables,where,message", BAD, ids=[b[0] for b in BAD])
def test_bad_record_stops_the_build_naming_file_line_and_problem(tmp_path, case, tables, where, message):
    data = write_tables(tmp_path / "data", tables)
    result = run_cli("build", "--data", str(data), "--out", str(tmp_path / "build"))
    assert result.returncode == 1
    lines = [l for l in result.stderr.splitlines() if where in l]
    assert lines and message in lines[0], result.stderr
    assert not (tmp_path / "build").exists()


def test_wrong_number_of_fields_names_the_line(tiny_data):
    path = tiny_data / "levers.csv"
    path.write_text(path.read_text() + "training,Formation\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_dataset(tiny_data)
    assert str(err.value.problems[0]) == f"{path}:3: expected 3 fields, found 2"


def test_unknown_and_missing_columns_are_named(tiny_data):
    (tiny_data / "themes.csv").write_text("theme_id,label_fr,colour\ncloud,Cloud,blue\n")
    with pytest.raises(DataError) as err:
        load_dataset(tiny_data)
    text = str(err.value)
    assert "themes.csv:1: unknown column: colour" in text and "missing column: label_en" in text


def test_every_problem_is_reported_in_one_run(tmp_path):
    tables = _with("figures", 0, raw="rien")
    tables["proposals"] = [dict(TINY["proposals"][0], date="2025-13")]
    result = run_cli("check", "--data", str(write_tables(tmp_path / "d", tables)))
    assert "figures.csv:2" in result.stderr and "proposals.csv:2" in result.stderr
    assert "2 problem(s)" in result.stderr


def test_failed_build_leaves_previous_build_in_place(tiny_data, tmp_path):
    out = tmp_path / "build"
    first = write_build(load_dataset(tiny_data), out)
    before = pq.read_table(tables_dir(out) / "figures.parquet").num_rows
    write_tables(tiny_data, _with("figures", 0, raw="n'importe quoi"))
    result = run_cli("build", "--data", str(tiny_data), "--out", str(out))
    assert result.returncode == 1
    assert tables_dir(out) == first.resolve()
    assert pq.read_table(tables_dir(out) / "figures.parquet").num_rows == before


def test_second_build_switches_current_and_keeps_one_previous(tiny_data, tmp_path):
    out = tmp_path / "build"
    builds = [write_build(load_dataset(tiny_data), out) for _ in range(3)]
    assert tables_dir(out) == builds[-1].resolve()
    assert sorted(p.name for p in out.glob("build-*")) == sorted(b.name for b in builds[-2:])


def test_a_build_killed_mid_way_leaves_the_previous_build_readable(tiny_data, tmp_path):
    import os
    import signal
    import time
    out = tmp_path / "build"
    first = write_build(load_dataset(tiny_data), out)
    # A build that stalls after writing its first table, so it can be killed half-way.
    code = ("import time, pyarrow.parquet as pq\n"
            "real = pq.write_table\n"
            "def slow(*a, **k):\n    real(*a, **k); time.sleep(60)\n"
            "pq.write_table = slow\n"
            "from loaders.build import load_dataset, write_build\n"
            f"write_build(load_dataset({str(tiny_data)!r}), {str(out)!r})\n")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=PROJECT)
    try:
        deadline = time.monotonic() + 30
        while not list(out.glob(".tmp-*/*.parquet")):
            assert time.monotonic() < deadline and proc.poll() is None, "build never started writing"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert tables_dir(out) == first.resolve()
    assert pq.read_table(tables_dir(out) / "figures.parquet").num_rows == 3
    again = write_build(load_dataset(tiny_data), out)     # the lock died with the process
    assert tables_dir(out) == again.resolve() and not list(out.glob(".tmp-*"))


def test_two_builds_at_once_do_not_both_write(tiny_data, tmp_path):
    from filelock import FileLock
    out = tmp_path / "build"
    out.mkdir()
    with FileLock(str(out / ".lock")):
        with pytest.raises(DataError, match="another build is running"):
            write_build(load_dataset(tiny_data), out, lock_timeout=0.2)
    assert not list(out.glob("build-*"))
