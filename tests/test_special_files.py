"""`loaders extract` reads regular files only, with bounded reads (loaders/articles/documents): a link
to /dev/zero, a FIFO or a folder named like an article gets one line each and the batch goes on;
a file name with a newline stays on its line; control characters never reach the text."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import PROJECT
from loaders.cli import cli
from loaders.articles.documents import MAX_BYTES, document_from_bytes, read_document
from loaders.errors import DataError


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path, device):
    link = tmp_path / "article.txt"
    link.symlink_to(device)
    with pytest.raises(DataError, match="not a regular file"):
        read_document(link)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match="not a regular file"):
        read_document(fifo)


def test_a_file_larger_than_the_limit_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 10)      # sparse: what a stat says, not what is read
    with pytest.raises(DataError, match="too large"):
        read_document(big)


def test_every_bad_file_gets_one_line_and_the_batch_goes_on(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "bad\nname.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Le Sénat vote 15 millions d’euros.", encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("zero.txt", "pipe.txt", "bad\nname.txt", "good.txt")]
    result = CliRunner().invoke(cli, ["extract", *paths, "--data", str(PROJECT / "data")])
    assert result.exit_code == 1
    assert {Path(json.loads(line)["file"]).name for line in result.stdout.splitlines()} == {"good.txt"}
    assert result.stderr.splitlines() == [
        f"{paths[0]}: not a regular file (a device, a pipe or a folder): not read",
        f"{paths[1]}: not a regular file (a device, a pipe or a folder): not read",
        f"{tmp_path}/bad\\nname.txt: empty file",
        "3 file(s) could not be read."]


def test_control_characters_anywhere_are_binary_or_become_spaces():
    late = ("Un budget de 3 M€. " * 5000 + "\x01" * 2000).encode()      # after the first 64 KiB
    with pytest.raises(DataError, match="control characters"):
        document_from_bytes(late, Path("late.txt"), html=False)
    late_nul = ("mot " * 20000).encode() + b"\x00"
    with pytest.raises(DataError, match="NUL"):
        document_from_bytes(late_nul, Path("nul.txt"), html=False)
    few = document_from_bytes(("Un budget\x07 de 3 M€. " + "Suite. " * 30).encode(), Path("few.txt"), html=False)
    assert few.text.startswith("Un budget  de 3 M€. Suite.") and "\x07" not in few.text
