"""Sealed streams: a file encrypted in fixed-size authenticated chunks.

One format serves two purposes: a `.caseapp.enc` (a `.caseapp.zip` sealed for
travel with a passphrase, key derived with Argon2id) and, in an encrypted data
directory, each stored evidence file (sealed with a key derived from the data
directory's data key). The layout (docs/format.md, "The encrypted container"):

    header (authenticated, never encrypted)
      magic        8 bytes  b"CASEAPP\\x1a"
      version      1 byte   1
      kdf          1 byte   0 = raw key (evidence), 1 = Argon2id (passphrase)
      [kdf = 1:    time_cost u32, memory_cost KiB u32, parallelism u8,
                   salt 16 bytes]
      nonce        16 bytes random, per file
      chunk_size   u32      plaintext bytes per chunk (65536)
    body
      chunk 0 .. n-1: ChaCha20-Poly1305(file_key, nonce_i, plaintext_i, aad=header)

``file_key = HKDF-SHA256(key, salt=nonce, info=b"caseapp sealed v1")``,
where ``key`` is the Argon2id output (32 bytes) or the raw key. The chunk
nonce (12 bytes) is the chunk's index as an 11-byte big-endian counter and one
flag byte, 1 for the last chunk and 0 for every other (the STREAM construction
of ``age``). Every chunk holds exactly ``chunk_size`` plaintext bytes except
the last, which holds 1..chunk_size (0 only when the whole plaintext is
empty). So a chunk moved, dropped, repeated or changed fails to authenticate,
and a file cut at a chunk boundary has no chunk marked last.

`SealedReader` is seekable: it decrypts the chunk a read falls in, so a
`zipfile.ZipFile` can read a `.caseapp.enc` without a plaintext copy, and a
4 GiB evidence file streams in constant memory. Opening it checks the header
and authenticates the last chunk (the length) before any byte is returned.
"""

from __future__ import annotations

import contextlib
import hmac
import io
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"CASEAPP\x1a"
VERSION = 1
KDF_RAW = 0
KDF_ARGON2ID = 1
CHUNK_SIZE = 64 * 1024
TAG = 16
NONCE_LEN = 16
SALT_LEN = 16
KEY_LEN = 32
INFO = b"caseapp sealed v1"
# Argon2id for a passphrase: RFC 9106's second recommended option (64 MiB, t=3).
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 1
_MAX_MEMORY_KIB = 4 * 1024 * 1024  # a header asking for more is refused, not obeyed
_MAX_TIME = 64


class SealedError(ValueError):
    """Not a sealed file, a wrong key or passphrase, or a damaged file.
    ``code``: ``not_sealed``, ``bad_header``, ``wrong_key`` (the first chunk
    read fails: a wrong key, or the file was changed) or ``damaged``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Argon2Params:
    time_cost: int = ARGON2_TIME
    memory_kib: int = ARGON2_MEMORY_KIB
    parallelism: int = ARGON2_PARALLELISM


def argon2id(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    """The 32-byte Argon2id key of a passphrase (UTF-8) and salt."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )


@dataclass(frozen=True, slots=True)
class Header:
    kdf: int
    nonce: bytes
    chunk_size: int
    params: Argon2Params | None = None
    salt: bytes | None = None

    def encode(self) -> bytes:
        out = MAGIC + bytes([VERSION, self.kdf])
        if self.kdf == KDF_ARGON2ID:
            assert self.params is not None and self.salt is not None
            p = self.params
            out += struct.pack(">IIB", p.time_cost, p.memory_kib, p.parallelism) + self.salt
        return out + self.nonce + struct.pack(">I", self.chunk_size)


def read_header(stream: IO[bytes]) -> Header:
    head = stream.read(10)
    if len(head) < 10 or head[:8] != MAGIC:
        raise SealedError("not_sealed")
    if head[8] != VERSION or head[9] not in (KDF_RAW, KDF_ARGON2ID):
        raise SealedError("bad_header")
    params = salt = None
    if head[9] == KDF_ARGON2ID:
        raw = stream.read(9 + SALT_LEN)
        if len(raw) != 9 + SALT_LEN:
            raise SealedError("bad_header")
        t, m, p = struct.unpack(">IIB", raw[:9])
        if not (1 <= t <= _MAX_TIME and 8 * p <= m <= _MAX_MEMORY_KIB and 1 <= p <= 16):
            raise SealedError("bad_header")
        params, salt = Argon2Params(t, m, p), raw[9:]
    rest = stream.read(NONCE_LEN + 4)
    if len(rest) != NONCE_LEN + 4:
        raise SealedError("bad_header")
    (chunk_size,) = struct.unpack(">I", rest[NONCE_LEN:])
    if not 16 <= chunk_size <= 16 * 1024 * 1024:
        raise SealedError("bad_header")
    return Header(head[9], rest[:NONCE_LEN], chunk_size, params, salt)


def _file_key(key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    derived = HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=nonce, info=INFO).derive(key)
    return ChaCha20Poly1305(derived)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def raw_header(chunk_size: int = CHUNK_SIZE) -> Header:
    return Header(KDF_RAW, os.urandom(NONCE_LEN), chunk_size)


def passphrase_header(params: Argon2Params | None = None) -> Header:
    return Header(
        KDF_ARGON2ID,
        os.urandom(NONCE_LEN),
        CHUNK_SIZE,
        params or Argon2Params(),
        os.urandom(SALT_LEN),
    )


