"""Where the project keeps its curated data and its built tables by default."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT / "data"
BUILD_DIR = DATA_DIR / "build"
ENV_TABLES = "DASHBOARD_DATA"
ENV_CURATED = "DASHBOARD_CURATED"


def default_build_root() -> Path:
    """The build the app reads: $DASHBOARD_DATA when set, else data/build."""
    return Path(os.environ.get(ENV_TABLES) or BUILD_DIR)


def import_target() -> tuple[Path, Path] | None:
    """(curated folder, build root) the Import page saves into and rebuilds, or None when it must not.

    The default data/ and data/build; with $DASHBOARD_CURATED, that folder and the build the app
    reads. When the app reads another build ($DASHBOARD_DATA, a synthetic dataset say) and no
    curated folder is named, saving is off: rebuilding from data/ would replace that build.
    """
    curated = os.environ.get(ENV_CURATED)
    if curated:
        return Path(curated), default_build_root()
    if os.environ.get(ENV_TABLES):
        return None
    return DATA_DIR, BUILD_DIR
