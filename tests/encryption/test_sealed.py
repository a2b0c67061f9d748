"""The sealed-stream format (casefile/sealed.py): round trips of every size
around the chunk boundary, and every way to tamper with a file refused."""

from __future__ import annotations

import io
import os

import pytest

from caseapp.casefile import sealed
from caseapp.casefile.sealed import CHUNK_SIZE, TAG, SealedError, SealedReader, SealedWriter

KEY = bytes(range(32))
FAST = sealed.Argon2Params(time_cost=1, memory_kib=64, parallelism=1)


def _seal(data: bytes, header: sealed.Header | None = None, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    writer = SealedWriter(out, key, header or sealed.raw_header())
    for start in range(0, len(data), 10_000):  # writes that straddle chunks
        writer.write(data[start : start + 10_000])
    writer.close()
    return out.getvalue()


def _open(blob: bytes, key: bytes = KEY) -> bytes:
    return io.BufferedReader(SealedReader(io.BytesIO(blob), key)).read()


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, 200_000]
)
def test_round_trip_and_size(size: int) -> None:
    data = os.urandom(size)
    header = sealed.raw_header()
    blob = _seal(data, header)
    # chunks: max(1, ceil(size / 65536)); each adds a 16-byte tag
    assert len(blob) == len(header.encode()) + size + max(1, -(-size // CHUNK_SIZE)) * TAG
    assert len(blob) == sealed.sealed_size(size, len(header.encode()))
    assert _open(blob) == data


def test_random_access() -> None:
    data = os.urandom(5 * CHUNK_SIZE + 123)
    reader = SealedReader(io.BytesIO(_seal(data)), KEY)
    for pos in (0, CHUNK_SIZE - 3, 2 * CHUNK_SIZE, len(data) - 5):
        reader.seek(pos)
        assert reader.read(10) == data[pos : pos + 10]
    assert reader.size == len(data)


def _chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    header_len = len(sealed.read_header(io.BytesIO(blob)).encode())
    body = blob[header_len:]
    step = CHUNK_SIZE + TAG
    return blob[:header_len], [body[i : i + step] for i in range(0, len(body), step)]


def test_tampering_is_refused() -> None:
    data = os.urandom(3 * CHUNK_SIZE + 10)  # four chunks
    blob = _seal(data)
    head, chunks = _chunks(blob)
    assert len(chunks) == 4
    attempts = {
        "dropped last": head + b"".join(chunks[:3]),  # cut at a chunk boundary
        "dropped middle": head + chunks[0] + chunks[2] + chunks[3],
        "swapped": head + chunks[0] + chunks[2] + chunks[1] + chunks[3],
        "repeated": head + chunks[0] + chunks[0] + chunks[2] + chunks[3],
        "truncated": blob[:-1],
        "one bit": blob[:100] + bytes([blob[100] ^ 1]) + blob[101:],
        "header nonce": blob[:12] + bytes([blob[12] ^ 1]) + blob[13:],
        "extra chunk": blob + chunks[1],
    }
    for name, bad in attempts.items():
        with pytest.raises(SealedError):
            _open(bad)
            pytest.fail(name)
    with pytest.raises(SealedError):
        _open(blob, key=bytes(32))  # wrong key
    with pytest.raises(SealedError) as caught:
        _open(b"PK\x03\x04 not sealed")
    assert caught.value.code == "not_sealed"


def test_passphrase_header() -> None:
    header = sealed.passphrase_header(FAST)
    key = sealed.header_key(header, passphrase="correct horse")
    blob = _seal(b"a zip", header, key)
    reader = SealedReader(io.BytesIO(blob), passphrase="correct horse")
    assert reader.read() == b"a zip"
    with pytest.raises(SealedError) as caught:
        SealedReader(io.BytesIO(blob), passphrase="wrong horse")
    assert caught.value.code == "wrong_key"
    # the KDF parameters are authenticated too (header is every chunk's AAD)
    changed = blob[:11] + bytes([blob[11] ^ 1]) + blob[12:]  # time_cost 1 -> ...
    with pytest.raises(SealedError):
        SealedReader(io.BytesIO(changed), passphrase="correct horse")


def test_absurd_kdf_parameters_refused_before_any_work() -> None:
    header = sealed.Header(
        sealed.KDF_ARGON2ID,
        os.urandom(16),
        CHUNK_SIZE,
        sealed.Argon2Params(1, 2**31, 1),
        os.urandom(16),
    )
    with pytest.raises(SealedError) as caught:
        SealedReader(io.BytesIO(header.encode() + os.urandom(40)), passphrase="x")
    assert caught.value.code == "bad_header"


def test_cli_recognises_the_magic_without_loading_cryptography() -> None:
    from pathlib import Path
    from tempfile import TemporaryDirectory

    from caseapp.cli.context import is_sealed_file

    with TemporaryDirectory() as tmp:
        path = Path(tmp) / "case"
        path.write_bytes(_seal(b"zip"))
        assert is_sealed_file(path)
        path.write_bytes(b"PK\x03\x04")
        assert not is_sealed_file(path)


def test_the_reader_in_docs_format_md_reads_a_caseapp_enc(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """docs/format.md's short reader, run as written on a sealed zip."""
    import subprocess
    import sys
    import zipfile
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "format.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Sealed streams") :]
    script = section.split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "reader.py").write_text(script, encoding="utf-8")
    zipped = tmp_path / "inner.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("case.json", "{}" * 70_000)  # more than two chunks
    header = sealed.passphrase_header(FAST)
    key = sealed.header_key(header, passphrase="pass phrase")
    enc = tmp_path / "x.caseapp.enc"
    enc.write_bytes(_seal(zipped.read_bytes(), header, key))
    done = subprocess.run(
        [sys.executable, str(tmp_path / "reader.py"), str(enc), "pass phrase"],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == zipped.read_bytes()
