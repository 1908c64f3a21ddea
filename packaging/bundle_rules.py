"""What the frozen bundle keeps and drops: shared by the spec, the build script and the tests.

The app imports QtCore, QtGui, QtWidgets, QtSvg and QtNetwork at start; QtCharts, QtMultimedia and
QtTextToSpeech are imported lazily by the trends and exercise windows, so they are hidden imports.
Everything else in PySide6-Addons is left out, and so are the Qt libraries that plugins drag in
(the virtual-keyboard input plugin alone pulls in Qt Quick, QML and the virtual keyboard).
"""

from __future__ import annotations

import fnmatch
import functools
import subprocess
from collections.abc import Callable, Iterable

APP_NAME = "Between Calls"
#: The one-folder bundle's directory and the windowed executable inside it.
BUNDLE_NAME = "BetweenCalls"
GUI_EXECUTABLE = "BetweenCalls"
#: The console executable: same program, prints CLI output on every OS (Windows included).
CLI_EXECUTABLE = "wellbeing"
BUNDLE_ID = "org.betweencalls.BetweenCalls"
#: The oldest macOS the bundled wheels run on: PySide6 6.11 ships only macosx_13_0_universal2
#: wheels (cryptography's are macosx_10_9/11_0), so the app cannot start below macOS 13.
MACOS_MINIMUM = "13.0"
#: The oldest glibc the Linux bundle runs on: PySide6 6.11 and cryptography 50 are
#: manylinux_2_34 wheels, and the release builds on AlmaLinux 9 (glibc 2.34).
GLIBC_MINIMUM = "2.34"


def mac_info_plist(version: str) -> dict[str, object]:
    """Info.plist keys for the macOS .app: a menu-bar app with no Dock icon (``LSUIElement``)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSUIElement": True,
        # WORKAROUND: BUNDLE inherits console=True from the last EXE in COLLECT (the CLI) and then
        # sets LSBackgroundOnly, which would forbid any UI, even the menu-bar icon.
        "LSBackgroundOnly": False,
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.healthcare-fitness",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "The Between Calls contributors. MIT licence.",
    }

QT_MODULES_USED = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtNetwork",
    "QtCharts",
    "QtMultimedia",
    "QtTextToSpeech",
)

HIDDEN_IMPORTS = tuple(f"PySide6.{name}" for name in QT_MODULES_USED)

#: Python modules never to analyse (each would otherwise drag its Qt libraries in).
EXCLUDED_MODULES = (
    "tkinter",
    "unittest",
    "pydoc",
    "PySide6.scripts",
    "PySide6.QtAsyncio",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtSpatialAudio",
    "PySide6.QtCanvasPainter",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures",
)

#: Bundle paths (glob, matched against the destination path with ``/``) to drop after analysis.
DROPPED_PATTERNS = (
    "*libQt6Quick*",
    "*libQt6Qml*",
    "*libQt6VirtualKeyboard*",
    "*libQt6Pdf*",
    "*libQt6WebEngine*",
    "*libQt63D*",
    "*libQt6Designer*",
    "*libQt6ShaderTools*",
    "*libQt6Graphs*",
    "*libQt6Location*",
    "*libQt6Positioning*",
    "*libQt6Sensors*",
    "*Qt6Quick*.dll",
    "*Qt6Qml*.dll",
    "*Qt6VirtualKeyboard*.dll",
    "*Qt6Pdf*.dll",
    "*Qt6WebEngine*.dll",
    "*QtQuick*.framework*",
    "*QtQml*.framework*",
    "*QtVirtualKeyboard*.framework*",
    "*QtPdf*.framework*",
    "*/plugins/platforminputcontexts/*virtualkeyboard*",
    "*/plugins/qmltooling/*",
    "*/plugins/scenegraph/*",
    "*/plugins/imageformats/*pdf*",
    # WORKAROUND: Qt's FFmpeg media plugin links Qt Quick and QML (+35 MB with libav*). Audio cues
    # (QSoundEffect, QAudioSink) and QTextToSpeech work without it; only QMediaPlayer needs it.
    "*/plugins/multimedia/*ffmpeg*",
    "*avcodec*",
    "*avformat*",
    "*avutil*",
    "*swresample*",
    "*swscale*",
    # Embedded-device platforms and input, and network plugins for an app with no network code.
    "*/plugins/platforms/*eglfs*",
    "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/platforms/*minimalegl*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/generic/*",
    "*/plugins/networkinformation/*",
    "*/plugins/tls/*",
    "*libQt6FFmpegStub*",
    "*libQt6EglFS*",
    "*libQt6EglFs*",
    # WORKAROUND: the GTK3 platform theme links the system GTK; bundling half of GTK's stack
    # (glib, cairo, pango) next to a different system GTK crashes on some distributions.
    "*/plugins/platformthemes/*gtk3*",
    "*/qml/*",
    "*/translations/qtwebengine*",
    "*/translations/qt_help*",
    "*/translations/qtdeclarative*",
    "*/translations/designer*",
    "*/translations/linguist*",
    "*/translations/assistant*",
)

#: Libraries that must not be in the bundle: proof that the slimming worked.
FORBIDDEN_LIBRARIES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6VirtualKeyboard",
    "Qt6Pdf",
    "Qt6WebEngine",
    "Qt63D",
    "avcodec",
)


def is_dropped(dest_name: str) -> bool:
    """True when a bundle entry matches one of ``DROPPED_PATTERNS``."""
    path = "/" + dest_name.replace("\\", "/")
    return any(fnmatch.fnmatch(path, pattern) for pattern in DROPPED_PATTERNS)


def slim(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unused Qt parts from a PyInstaller TOC of ``(dest, source, kind)`` entries."""
    return [entry for entry in entries if not is_dropped(entry[0])]


