"""loaders/articles/documents.py: files to text, every bad file refused with a message naming it."""
from __future__ import annotations

import pytest

from loaders.articles.documents import MAX_BYTES, decode_text, expand_paths, read_document
from loaders.errors import DataError

PHRASE = "Le ministère a promis 3 milliards d’euros à l’État, « œuvre » de longue haleine."


LATIN1 = "Le député a voté à l'unanimité."


@pytest.mark.parametrize("data, text, encoding", [
    (PHRASE.encode("utf-8"), PHRASE, "utf-8"),
    (b"\xef\xbb\xbf" + PHRASE.encode("utf-8"), PHRASE, "utf-8"),    # BOM dropped
    (PHRASE.encode("cp1252"), PHRASE, "cp1252"),     # curly quotes and œ sit in 0x80-0x9F
    (LATIN1.encode("latin-1"), LATIN1, "cp1252"),     # Latin-1 French text reads the same in cp1252
    (PHRASE.encode("utf-16"), PHRASE, "utf-16"),
])
def test_text_files_are_decoded_whatever_their_encoding(tmp_path, data, text, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert (doc.text, doc.encoding) == (text, encoding)


def test_bytes_undefined_in_cp1252_fall_back_to_latin1():
    assert decode_text(b"caf\xe9 \x81") == ("café \x81", "latin-1")


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\t\n", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    ("controls.txt", bytes(range(1, 9)) * 200 + b"texte", "binary file"),
    ("scripts.html", b"<html><head><script>" + b"var a = 1;" * 500 + b"</script></head><body>"
                     b"<script>go()</script></body></html>", "no article text"),
    ("notes.pdf", b"%PDF-1.7 du texte", "unsupported file type '.pdf'"),
])
def test_bad_files_are_refused_with_a_message_naming_them(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DataError) as e:
        read_document(path)
    [problem] = e.value.problems
    assert problem.file == str(path)
    assert message in problem.message


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"mot " * (20_000_000 // 4))
    with pytest.raises(DataError, match="too large"):
        read_document(path)
    assert path.stat().st_size > MAX_BYTES


def test_html_gives_the_article_text_without_menus_or_scripts(tmp_path):
    article = ("La Direction du numérique a présenté sa stratégie pour le cloud souverain. "
               "Elle prévoit 120 millions d’euros sur trois ans pour les administrations, "
               "et une formation de tous les agents aux outils ouverts d’ici à 2027.")
    html = ("<html><head><title>Stratégie cloud</title><style>p{color:red}</style>"
            "<script>trackVisitor('x');</script></head><body>"
            "<nav><ul><li>Accueil</li><li>Économie</li><li>Se connecter</li></ul></nav>"
            f"<article><h1>Stratégie cloud</h1><p>{article}</p></article>"
            "<footer>Mentions légales · Cookies</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = read_document(path)
    assert article in doc.text
    for noise in ("trackVisitor", "color:red", "Se connecter", "Cookies"):
        assert noise not in doc.text
    assert doc.title == "Stratégie cloud"
    start = doc.text.index("120 millions")
    assert doc.text[start:start + 12] == "120 millions"   # offsets are into the extracted text


def test_markdown_is_kept_as_written(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Titre\n\n**Le Sénat** vote 5 %.\n", encoding="utf-8")
    assert read_document(path).text == "# Titre\n\n**Le Sénat** vote 5 %.\n"


def test_paths_expand_folders_and_globs_and_report_what_matches_nothing(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.html", "skip.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, problems = expand_paths([str(tmp_path), str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"),
                                    str(tmp_path / "*.docx")])
    assert [p.name for p in files] == ["a.md", "b.txt", "c.html"]   # no duplicate b.txt, no .csv
    assert [(p.file, p.message) for p in problems] == [
        (str(tmp_path / "nope.txt"), "no such file or folder"),
        (str(tmp_path / "*.docx"), "no file matches this pattern")]
