"""Reading a file uploaded through the dashboard's Import page, or text pasted there.

The uploaded file's name is only a label: it is never joined to a path or opened. Its kind is
read from the content (HTML tags or plain text), not from the name, and the same checks as
`loaders extract` apply (empty, binary, too large), with a tighter cap on text so that one
upload's extraction stays within a few seconds.
Error policy: `read_upload` raises DataError with one problem naming the upload.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from .documents import Document, document_from_bytes
from .errors import DataError, DataProblem

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


def _refuse(label: str, message: str) -> DataError:
    return DataError([DataProblem(label, None, message)])


def read_upload(data: bytes, name: str | None = None) -> Document:
    """The text of an uploaded .txt/.md/.html file (kind told by content); DataError when unusable."""
    label = upload_label(name)
    if len(data) > MAX_UPLOAD_BYTES:
        raise _refuse(label, f"file too large ({len(data) / 1e6:.1f} MB; the limit is "
                             f"{MAX_UPLOAD_BYTES / 1e6:.0f} MB)")
    return document_from_bytes(data, PurePosixPath(label), html=None, max_chars=MAX_UPLOAD_CHARS)


def read_pasted(text: str) -> Document:
    """Pasted text as a document; DataError when empty or too long."""
    return document_from_bytes((text or "").encode("utf-8"), PurePosixPath("texte-colle"), html=False,
                               max_chars=MAX_UPLOAD_CHARS)
