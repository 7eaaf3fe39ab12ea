"""Save and load the search index as plain arrays (numpy .npz, no pickle).

The file records a format version and a hash of the content it was built from;
`load_index` refuses (and says why) a file that is stale, corrupt or from another
version, and the caller rebuilds. Loading never executes data: no pickle, and
strings are stored as UTF-8 bytes with offsets (read at load, not mapped: they are
decoded once).

The archive is stored uncompressed with each array's data 64-byte aligned, so the
large arrays are memory-mapped (`mmap`, read-only) rather than read: loading
costs what the small ones do, the pages a question never reads are never in
memory, and the processes serving one index share its pages. Their ids are checked
in range by reading the file in chunks, without mapping them.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
import tempfile
import zipfile
from functools import cache
from importlib.metadata import version
from pathlib import Path

import numpy as np

from . import normalize
from .index import CODED_ARRAYS, FIELD_ARRAYS, HybridIndex, RowTexts, term_shift

INDEX_FILE = "parentfaq-index.npz"
# Bump when the fields or the file layout change (the analysis is hashed: analysis_version).
FORMAT = 9  # 6: arrays aligned for memory-mapping, each term's largest weight saved;
# 8 (7 was a reverted experiment): row-major term ids uint16 when the vocabulary allows,
# row-major weights coded as counts (uint8) and row norms; 9: a coded field's counts
# held in its row-major term ids' spare bits (`index.pack_postings`)
# Arrays at least this large are memory-mapped; smaller ones are read.
MAP_BYTES = 1 << 16
ALIGN = 64  # numpy pads an array's header to this, so its data is aligned too
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # a zip member's local header: names' lengths
_PADDING_ID = 0xD935  # a zip "extra field" that only pads (the id Android's zipalign uses)


class StaleIndex(Exception):
    """The saved index cannot be used; the message says why."""


@cache
def analysis_version() -> str:
    """What turns text into terms: the normalizer's code and the stemmer's release.
    An index saved by another of either is stale though the knowledge is the same
    (a clinic upgrading keeps its saved index; FORMAT alone relied on a bump)."""
    code = hashlib.sha256(Path(normalize.__file__).read_bytes()).hexdigest()
    return f"{code}/snowballstemmer {version('snowballstemmer')}"


def content_hash(knowledge, index_options: dict) -> str:
    """Hash of everything the index is built from: docs, synonyms, options, analysis."""
    digest = hashlib.sha256()
    digest.update(
        json.dumps(
            [FORMAT, analysis_version(), index_options, knowledge.synonyms],
            sort_keys=True,
            default=str,
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
    arrays["row_text"], arrays["row_offsets"] = index.row_text_.packed
    arrays["row_doc"] = index.row_doc_
    for name, field in index.fields().items():
        meta["fields"][name] = field.n_rows_
        arrays[f"{name}.terms"], arrays[f"{name}.term_offsets"] = _pack(list(field.terms_))
        for array, values in field.saved_arrays().items():
            arrays[f"{name}.{array}"] = values
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".npz")
    try:
        with os.fdopen(handle, "wb") as out:
            _write_aligned(out, arrays)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_aligned(out, arrays: dict[str, np.ndarray]) -> None:
    """`np.savez`'s archive (uncompressed .npy members), each member's data starting
    at a multiple of ALIGN bytes: its local header is padded with an extra field,
    which zip readers skip."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            large = np.asarray(array).nbytes > 1 << 30  # zip64 sizes: 20 bytes more
            start = out.tell() + _LOCAL_HEADER.size + len(info.filename.encode()) + 4
            pad = -(start + 20 * large) % ALIGN
            info.extra = struct.pack("<HH", _PADDING_ID, pad) + bytes(pad)
            with archive.open(info, "w", force_zip64=large) as member:
                np.lib.format.write_array(member, np.asarray(array), allow_pickle=False)