def header_key(header: Header, key: bytes | None = None, passphrase: str | None = None) -> bytes:
    """The key a header's chunks are sealed under: the raw key, or Argon2id of
    the passphrase with the header's parameters."""
    if header.kdf == KDF_RAW:
        if key is None:
            raise SealedError("wrong_key")
        return key
    if passphrase is None:
        raise SealedError("wrong_key")
    assert header.params is not None and header.salt is not None
    return argon2id(passphrase.encode("utf-8"), header.salt, header.params)


def sealed_size(plain_size: int, header_len: int, chunk_size: int = CHUNK_SIZE) -> int:
    chunks = max(1, -(-plain_size // chunk_size))
    return header_len + plain_size + chunks * TAG


class SealedWriter(io.RawIOBase):
    """Write plaintext; the sealed bytes go to ``out``. ``close()`` seals the
    last chunk (and does not close ``out``). Not seekable: ``zipfile`` then
    writes data descriptors, as it does for any stream."""

    def __init__(self, out: IO[bytes], key: bytes, header: Header) -> None:
        super().__init__()
        self._out = out
        self._header = header.encode()
        self._aead = _file_key(key, header.nonce)
        self._chunk = header.chunk_size
        self._buf = bytearray()
        self._index = 0
        self._written = 0
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._written

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed SealedWriter")
        view = memoryview(data).cast("B")
        self._buf += view
        self._written += len(view)
        # keep at least one byte back: the last chunk is sealed only at close
        while len(self._buf) > self._chunk:
            self._seal(bytes(self._buf[: self._chunk]), last=False)
            del self._buf[: self._chunk]
        return len(view)

    def _seal(self, plain: bytes, *, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._index, last), plain, self._header))
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buf), last=True)
            self._buf.clear()
        super().close()


class SealedReader(io.RawIOBase):
    """A seekable, read-only view of a sealed file's plaintext."""

    def __init__(
        self,
        raw: IO[bytes],
        key: bytes | None = None,
        passphrase: str | None = None,
        *,
        close_raw: bool = True,
    ) -> None:
        super().__init__()
        self._raw = raw
        self._close_raw = close_raw
        try:
            header = read_header(raw)
            self._header = header.encode()
            self._aead = _file_key(header_key(header, key, passphrase), header.nonce)
            self._chunk = header.chunk_size
            self._body = len(self._header)
            total = raw.seek(0, io.SEEK_END) - self._body
            step = self._chunk + TAG
            self._count = max(1, -(-total // step))
            last_len = total - (self._count - 1) * step
            if total < TAG or last_len < TAG or (self._count > 1 and last_len == TAG):
                raise SealedError("damaged")
            self._size = total - self._count * TAG
            self._pos = 0
            self._cached: tuple[int, bytes] | None = None
            # The first chunk tells a wrong key from damage; the last checks the length.
            self._plain(0, wrong_key=True)
            self._plain(self._count - 1)
        except BaseException:
            if close_raw:
                raw.close()
            raise

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _plain(self, index: int, *, wrong_key: bool = False) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        step = self._chunk + TAG
        self._raw.seek(self._body + index * step)
        sealed = self._raw.read(step)
        last = index == self._count - 1
        try:
            plain = self._aead.decrypt(_nonce(index, last), sealed, self._header)
        except InvalidTag:
            raise SealedError("wrong_key" if wrong_key else "damaged") from None
        self._cached = (index, plain)
        return plain

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            index, offset = divmod(self._pos, self._chunk)
            plain = self._plain(index)
            piece = plain[offset : offset + len(view) - done]
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._pos += len(piece)
        return done

    def close(self) -> None:
        if not self.closed and self._close_raw:
            self._raw.close()
        super().close()


def open_sealed(
    path: os.PathLike[str] | str, key: bytes | None = None, passphrase: str | None = None
) -> io.BufferedReader:
    """A buffered, seekable plaintext reader of a sealed file."""
    return io.BufferedReader(SealedReader(open(path, "rb"), key, passphrase), CHUNK_SIZE)


def is_sealed(path: os.PathLike[str] | str) -> bool:
    try:
        with open(path, "rb") as fh:
            return hmac.compare_digest(fh.read(len(MAGIC)), MAGIC)
    except OSError:
        return False


@contextlib.contextmanager
def decrypted_copy(path: os.PathLike[str] | str, passphrase: str) -> Iterator[Path]:
    """The plaintext of a sealed file as a readable path, for readers that
    open a path (the case-file reader). On Linux an unnamed temporary file
    (``O_TMPFILE``: it has no name and vanishes with the process, even when
    killed) reached through ``/proc/self/fd``; elsewhere a file in a private
    temporary directory, removed on leaving. Raises SealedError (nothing is
    left behind) for a wrong passphrase or a damaged file."""
    with open_sealed(path, passphrase=passphrase) as src:
        directory = tempfile.mkdtemp(prefix="caseapp-enc-")
        try:
            with tempfile.TemporaryFile(dir=directory) as tmp:
                _copy_checked(src, tmp)
                tmp.flush()
                proc = Path(f"/proc/self/fd/{tmp.fileno()}")
                if proc.exists() and os.name == "posix":
                    yield proc
                    return
            named = Path(directory) / "case.caseapp.zip"
            with open(named, "wb") as out:
                src.seek(0)
                _copy_checked(src, out)
            yield named
        finally:
            shutil.rmtree(directory, ignore_errors=True)


def _copy_checked(src: IO[bytes], dst: IO[bytes]) -> None:
    while chunk := src.read(CHUNK_SIZE):
        dst.write(chunk)
