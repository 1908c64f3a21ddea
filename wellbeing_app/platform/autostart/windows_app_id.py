"""Windows: the AppUserModelID that ties the running app to its Start-menu shortcut."""

from __future__ import annotations

import sys

from wellbeing_app import APP_DESKTOP_ID as AUTOSTART_ID

#: packaging/windows/BetweenCalls.iss puts the same id on the Start-menu shortcut; Windows shows
#: toast notifications only for an id that a shortcut carries.
APP_USER_MODEL_ID = AUTOSTART_ID


def set_app_user_model_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Claim the id for this process (call before the first window); False off Windows."""
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)) == 0
    return False
