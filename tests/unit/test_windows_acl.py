"""The Windows ACL check reads ``icacls`` output (sampled from real machines) without Windows."""

from __future__ import annotations

from pathlib import Path

from wellbeing_app.platform.windows_acl import broad_grants, data_folder_acl_problems

PER_USER = """C:\\Users\\sam\\AppData\\Local\\BetweenCalls NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)
                                      BUILTIN\\Administrators:(I)(OI)(CI)(F)
                                      DESKTOP-7\\sam:(I)(OI)(CI)(F)

Successfully processed 1 files; Failed processing 0 files
"""

SHARED = """D:\\Shared\\BetweenCalls BUILTIN\\Administrators:(I)(OI)(CI)(F)
                      NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)
                      BUILTIN\\Users:(I)(OI)(CI)(RX)
                      NT AUTHORITY\\Authenticated Users:(I)(M)
                      Everyone:(DENY)(W)

Successfully processed 1 files; Failed processing 0 files
"""


def test_the_default_local_appdata_acl_is_per_user() -> None:
    assert broad_grants(PER_USER) == []


def test_a_folder_users_can_read_is_reported_but_a_deny_is_not() -> None:
    assert broad_grants(SHARED) == ["BUILTIN\\Users", "NT AUTHORITY\\Authenticated Users"]


def test_the_check_runs_only_on_windows_and_reports_each_grant() -> None:
    folder = Path("D:/Shared/BetweenCalls")
    assert data_folder_acl_problems(folder, lambda _argv: SHARED, platform="linux") == []
    problems = data_folder_acl_problems(folder, lambda _argv: SHARED, platform="win32")
    assert len(problems) == 2 and all("only you should have access" in p for p in problems)


def test_an_unreadable_acl_is_a_problem_not_a_crash() -> None:
    def fail(_argv: list[str]) -> str:
        raise OSError("icacls not found")

    problems = data_folder_acl_problems(Path("C:/x"), fail, platform="win32")
    assert problems == ["privacy: cannot read the access list of C:/x: icacls not found"]
