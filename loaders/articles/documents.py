"""Reading the documents analysts hand us (.txt, .md, .html), and the Import page's uploads and pasted
text, into plain text, refusing bad files clearly.

Error policy: `read_document` raises DataError with one DataProblem naming the file and
what is wrong (empty, binary, too large, no article text); it never lets a decoding or
parsing exception through. Offsets of anything found later are into `Document.text`:
the decoded file for .txt and .md, the extracted article text for .html.
"""
from __future__ import annotations

import glob
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from loaders.errors import DataError, DataProblem

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

# A long report is a few hundred kilobytes; 5 MB of file (HTML carries markup) and one
# million characters of text (spaCy's own default limit per document) bound memory and
# time: a 20 MB file is refused with a message rather than stalling a batch for minutes.
MAX_BYTES = 5_000_000
MAX_CHARS = 1_000_000
# What tells HTML from text when the name cannot be trusted (an upload): an opening tag of a page.
HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div|section)\b", re.IGNORECASE)
# Share of control characters (other than tab, newlines, form feed) above which decoded
# "text" is really binary data that happens to decode.
MAX_CONTROL_SHARE = 0.01
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")   # control characters but tab, newlines, form feed


@dataclass(frozen=True)
class Document:
    """A file's text as the extractor sees it, plus what we could tell about it."""

    path: Path
    text: str
    encoding: str
    title: str | None = None   # the HTML title, when the page has one
    address: str | None = None   # where it was published: the page's own URL (canonical link), or as given


def shown(path: Path | str) -> str:
    """A file name fit for one line of output: control characters (a newline...) written as \\xNN."""
    return CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", str(path).replace("\n", "\\n").replace("\r", "\\r"))


def _problem(path: Path | str, message: str) -> DataError:
    return DataError([DataProblem(shown(path), None, message)])


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252, else Latin-1.

    >>> decode_text("état".encode("cp1252"))
    ('état', 'cp1252')

    Windows-1252 is tried before Latin-1 because French text typed on Windows uses its
    curly quotes and œ in the 0x80-0x9F range, which Latin-1 reads as control characters.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def looks_binary(data: bytes, text: str | None = None) -> bool:
    """True for content that is not text: NUL bytes, or too many control characters once decoded.

    The whole content is checked (in C: a byte search and a regex count), not its first bytes only.
    """
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data:
        return True
    if text is None:
        return False
    controls = sum(1 for _ in CONTROLS.finditer(text))
    return controls > MAX_CONTROL_SHARE * max(len(text), 1)


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """(main article text, page title, page address) of an HTML page; menus, scripts and footers
    left out. The address is the one the page gives itself (its canonical link or og:url), if any."""
    import trafilatura   # imported here: the loaders' build does not need it

    text = trafilatura.extract(html, include_comments=False, include_tables=True)
    if not text:
        # Pages too short for trafilatura's article heuristics: keep all visible text.
        text = trafilatura.html2txt(html) or ""
    meta = trafilatura.extract_metadata(html)
    if meta is None:
        return text.strip(), None, None
    address = meta.url if meta.url and meta.url.startswith(("http://", "https://")) else None
    return text.strip(), meta.title, address


