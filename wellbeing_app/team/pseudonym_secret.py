"""The agent's local pseudonym secret: 32 random bytes, owner-only, made on first sealed share."""

from __future__ import annotations

import secrets
from pathlib import Path

from wellbeing_app.domain.team.pseudonym import SECRET_BYTES
from wellbeing_app.team.key_files import create_private, read_private

SECRET_FILENAME = "team-pseudonym-secret.key"


def secret_path(data_dir: Path) -> Path:
    """Where the secret lives (beside the signing key)."""
    return data_dir / SECRET_FILENAME


def load_secret(data_dir: Path) -> bytes | None:
    """The secret, or ``None`` when there is none (or it is damaged: a new one is made then)."""
    path = secret_path(data_dir)
    if not path.is_file():
        return None
    raw = bytes.fromhex(read_private(path).decode("ascii", "replace").strip() or "00")
    return raw if len(raw) == SECRET_BYTES else None


def load_or_create_secret(data_dir: Path) -> bytes:
    """Load the secret, making it on first use."""
    existing = _safe_load(data_dir)
    if existing is not None:
        return existing
    secret_path(data_dir).unlink(missing_ok=True)  # a damaged one
    fresh = secrets.token_bytes(SECRET_BYTES)
    create_private(secret_path(data_dir), fresh.hex() + "\n")
    return fresh


def _safe_load(data_dir: Path) -> bytes | None:
    try:
        return load_secret(data_dir)
    except (OSError, ValueError):
        return None


def forget_secret(data_dir: Path) -> bool:
    """Delete the secret (on revoke): pseudonyms made after that cannot be tied to earlier ones."""
    path = secret_path(data_dir)
    existed = path.exists()
    path.unlink(missing_ok=True)
    return existed
