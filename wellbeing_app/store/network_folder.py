"""Is the journal's folder on a network file system? There SQLite's WAL mode is not safe.

WAL needs shared memory between every process that opens the database, which SMB/NFS shares
(roaming profiles, home drives, redirected folders on VDI) cannot give; SQLite's rollback journal
works wherever file locking does. So the journal uses WAL on local disks only.
"""

from __future__ import annotations

import ntpath
import os
import sys
from collections.abc import Iterable
from pathlib import Path

#: File system types (Linux /proc, macOS statfs names) that live on another machine.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "afpfs", "9p",
    "ceph", "glusterfs", "lustre", "gpfs", "davfs", "webdav", "fuse.sshfs", "fuse.rclone",
    "fuse.glusterfs", "fuse.cephfs",
})
DRIVE_REMOTE = 4


def _unescape(field: str) -> str:
    """Mount points in /proc escape space, tab, newline and backslash as octal."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_types(mountinfo: str) -> dict[str, str]:
    """Mount point → file system type, from the text of ``/proc/self/mountinfo``."""
    found: dict[str, str] = {}
    for line in mountinfo.splitlines():
        before, _dash, after = line.partition(" - ")
        fields = before.split()
        if len(fields) >= 5 and after:
            found[_unescape(fields[4])] = after.split()[0]
    return found


def type_of(path: str, mounts: dict[str, str]) -> str:
    """The type of the mount holding ``path`` (the longest mount point that contains it)."""
    best = ""
    for point in mounts:
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best = point
    return mounts.get(best, "")


def _mac_mounts(lines: Iterable[str]) -> dict[str, str]:
    """``mount`` output on macOS: ``//user@server/share on /Volumes/x (smbfs, nodev, …)``."""
    found: dict[str, str] = {}
    for line in lines:
        _device, on, rest = line.partition(" on ")
        point, _paren, options = rest.rpartition(" (")
        if on and point and options:
            found[point] = options.split(",")[0].strip(" )")
    return found


def _mac_mount_listing() -> list[str]:
    import subprocess  # only on macOS, off the start path elsewhere

    try:
        return subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5,
                              check=False).stdout.splitlines()
    except subprocess.SubprocessError as error:
        raise OSError(str(error)) from error


def _windows_kind(path: str) -> str:
    if path.startswith(("\\\\", "//")):
        return "a network share (UNC path)"
    if sys.platform == "win32":
        import ctypes

        drive = ntpath.splitdrive(path)[0]
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE:
            return f"a network drive ({drive})"
    return ""


def network_file_system(folder: Path) -> str:
    """What network file system holds ``folder`` (e.g. "cifs"), or "" when it is local."""
    path = os.path.abspath(folder)
    if sys.platform == "win32":
        return _windows_kind(path)
    try:
        if sys.platform == "darwin":
            kind = type_of(os.path.realpath(path), _mac_mounts(_mac_mount_listing()))
        else:
            info = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
            kind = type_of(os.path.realpath(path), mount_types(info))
    except (OSError, ValueError):
        return ""
    return kind if kind in NETWORK_TYPES or kind.startswith("nfs") else ""


def journal_mode_for(folder: Path) -> str:
    """WAL on a local disk; the rollback journal (DELETE) on a network file system."""
    return "DELETE" if network_file_system(folder) else "WAL"