def read_document(path: Path) -> Document:
    """The text of one .txt, .md or .html file; DataError naming the file when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise _problem(path, f"unsupported file type {suffix or '(none)'!r}: "
                             f"expected one of {', '.join(sorted(SUFFIXES))}")
    try:
        data = _read_regular_file(path, MAX_BYTES)
    except OSError as e:
        raise _problem(path, f"cannot read: {e.strerror or e}") from None
    return document_from_bytes(data, path, html=suffix in HTML_SUFFIXES)


def _read_regular_file(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of a regular file; DataError for anything else.

    Opened without blocking (a FIFO would wait for a writer forever) and checked on the open
    descriptor (not the name, which may change in between): a device such as /dev/zero, a FIFO or
    a folder is refused; a file is never read past `limit` + 1 bytes, whatever its size claims.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _problem(path, "not a regular file (a device, a pipe or a folder): not read")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise _problem(path, f"file too large (over {limit / 1e6:.0f} MB, the limit): split it into articles")
    return data


def document_from_bytes(data: bytes, path: Path, html: bool | None, max_chars: int = MAX_CHARS) -> Document:
    """A document from a file's bytes; `html` None reads the kind from the content (uploads).

    `path` only names the document in messages and output: nothing is opened through it.
    DataError when the bytes are empty, binary, HTML without article text, or too long.
    """
    if not data.strip():
        raise _problem(path, "empty file")
    if looks_binary(data):
        raise _problem(path, "binary file (NUL bytes), not text")
    text, encoding = decode_text(data)
    if looks_binary(data, text):
        raise _problem(path, "binary file (control characters), not text")
    text = CONTROLS.sub(" ", text)   # the few left become spaces (offsets kept): none reaches a label
    title = address = None
    if html or html is None and HTML_START.search(text[:20_000]):
        try:
            text, title, address = html_to_text(text)
        except Exception as e:   # a parser failure on one page must not stop the batch
            raise _problem(path, f"unreadable HTML ({type(e).__name__}: {e})") from None
        if not text:
            raise _problem(path, "no article text found in the HTML")
    if not text.strip():
        raise _problem(path, "no text (only whitespace)")
    if len(text) > max_chars:
        raise _problem(path, f"text too long ({len(text):,} characters; the limit is {max_chars:,})")
    return Document(path, text, encoding, title, address)


def expand_paths(args: list[str]) -> tuple[list[Path], list[DataProblem]]:
    """Files named by `args` (files, folders searched recursively for known suffixes, quoted globs).

    An argument that matches nothing is a problem, not silence; the order is the
    order given, each folder's files sorted, without duplicates.
    """
    files: list[Path] = []
    problems: list[DataProblem] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                problems.append(DataProblem(arg, None, "no .txt, .md or .html file in this folder"))
            files += found
        elif path.exists():
            files.append(path)
        elif glob.has_magic(arg):
            found = sorted(Path(p) for p in glob.glob(arg, recursive=True) if Path(p).is_file())
            if not found:
                problems.append(DataProblem(arg, None, "no file matches this pattern"))
            files += found
        else:
            problems.append(DataProblem(arg, None, "no such file or folder"))
    unique = list(dict.fromkeys(files))
    return unique, problems


# --- uploads: reading a file uploaded through the dashboard's Import page, or text pasted there.
#
# The uploaded file's name is only a label: it is never joined to a path or opened. Its kind is
# read from the content (HTML tags or plain text), not from the name, and the same checks as
# `loaders extract` apply (empty, binary, too large), with a tighter cap on text so that one
# upload's extraction stays within a few seconds.
# Error policy: `read_upload` raises DataError with one problem naming the upload.

MAX_UPLOAD_BYTES = 5_000_000   # the same as .streamlit/config.toml's server.maxUploadSize (MB)
MAX_UPLOAD_CHARS = 200_000     # about 30,000 words: a long report, extracted in seconds


def upload_label(name: str | None) -> str:
    """A safe display name for an uploaded file: its last part, plain characters only, short.

    >>> upload_label("../../etc/passwd")
    'passwd'
    >>> upload_label("C:\\\\Users\\\\a\\\\Note d'étude.html")
    'Note-d-étude.html'
    """
    last = PurePosixPath(str(name or "").replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\-]+", "-", last).strip(".-")[:80]
    return cleaned or "texte"


def read_upload(data: bytes, name: str | None = None) -> Document:
    """The text of an uploaded .txt/.md/.html file (kind told by content); DataError when unusable."""
    label = upload_label(name)
    if len(data) > MAX_UPLOAD_BYTES:
        raise _problem(label, f"file too large ({len(data) / 1e6:.1f} MB; the limit is "
                             f"{MAX_UPLOAD_BYTES / 1e6:.0f} MB)")
    return document_from_bytes(data, PurePosixPath(label), html=None, max_chars=MAX_UPLOAD_CHARS)


def read_pasted(text: str) -> Document:
    """Pasted text as a document; DataError when empty or too long."""
    return document_from_bytes((text or "").encode("utf-8"), PurePosixPath("texte-colle"), html=False,
                               max_chars=MAX_UPLOAD_CHARS)
