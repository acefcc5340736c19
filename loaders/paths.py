"""Where the project keeps its curated data and its built tables by default."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT / "data"
BUILD_DIR = DATA_DIR / "build"
ENV_TABLES = "DASHBOARD_DATA"


def default_build_root() -> Path:
    """The build the app reads: $DASHBOARD_DATA when set, else data/build."""
    return Path(os.environ.get(ENV_TABLES) or BUILD_DIR)
