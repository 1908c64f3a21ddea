"""The journal uses WAL on local disks and the rollback journal on network file systems."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from wellbeing_app.store import journal as journal_module
from wellbeing_app.store import network_folder
from wellbeing_app.store.journal import Journal
from wellbeing_app.store.network_folder import mount_types, type_of

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /home rw,relatime shared:20 - nfs4 fileserver:/home rw,vers=4.2
41 40 0:36 / /home/agent\\040one/local rw - ext4 /dev/sdb1 rw
42 22 0:37 / /mnt/team rw - cifs //fs/team rw,vers=3.1.1
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/var/lib/x", "ext4"),
    ("/home/agent/.local/share/BetweenCalls", "nfs4"),
    ("/home/agent one/local/BetweenCalls", "ext4"),
    ("/mnt/team/data", "cifs"),
    ("/mnt/teamwork", "ext4"),
])
def test_the_longest_mount_point_decides(path: str, kind: str) -> None:
    assert type_of(path, mount_types(MOUNTINFO)) == kind


def test_this_machines_tmp_is_local(tmp_path: Path) -> None:
    assert network_folder.journal_mode_for(tmp_path) == "WAL"


def test_journal_on_a_network_share_uses_the_rollback_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_module, "journal_mode_for", lambda _folder: "DELETE")
    Journal.open(tmp_path / "between-calls.db").close()
    with closing(sqlite3.connect(tmp_path / "between-calls.db")) as reader:
        mode = reader.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "delete"  # WAL would be recorded in the file and reported here
    assert not (tmp_path / "between-calls.db-wal").exists()


def test_journal_on_a_local_disk_uses_wal(tmp_path: Path) -> None:
    Journal.open(tmp_path / "between-calls.db").close()
    with closing(sqlite3.connect(tmp_path / "between-calls.db")) as reader:
        assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_macos_mount_listing() -> None:
    listing = ["/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)",
               "//agent@fs.example.com/home on /Volumes/home (smbfs, nodev, nosuid, mounted by a)"]
    mounts = network_folder._mac_mounts(listing)
    assert type_of("/Volumes/home/BetweenCalls", mounts) == "smbfs"
    assert type_of("/Users/agent", mounts) == "apfs"