def elf_needed(path: str) -> frozenset[str]:
    """The ``DT_NEEDED`` sonames of one ELF file (``objdump`` comes with binutils, which
    PyInstaller needs on Linux anyway); empty for anything that is not ELF."""
    with open(path, "rb") as handle:
        if handle.read(4) != b"\x7fELF":
            return frozenset()
    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return frozenset(
        line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")
    )


def _basename(dest_name: str) -> str:
    return dest_name.replace("\\", "/").rsplit("/", 1)[-1]


def _users(entries: Iterable[tuple[str, str, str]],
           needed: Callable[[str], frozenset[str]]) -> dict[str, set[str]]:
    """Soname → the bundle entries that link it."""
    users: dict[str, set[str]] = {}
    for dest, source, _kind in entries:
        for soname in needed(source):
            users.setdefault(soname, set()).add(dest)
    return users


def prune_orphans(original: list[tuple[str, str, str]], kept: list[tuple[str, str, str]],
                  needed: Callable[[str], frozenset[str]] = elf_needed,
                  ) -> list[tuple[str, str, str]]:
    """Drop shared libraries that only dropped entries linked.

    A library that nothing linked in the first place (found through ``ctypes``, or listed by a
    hook) is kept: only PyInstaller's own link analysis is undone, never a deliberate choice.
    """
    needed = functools.cache(needed)
    linked_before = set(_users(original, needed))
    result = list(kept)
    while True:
        users = _users(result, needed)
        orphans = {dest for dest, _source, _kind in result
                   if _basename(dest) in linked_before and _basename(dest) not in users
                   and _is_plain_library(dest)}
        if not orphans:
            return result
        result = [entry for entry in result if entry[0] not in orphans]


def _is_plain_library(dest_name: str) -> bool:
    """A shared library, not a Python extension module or a Qt plugin loaded by name."""
    name = dest_name.replace("\\", "/")
    return ".so" in _basename(name) and "/plugins/" not in name and "abi3" not in name \
        and "cpython" not in name


#: Libraries a Linux desktop provides and PyInstaller deliberately leaves to it (glibc, the GPU
#: driver's GL/EGL, the display server's client libraries, and the sound and speech daemons).
HOST_LIBRARIES = frozenset({
    "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libc.so.6", "libdl.so.2", "libm.so.6",
    "libpthread.so.0", "librt.so.1", "libresolv.so.2", "libutil.so.1",
    "libGL.so.1", "libEGL.so.1", "libOpenGL.so.0", "libGLX.so.0",
    "libxcb.so.1", "libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1",
    "libpulse.so.0", "libspeechd.so.2",
})
