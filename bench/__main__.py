"""`python -m bench`: synthetic datasets and timings at scale; each command's work lives in a module."""
from __future__ import annotations

import resource
import sys
from pathlib import Path

import click


@click.group(help="Synthetic datasets at scale, to time the loaders and the dashboard on them.")
def bench() -> None:
    pass


@bench.command(help="Write a synthetic dataset with the tables and layout of `loaders build` "
                    "(OUT/current/*.parquet); point the dashboard at it with DASHBOARD_DATA=OUT.")
@click.option("--figures", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Rows of the figures table; the other tables scale with it.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Build root; the tables land in OUT/current/.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Random seed: the same seed and size give the same data.")
def generate(figures: int, out_dir: Path, seed: int) -> None:
    from .generate import SyntheticDataError, write_synthetic
    try:
        report = write_synthetic(out_dir, figures, seed)
    except SyntheticDataError as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    for name, n in report.rows.items():
        click.echo(f"  {name:<10} {n:>10,} rows")
    steps = ", ".join(f"{step} {s:.1f} s" for step, s in report.seconds.items())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # kilobytes on Linux
    click.echo(f"Wrote {report.path}: {sum(report.seconds.values()):.1f} s ({steps}), "
               f"{report.bytes_on_disk / 1e6:.0f} MB on disk, peak memory {peak_mb:.0f} MB")

@bench.command(help="Time every page (cold, and warm after a filter change), the query steps, the "
                    "exports, the server's start and peak memory, and the bytes sent per rerun; "
                    "prints a table and writes JSON under bench/results/.")
@click.option("--figures", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Size of the generated dataset (ignored with --data).")
@click.option("--data", "data_root", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Use this build root (as DASHBOARD_DATA) instead of generating one.")
@click.option("--repeat", type=click.IntRange(min=1, max=20), default=3, show_default=True,
              help="Warm reruns per page (one new theme each) and repeats of each timing.")
@click.option("--no-browser", is_flag=True, help="Skip the served app (server start, browser, peak memory).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="JSON file to write [default: bench/results/figures-N.json].")
@click.option("--timeout", type=click.FloatRange(min=1), default=120, show_default=True,
              help="Seconds a page run may take before it is reported as too slow and skipped.")
def run(figures: int, data_root: Path | None, repeat: int, no_browser: bool, out: Path | None,
        timeout: float) -> None:
    from .run import run_benchmark, save, table
    if data_root is not None:
        import json
        from loaders.build import tables_dir
        manifest = tables_dir(data_root) / "manifest.json"
        if manifest.exists():
            figures = json.loads(manifest.read_text()).get("rows", {}).get("figures", figures)
    result = run_benchmark(figures, data_root, repeat, browser=not no_browser, timeout=timeout,
                           echo=lambda m: click.echo(m, err=True))
    click.echo(table(result))
    click.echo(f"\nWrote {save(result, out)}")


@bench.command(help="Documents of 1,000 words a second through `loaders extract` (NER included): "
                    "model load, one process steady, and files end to end with 1 and 2 processes.")
@click.option("--docs", type=click.IntRange(min=10), default=1000, show_default=True,
              help="How many documents of 1,000 words to time (a bulk run: the model's load is paid once).")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of .txt articles to cut documents from [default: ../shared/seeds, "
                   "else sentence templates].")
def extraction(docs: int, corpus: Path | None) -> None:
    from .extraction import SEEDS, measure_extraction, report
    click.echo(report(measure_extraction(docs, corpus or SEEDS)))


@bench.command("extraction-press")
def extraction_press() -> None:
    """Precision and recall on press passages: those the rules were tuned on, and held-out ones."""
    from .extraction_press import report
    click.echo(report())


@bench.command("import-work", help="One adversarial paste through the Import page's steps (extraction, "
                                   "candidate planning, highlighting): seconds and peak memory by size.")
@click.option("--sizes", default="20000,100000,200000", show_default=True,
              help="Comma-separated text sizes in characters.")
def import_work(sizes: str) -> None:
    from .import_work import measure, report
    click.echo(report(measure(tuple(int(s) for s in sizes.split(",")))))



@bench.command(help="Rebuilds under a served app: its memory after each (target: after the last at most "
                    "1.1× after the first).")
@click.option("--figures", type=click.IntRange(min=1), default=200_000, show_default=True,
              help="Size of the generated build served and published again.")
@click.option("--times", type=click.IntRange(min=2), default=10, show_default=True, help="Rebuilds.")
def rebuilds(figures: int, times: int) -> None:
    from .rebuilds import measure, report
    click.echo(report(measure(figures, times)))


@bench.command(help="Adversarial pastes on the Import page at once while another visitor loads the Overview: "
                    "the server's peak memory (target ≤ 1 GB) and the visitor's load time (≤ 1.5× quiet).")
@click.option("--chars", type=click.IntRange(min=1, max=200_000), default=200_000, show_default=True,
              help="Characters of each paste.")
@click.option("--at-once", type=click.IntRange(min=1), default=3, show_default=True, help="Pastes sent together.")
def pastes(chars: int, at_once: int) -> None:
    from .pastes import measure, report
    click.echo(report(measure(chars, at_once)))


if __name__ == "__main__":
    bench(prog_name="python -m bench")
