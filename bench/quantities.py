"""`python -m bench.quantities`: milliseconds per 1,000 words of find_quantities (money, shares, counts, dates).

Times the texts of tests/corpus and, when it is beside the clone, ../shared/seeds (read at run time,
never stored). Every text is run REPEAT times (first argument, default 20) after one warm-up; printed
are the best and the median pass, as milliseconds per 1,000 words, in CPU time (what the code costs,
even on a machine shared with other jobs) and in wall-clock time (what it took here and now).
"""
from __future__ import annotations

import statistics
import sys
import time

from loaders.french.numbers import digits_to_decimal
from loaders.paths import PROJECT
from loaders.articles.quantities import find_quantities

FOLDERS = {"corpus": PROJECT / "tests" / "corpus", "seeds": PROJECT.parent / "shared" / "seeds"}


def ms_per_thousand_words(texts: list[str], repeat: int, clock=time.process_time) -> tuple[float, float, int]:
    """Best and median milliseconds per 1,000 words over `repeat` passes, and the words in one pass."""
    words = sum(len(t.split()) for t in texts)
    for t in texts:
        find_quantities(t)  # warm-up: regex compilation and imports
    passes = []
    for _ in range(repeat):
        digits_to_decimal.cache_clear()  # each pass reads its numbers afresh, as new documents would
        t0 = clock()
        for t in texts:
            find_quantities(t)
        passes.append(clock() - t0)
    per_word = 1000 / words * 1000
    return min(passes) * per_word, statistics.median(passes) * per_word, words


LONGEST = 1_000_000  # characters: the largest text `loaders extract` accepts


def main(repeat: int = 20) -> None:
    sets = {name: [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
            for name, folder in FOLDERS.items()}
    corpus = "\n\n".join(sets["corpus"])
    # one text of the largest size accepted: the cost per word must not grow with the length
    sets["1M chars"] = [(corpus * (LONGEST // max(len(corpus), 1) + 1))[:LONGEST]] if corpus else []
    for name, texts in sets.items():
        folder = FOLDERS.get(name, "tests/corpus")
        if not texts:
            print(f"{name:<7} (no texts in {folder})")
            continue
        for clock_name, clock in (("cpu", time.process_time), ("wall", time.perf_counter)):
            best, median, words = ms_per_thousand_words(texts, repeat if len(texts) > 1 else 3, clock)
            print(f"{name:<8} {len(texts):>3} texts {words:>6} words  ms per 1,000 words ({clock_name:>4}): "
                  f"best {best:5.2f}, median {median:5.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
