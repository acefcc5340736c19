"""Our CSV opened in a real spreadsheet program (LibreOffice Calc, headless), split on ',' and on ';'
(French Excel's separator): no cell ever holds a formula, and the text survives.

Each conversion starts soffice (seconds): the labels are one file, converted once per separator.
`make test` installs it (scripts/ensure-libreoffice); without it these tests fail, never skip.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from app.exports import to_csv_bytes

# Labels a curator or an imported article could write, each one a formula in some reader.
LABELS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "Budget;=2+5",
    "Budget,=2+5",
    "Budget;-2+5",
    'Budget;"=2+5',
    "deux lignes\n=3+4",
    "a;=1;b;=HYPERLINK(\"http://x\";\"clic\")",
    "Budget ; =2+5",
    "Dépenses, « dites » \"x\"",
]
# LibreOffice's CSV import options: separator (44 ',' or 59 ';'), text delimiter '"', UTF-8, from line 1,
# standard cells, language, quoted fields as text: no, detect special numbers, ..., evaluate formulas:
# yes (the riskiest reading, whatever this version's default).
FILTER = "CSV:{sep},34,76,1,,0,false,true,false,false,false,-1,true"
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


@pytest.fixture(scope="module")
def soffice():
    path = shutil.which("soffice")
    if not path:
        pytest.fail("soffice is missing: run scripts/ensure-libreoffice (make test does)")
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The labels through the app's CSV writer, beside an id and a number (numbers stay numbers)."""
    folder = tmp_path_factory.mktemp("csv")
    df = pd.DataFrame({"figure_id": [f"f{i}" for i in range(len(LABELS))], "label": LABELS,
                       "value": [-5.0] * len(LABELS), "actor_ids": [["=a", "b"]] * len(LABELS)})
    (folder / "labels.csv").write_bytes(to_csv_bytes(df))
    return folder / "labels.csv"


def opened(soffice, csv_file, sep: int, out) -> list[list[dict]]:
    """The sheet LibreOffice makes of `csv_file` split on `sep`, saved as flat ODF and read back:
    rows of cells {text, formula}."""
    profile = out / "profile"   # its own profile: no clash with another soffice, nothing left in $HOME
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    f"--infilter={FILTER.format(sep=sep)}", "--convert-to", "fods", "--outdir", str(out),
                    str(csv_file)], check=True, capture_output=True, timeout=180)
    root = ET.parse(out / (csv_file.stem + ".fods")).getroot()
    rows = []
    for row in root.iter(f"{{{NS['table']}}}table-row"):
        cells = []
        for cell in row.findall("table:table-cell", NS):
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            text = "\n".join(_text(p) for p in cell.findall("text:p", NS))
            cells += [{"text": text, "formula": cell.get(f"{{{NS['table']}}}formula")}] * min(repeat, 64)
        while cells and not cells[-1]["text"] and not cells[-1]["formula"]:
            cells.pop()
        rows.append(cells)
    return rows


def _text(element) -> str:
    """A paragraph's text as shown: ODF writes runs of spaces, tabs and line breaks as elements."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.split("}")[1]
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{NS['text']}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def formulas(rows) -> list[str]:
    return [cell["formula"] for row in rows for cell in row if cell["formula"]]


def test_csv_split_on_commas_has_no_formula_and_every_label_reads_back(soffice, exported, tmp_path):
    rows = opened(soffice, exported, 44, tmp_path)
    assert formulas(rows) == []
    assert [cell["text"] for cell in rows[0]] == ["figure_id", "label", "value", "actor_ids"]
    assert len(rows) == len(LABELS) + 1
    for label, row in zip(LABELS, rows[1:]):
        shown = row[1]["text"]
        # The label, with a quote before each piece that would start a formula: nothing else changes.
        assert shown.replace("'", "") == label.replace("'", "").replace("\r", "\n"), label
        assert [cell["text"] for cell in row[2:]] == ["-5", "'=a;b"], label


def test_csv_split_on_semicolons_has_no_formula_and_keeps_the_words(soffice, exported, tmp_path):
    rows = opened(soffice, exported, 59, tmp_path)
    assert formulas(rows) == []
    assert not [cell["text"] for row in rows for cell in row if cell["text"].startswith(("=", "Err:"))]
    shown = "\n".join(";".join(cell["text"] for cell in row) for row in rows)
    for label in LABELS:   # cut into other cells, but every word is there
        for word in re.findall(r"\w+", label):
            assert word in shown, (label, word)