class _Archive:
    """The .npy members of an uncompressed .npz: large aligned ones memory-mapped
    (read-only), the others read (an archive `np.savez` wrote still loads)."""

    def __init__(self, handle):
        self.handle = handle
        self.size = os.fstat(handle.fileno()).st_size
        with zipfile.ZipFile(handle) as archive:  # leaves `handle` open
            self.members = {i.filename.removesuffix(".npy"): i for i in archive.infolist()}
        self.map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if self.size else None

    def _locate(self, name: str) -> tuple[np.dtype, tuple[int, ...], int]:
        """An array's dtype, shape and the offset of its data in the file."""
        info = self.members[name]
        if info.compress_type != zipfile.ZIP_STORED:
            raise ValueError("a compressed member")
        self.handle.seek(info.header_offset)
        magic, name_length, extra_length = _LOCAL_HEADER.unpack(
            self.handle.read(_LOCAL_HEADER.size)
        )
        if magic != b"PK\x03\x04":
            raise ValueError("a damaged member header")
        self.handle.seek(name_length + extra_length, os.SEEK_CUR)
        version = np.lib.format.read_magic(self.handle)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(self.handle)
        else:
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(self.handle)
        offset = self.handle.tell()
        size = dtype.itemsize * int(np.prod(shape))
        if dtype.hasobject or fortran or len(shape) != 1 or offset + size > self.size:
            raise ValueError("an unexpected array")
        if info.file_size != offset - self._data_start(info, name_length, extra_length) + size:
            raise ValueError("a member of the wrong size")
        return dtype, shape, offset

    @staticmethod
    def _data_start(info, name_length: int, extra_length: int) -> int:
        return info.header_offset + _LOCAL_HEADER.size + name_length + extra_length

    def __getitem__(self, name: str) -> np.ndarray:
        dtype, (count,), offset = self._locate(name)
        size = dtype.itemsize * count
        if self.map is not None and size >= MAP_BYTES and offset % ALIGN == 0:
            return np.frombuffer(self.map, dtype=dtype, count=count, offset=offset)
        return self._read(dtype, count, offset)

    def read(self, name: str) -> np.ndarray:
        """An array read from the file, never mapped: for arrays decoded once at load
        (strings), whose mapped pages would stay in memory beside their copy."""
        dtype, (count,), offset = self._locate(name)
        return self._read(dtype, count, offset)

    def _read(self, dtype: np.dtype, count: int, offset: int) -> np.ndarray:
        size = dtype.itemsize * count
        self.handle.seek(offset)
        array = np.frombuffer(self.handle.read(size), dtype=dtype, count=count)
        return array.copy()  # writable and aligned, like `np.load`'s

    def id_range(self, name: str, shift: int = 0):
        """The smallest and largest number of an integer array ((0, -1) when empty),
        read from the file in chunks: its pages are not mapped into this process.
        With `shift`, of coded postings (`index.pack_postings`): the range of their
        low `shift` bits and the range of the bits above."""
        dtype, (count,), offset = self._locate(name)
        if shift and dtype not in (np.uint16, np.uint32):
            raise ValueError("coded postings of an unexpected type")
        mask = (1 << shift) - 1  # the counts' range is the postings' shifted: no copy
        views = [lambda a: a] if not shift else [lambda a: a & mask, lambda a: a]
        lows, highs, chunk = [[] for _ in views], [[] for _ in views], 1 << 21
        self.handle.seek(offset)
        buffer = np.empty(chunk, dtype=dtype)
        for start in range(0, count, chunk):
            part = buffer[: min(chunk, count - start)]
            if self.handle.readinto(memoryview(part).cast("B")) != part.nbytes:
                raise ValueError("a truncated array")
            for view, low, high in zip(views, lows, highs, strict=True):
                values = view(part)
                low.append(int(values.min()))
                high.append(int(values.max()))
        ranges = tuple((min(a), max(b)) if a else (0, -1) for a, b in zip(lows, highs, strict=True))
        if not shift:
            return ranges[0]
        return ranges[0], tuple(number >> shift for number in ranges[1])


def load_index(path: Path, empty: HybridIndex, docs, digest: str) -> HybridIndex:
    """Fill `empty` from the file at `path`; StaleIndex when it does not fit `digest`."""
    try:
        # The mapping outlives the file handle (the arrays keep it open).
        with open(path, "rb") as handle:
            data = _Archive(handle)
            meta = json.loads(data["meta"].tobytes())
            if meta.get("format") != FORMAT:
                raise StaleIndex(f"it was written by another version (format {meta.get('format')})")
            if meta.get("content_hash") != digest:
                raise StaleIndex("the knowledge, or how text is read, changed since it was built")
            saved_ids = _unpack(data.read("source_ids"), data.read("source_offsets"))
            if saved_ids != [d.source_id for d in docs]:
                raise StaleIndex("its entries do not match the knowledge")
            fields = {}
            for name, n_rows in meta["fields"].items():
                terms = _unpack(data.read(f"{name}.terms"), data.read(f"{name}.term_offsets"))
                saved = [a for a in FIELD_ARRAYS + CODED_ARRAYS if f"{name}.{a}" in data.members]
                arrays = {a: data[f"{name}.{a}"] for a in saved}
                id_ranges = {"indices_": data.id_range(f"{name}.indices_")}
                if "row_postings_" in arrays:  # coded: its term ids' and counts' ranges
                    shift = term_shift(len(terms))
                    ranges = data.id_range(f"{name}.row_postings_", shift)
                    id_ranges["row_terms_"], id_ranges["row_counts_"] = ranges
                else:
                    id_ranges["row_terms_"] = data.id_range(f"{name}.row_terms_")
                fields[name] = (terms, n_rows, arrays, id_ranges)
            return empty.restore(
                docs,
                data["row_doc"],
                RowTexts(data.read("row_text").tobytes(), data.read("row_offsets")),
                fields,
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
        struct.error,
        UnicodeDecodeError,
        json.JSONDecodeError,
    ) as exc:
        raise StaleIndex(f"the file is damaged ({exc.__class__.__name__})") from None
