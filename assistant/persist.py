"""Save and load the search index as plain arrays (numpy .npz, no pickle).

The file records a format version and a hash of the content it was built from;
`load_index` refuses (and says why) a file that is stale, corrupt or from another
version, and the caller rebuilds. Loading never executes data: `allow_pickle`
stays off, and strings are stored as UTF-8 bytes with offsets.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from .index import FIELD_ARRAYS, HybridIndex

INDEX_FILE = "parentfaq-index.npz"
# Bump when the analyzers, the fields or the file layout change.
FORMAT = 5  # 5: every term keeps its postings (frequent ones bounded at query time)


class StaleIndex(Exception):
    """The saved index cannot be used; the message says why."""


def content_hash(knowledge, index_options: dict) -> str:
    """Hash of everything the index is built from: docs, synonyms and options."""
    digest = hashlib.sha256()
    digest.update(
        json.dumps(
            [FORMAT, index_options, knowledge.synonyms], sort_keys=True, default=str
        ).encode()
    )
    for entry in knowledge.faq:
        digest.update("\x1f".join((entry.id, *entry.questions, entry.answer)).encode())
        digest.update(b"\x1e")
    for passage in knowledge.passages:
        digest.update("\x1f".join((passage.source_id, passage.section, passage.text)).encode())
        digest.update(b"\x1e")
    return digest.hexdigest()


def _pack(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


def _unpack(blob: np.ndarray, offsets: np.ndarray) -> list[str]:
    text, bounds = blob.tobytes(), offsets.tolist()  # Python ints: no numpy scalar per string
    return [text[a:b].decode("utf-8") for a, b in zip(bounds, bounds[1:], strict=False)]


def save_index(index: HybridIndex, path: Path, digest: str) -> None:
    """Write the index to `path` atomically (temporary file, then rename)."""
    arrays: dict[str, np.ndarray] = {}
    meta = {"format": FORMAT, "content_hash": digest, "docs": len(index.docs_), "fields": {}}
    arrays["source_ids"], arrays["source_offsets"] = _pack([d.source_id for d in index.docs_])
    arrays["row_text"], arrays["row_offsets"] = _pack(index.row_text_)
    arrays["row_doc"] = index.row_doc_
    for name, field in index.fields().items():
        meta["fields"][name] = field.n_rows_
        arrays[f"{name}.terms"], arrays[f"{name}.term_offsets"] = _pack(list(field.terms_))
        for array in FIELD_ARRAYS:
            arrays[f"{name}.{array}"] = getattr(field, array)
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".npz")
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(out, **arrays)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_index(path: Path, empty: HybridIndex, docs, digest: str) -> HybridIndex:
    """Fill `empty` from the file at `path`; StaleIndex when it does not fit `digest`."""
    try:
        # Opened here, not by np.load, so a damaged file is closed on every path.
        with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as data:
            meta = json.loads(data["meta"].tobytes())
            if meta.get("format") != FORMAT:
                raise StaleIndex(f"it was written by another version (format {meta.get('format')})")
            if meta.get("content_hash") != digest:
                raise StaleIndex("the knowledge changed since it was built")
            saved_ids = _unpack(data["source_ids"], data["source_offsets"])
            if saved_ids != [d.source_id for d in docs]:
                raise StaleIndex("its entries do not match the knowledge")
            fields = {}
            for name, n_rows in meta["fields"].items():
                terms = _unpack(data[f"{name}.terms"], data[f"{name}.term_offsets"])
                arrays = {a: data[f"{name}.{a}"] for a in FIELD_ARRAYS}
                fields[name] = (terms, n_rows, arrays)
            return empty.restore(
                docs, data["row_doc"], _unpack(data["row_text"], data["row_offsets"]), fields
            )
    except FileNotFoundError:
        raise StaleIndex("there is no saved index yet") from None
    except StaleIndex:
        raise
    except (
        OSError,
        ValueError,
        KeyError,
        zipfile.BadZipFile,
        UnicodeDecodeError,
        json.JSONDecodeError,
    ) as exc:
        raise StaleIndex(f"the file is damaged ({exc.__class__.__name__})") from None
