"""The Import page and its upload reader: bad files refused clearly, items highlighted, candidates saved."""
from __future__ import annotations

import datetime as dt
import shutil

import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from conftest import PROJECT
from loaders.articles.documents import MAX_UPLOAD_BYTES, MAX_UPLOAD_CHARS, read_pasted, read_upload, upload_label
from loaders.build import load_dataset, tables_dir, write_build
from loaders.errors import DataError

ARTICLE = ("Le ministère a confirmé mardi 3 juin 2025 une enveloppe de 1,5 milliard d'euros pour le cloud "
           "de confiance. Selon Numeum, 40 % des entreprises interrogées hésitent encore.")


@pytest.mark.parametrize("data, name, message", [
    (b"", "vide.txt", "empty file"),
    (b"   \n\t ", "blanc.txt", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt", "binary file"),
    (b"x" * (MAX_UPLOAD_BYTES + 1), "gros.txt", "too large"),
    (("mot " * (MAX_UPLOAD_CHARS // 4 + 10)).encode(), "long.md", "too long"),
    (b"<html><head><script>alert(1)</script></head><body></body></html>", "page.html", "no article text"),
])
def test_bad_uploads_are_refused_with_a_message(data, name, message):
    with pytest.raises(DataError, match=message):
        read_upload(data, name)


def test_upload_kind_comes_from_the_content_not_the_name():
    html = b"<html><body><article><p>Une enveloppe de 2,6 Md\xe2\x82\xac.</p></article><script>x()</script></body></html>"
    doc = read_upload(html, "notes.txt")        # HTML whatever the name says: scripts dropped
    assert "2,6 Md€" in doc.text and "x()" not in doc.text
    doc = read_upload("Un budget de 3 M€ en région.".encode("cp1252"), "r.txt")   # Windows-1252
    assert doc.text == "Un budget de 3 M€ en région." and doc.encoding == "cp1252"


@pytest.mark.parametrize("name, label", [
    ("../../etc/passwd", "passwd"), ("/tmp/x/../rapport final.html", "rapport-final.html"),
    ("..", "texte"), ("", "texte"), (None, "texte"), ("a" * 300 + ".txt", "a" * 80),
])
def test_the_uploaded_name_is_only_a_label(name, label):
    assert upload_label(name) == label
    assert "/" not in upload_label(name) and not upload_label(name).startswith(".")


def test_pasted_text_limits():
    assert read_pasted(ARTICLE).text == ARTICLE
    with pytest.raises(DataError, match="empty"):
        read_pasted("   ")


@pytest.fixture
def curated(tmp_path, monkeypatch, local_editing):
    """A copy of the shipped data/ and its build, which the page may add to."""
    data = tmp_path / "data"
    shutil.copytree(PROJECT / "data", data, ignore=shutil.ignore_patterns("build"))
    root = tmp_path / "build"
    write_build(load_dataset(data), root)
    monkeypatch.setenv("DASHBOARD_CURATED", str(data))
    monkeypatch.setenv("DASHBOARD_DATA", str(root))
    return data, root


def open_import(**state):
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=120)
    at.session_state["start_page"] = "import"
    at.run()
    assert not at.exception
    return at


def test_paste_extract_review_and_save_adds_candidates_and_rebuilds(curated):
    data, root = curated
    before = pq.read_table(tables_dir(root) / "figures.parquet").num_rows
    at = open_import()
    at.text_area(key="import_text").set_value(ARTICLE)
    at.text_input(key="import_publisher").set_value("La Gazette du test")
    at.button[0].click().run()
    assert not at.exception
    marked = " ".join(m.value for m in at.markdown)
    assert ":green-background[1,5 milliard d'euros]" in marked and ":blue-background[40 %]" in marked
    save = next(b for b in at.button if "Enregistrer" in b.label)
    assert not save.disabled
    save.click().run()
    assert not at.exception and at.success, [e.value for e in at.error]
    figures = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas()
    added = figures[figures["review"] == "candidate"]
    assert len(figures) == before + 2 and set(added["raw"]) == {"1,5 milliard d'euros", "40 %"}
    assert added.loc[added["raw"] == "1,5 milliard d'euros", "value"].iloc[0] == 1.5e9
    sources = pq.read_table(tables_dir(root) / "sources.parquet").to_pandas()
    assert (sources["publisher"] == "La Gazette du test").sum() == 1
    assert "La Gazette du test" in (data / "sources.csv").read_text(encoding="utf-8")
    changes = pq.read_table(tables_dir(root) / "changes.parquet").to_pandas()   # logged, and published
    assert len(changes) == 3 and set(changes["after"]) == {"candidate"} and changes["who"].str.endswith("@localhost").all()
    assert set(changes["row_id"]) == set(added["figure_id"]) | set(sources.loc[sources["publisher"] == "La Gazette du test", "source_id"])


def test_a_reader_gets_no_uploader_and_no_save_and_is_told_why(shipped_build, monkeypatch):
    monkeypatch.delenv("DASHBOARD_EDIT", raising=False)   # no login configured, not `make edit`: read-only
    monkeypatch.setenv("DASHBOARD_DATA", str(shipped_build))
    at = open_import()
    assert not at.main.text_area and not at.main.button and not at.get("file_uploader")
    assert any("make edit" in i.value for i in at.info)


def test_saving_is_off_when_the_app_reads_another_build(shipped_build, monkeypatch, local_editing):
    monkeypatch.delenv("DASHBOARD_CURATED", raising=False)
    monkeypatch.setenv("DASHBOARD_DATA", str(shipped_build))
    at = open_import()
    assert any("DASHBOARD_CURATED" in w.value for w in at.warning)


def test_an_empty_paste_shows_a_message_not_a_traceback(curated):
    at = open_import()
    at.text_area(key="import_text").set_value("   ")
    at.button[0].click().run()
    assert not at.exception
    assert any("Rien à lire" in w.value for w in at.warning)


def test_reading_with_nothing_pasted_or_uploaded_says_so(curated):
    # A file over the upload limit is refused by the uploader: the page then has neither text nor
    # file, and says so rather than "texte-colle: empty file". (Only an editor has the uploader.)
    at = open_import()
    assert at.get("file_uploader") and at.main.button
    at.main.button[0].click().run()
    assert not at.exception and not at.error
    assert [w.value for w in at.warning if "Rien à lire" in w.value]


def test_a_build_that_fails_on_save_is_told_and_data_is_put_back(curated, monkeypatch):
    import loaders.build
    data, root = curated
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}
    at = open_import()
    at.text_area(key="import_text").set_value(ARTICLE)
    at.text_input(key="import_publisher").set_value("La Gazette du test")
    at.button[0].click().run()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(loaders.build.pq, "write_table", full_disk)
    next(b for b in at.button if "Enregistrer" in b.label).click().run()
    assert not at.exception and not at.success
    assert any("remis dans son état précédent" in e.value for e in at.error)
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before


@pytest.mark.parametrize("name", ["note\x00.html.txt", "note.txt\n", "a\nb.txt", "\r\n", "..\\..\\x.txt\x00"])
def test_an_upload_named_with_a_nul_or_a_newline_is_read_under_a_plain_label(curated, name):
    # The browser sends the name as the file system gave it; Streamlit's own check of the extension
    # raised on a NUL or a name ending in a newline, and the page was replaced by "This app has
    # encountered an error". The name is only a label: the text is read, the label is plain.
    at = open_import()
    at.file_uploader(key="import_file").upload(name, ARTICLE.encode(), "text/plain").run()
    assert not at.exception
    at.main.button[0].click().run()
    assert not at.exception and not at.error
    [found] = [h.value for h in at.subheader if "trouvé dans" in h.value]
    assert "\x00" not in found and "\n" not in found


def test_an_upload_over_the_size_limit_is_said_too_large(curated):
    at = open_import()
    six_mb = b"x " * 3_000_000
    assert len(six_mb) > MAX_UPLOAD_BYTES
    at.file_uploader(key="import_file").upload("rapport.txt", six_mb, "text/plain").run()
    at.main.button[0].click().run()
    assert not at.exception
    [error] = at.error
    assert "too large" in error.value and "5 MB" in error.value and "empty" not in error.value


def test_an_english_text_declared_english_is_read_as_english_and_saved_so(curated):
    """'$109bn' is an amount only in English; the source saved says the text was English."""
    data, root = curated
    at = open_import()
    at.text_area(key="import_text").set_value("The summit closed with $109bn of private investment pledged "
                                              "for data centres across the country.")
    at.text_input(key="import_publisher").set_value("The Test Gazette")
    at.selectbox(key="import_language").set_value("en")
    at.button[0].click().run()
    assert not at.exception
    marked = " ".join(m.value for m in at.markdown)
    assert ":green-background[$109bn]" in marked.replace("\\$", "$"), marked[:400]
    next(b for b in at.button if "Enregistrer" in b.label).click().run()
    assert not at.exception and at.success, [e.value for e in at.error]
    figures = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas()
    added = figures[figures["review"] == "candidate"]
    assert list(added["raw"]) == ["$109bn"] and added["value"].iloc[0] == 1.09e11 and added["unit"].iloc[0] == "USD"
    sources = pq.read_table(tables_dir(root) / "sources.parquet").to_pandas()
    assert sources.loc[sources["publisher"] == "The Test Gazette", "language"].tolist() == ["en"]


def test_a_text_is_saved_in_the_language_it_was_read_in(curated):
    """The language changed after reading: the candidates were read in English, and are saved so."""
    data, root = curated
    at = open_import()
    at.text_area(key="import_text").set_value("The summit closed with $109bn of private investment pledged.")
    at.text_input(key="import_publisher").set_value("The Test Gazette")
    at.selectbox(key="import_language").set_value("en")
    at.button[0].click().run()
    at.selectbox(key="import_language").set_value("fr").run()
    next(b for b in at.button if "Enregistrer" in b.label).click().run()
    assert not at.exception and not at.warning, [w.value for w in at.warning]
    assert "1 chiffre(s)" in at.success[0].value
    sources = pq.read_table(tables_dir(root) / "sources.parquet").to_pandas()
    assert sources.loc[sources["publisher"] == "The Test Gazette", "language"].tolist() == ["en"]


def test_a_paste_of_thousands_of_items_shows_the_first_ones_highlighted_and_counts_them_all(curated):
    at = open_import()
    at.text_area(key="import_text").set_value("1 % " * 1500)
    at.button[0].click().run()
    assert not at.exception
    percent = next(m for m in at.metric if m.label == "Pourcentages")
    assert percent.value == "1\u202f500"                              # every item counted, in French digits
    marked = " ".join(m.value for m in at.markdown)
    assert marked.count(":blue-background[1 %]") == 1000              # the first thousand drawn
    assert any("500 élément(s) surligné(s) de plus ne sont pas affichés" in c.value for c in at.caption)


def test_the_articles_address_is_kept_with_the_source_and_a_canadian_papers_dollars_are_canadian(curated):
    data, root = curated
    with open(data / "fx_rates.csv", "a", encoding="utf-8") as f:   # a rate for the test's copy only
        f.write("CAD,2025,1.5,test rate,https://example.org/rates,written for this test\n")
    at = open_import()
    at.text_area(key="import_text").set_value("La jeune pousse a levé 30 millions $ auprès de ses investisseurs.")
    at.text_input(key="import_publisher").set_value("Le Devoir")
    at.text_input(key="import_url").set_value("https://www.ledevoir.com/economie/123/une-levee")
    at.date_input(key="import_published").set_value(dt.date(2025, 3, 4))
    at.button[0].click().run()
    assert not at.exception and not at.warning
    next(b for b in at.button if "Enregistrer" in b.label).click().run()
    assert not at.exception and at.success, [e.value for e in at.error]
    assert not at.warning, [w.value for w in at.warning]
    figures = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas()
    added = figures[figures["review"] == "candidate"]
    assert list(added["raw"]) == ["30 millions $"] and list(added["unit"]) == ["CAD"]
    assert added["value_eur"].iloc[0] == pytest.approx(3e7 / 1.5)
    sources = pq.read_table(tables_dir(root) / "sources.parquet").to_pandas()
    assert sources.loc[sources["publisher"] == "Le Devoir", "url"].tolist() == ["https://www.ledevoir.com/economie/123/une-levee"]


def test_an_address_that_is_no_web_address_is_said_and_not_kept(curated):
    at = open_import()
    at.text_input(key="import_url").set_value("ledevoir point com")
    at.run()
    assert not at.exception
    assert any("https://" in w.value for w in at.warning)
