"""The installer scripts, the release workflow and the bundle rules, checked without building."""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.support.bundle import PACKAGING, ROOT
from wellbeing_app import APP_ID, __version__
from wellbeing_app.platform.autostart.autostart_backend import AUTOSTART_ID
from wellbeing_app.platform.autostart.windows_app_id import APP_USER_MODEL_ID
from wellbeing_app.platform.autostart.windows_run_key import RUN_KEY, VALUE_NAME

import bundle_rules

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ISS = (PACKAGING / "windows" / "BetweenCalls.iss").read_text(encoding="utf-8")


# --- the release workflow ------------------------------------------------------------------------

def test_release_workflow_matches_the_github_workflow_schema() -> None:
    tool = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run([str(tool), "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _jobs() -> dict[str, dict[str, Any]]:  # parsed YAML
    document = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    jobs: dict[str, dict[str, Any]] = document["jobs"]
    return jobs


@pytest.mark.parametrize("job", ["linux", "windows", "macos"])
def test_every_build_job_smoke_tests_and_uploads(job: str) -> None:
    steps = _jobs()[job]["steps"]
    assert isinstance(steps, list)
    runs = " ".join(str(step.get("run", "")) for step in steps)
    assert "--require-hashes -r packaging/locks/" in runs, "the platform's hashed lock file"
    assert "pip install --no-deps . " in runs, "runtime dependencies only, not the dev extras"
    assert "packaging/build.py" in runs
    assert "self-test" in runs
    assert any(str(step.get("uses", "")).startswith("actions/upload-artifact@") for step in steps)


def test_signing_runs_only_when_its_secrets_exist() -> None:
    for job in _jobs().values():
        for step in job["steps"]:
            text = str(step.get("env", "")) + str(step.get("run", ""))
            if "secrets." in text and "PASSWORD" in text:
                assert str(step.get("if", "")).startswith("env.HAS_"), step.get("name")


def test_macos_builds_each_architecture_on_its_own_runner() -> None:
    matrix = _jobs()["macos"]["strategy"]["matrix"]["include"]
    assert {(row["runner"], row["arch"]) for row in matrix} == {("macos-15", "arm64"),
                                                               ("macos-15-intel", "x86_64")}


def test_every_action_is_pinned_by_commit() -> None:
    uses = re.findall(r"uses: (\S+)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action


def test_windows_signs_every_binary_the_installers_and_publishes_checksums() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    sign = (PACKAGING / "windows" / "sign.ps1").read_text(encoding="utf-8")
    assert '".exe", ".dll", ".pyd", ".msi"' in sign and "verify /pa" in sign
    assert "/dlib" in sign and "/pfx" not in text.lower() and ".pfx" not in text.lower()
    assert "sign.ps1 -Path dist\\BetweenCalls" in text
    assert "/DSignWith=1" in text  # Inno signs the uninstaller too
    assert "SHA256SUMS" in text


def test_linux_release_builds_on_the_glibc_floor() -> None:
    linux = _jobs()["linux"]
    assert linux["container"] == "almalinux:9"  # glibc 2.34
    assert bundle_rules.GLIBC_MINIMUM == "2.34"
    install = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    assert f"NEED_GLIBC={bundle_rules.GLIBC_MINIMUM}" in install


# --- Windows installer ---------------------------------------------------------------------------

def _define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]*)"', ISS, re.MULTILINE)
    assert match, name
    return match.group(1)


def test_inno_setup_installs_per_user_or_per_machine() -> None:
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.MULTILINE)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=commandline dialog$", ISS, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{autopf\}", ISS, re.MULTILINE)
    assert re.search(r"^Root: HKA; Subkey:", ISS, re.MULTILINE)  # HKLM when per machine
    assert "/ALLUSERS" in ISS and "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART" in ISS


def test_inno_setup_signs_the_uninstaller_when_signing() -> None:
    assert re.search(r"^#ifdef SignWith\nSignTool=signtool\nSignedUninstaller=yes\n#endif$", ISS,
                     re.MULTILINE)


def test_inno_setup_shortcut_carries_the_apps_user_model_id() -> None:
    assert _define("AppUserModelID") == APP_USER_MODEL_ID
    assert 'AppUserModelID: "{#AppUserModelID}"' in ISS


def test_inno_setup_start_at_login_is_the_value_the_app_toggles() -> None:
    assert _define("RunValueName") == VALUE_NAME
    assert f'Subkey: "{RUN_KEY}"' in ISS
    assert re.search(r"^Name: \"autostart\";", ISS, re.MULTILINE)
    assert "Tasks: autostart" in ISS


def test_inno_setup_keeps_data_unless_asked() -> None:
    assert _define("DataDir") == "{localappdata}\\" + APP_ID
    assert "RemoveDataCheckBox.Checked := RemoveData;" in ISS
    assert "if (CurUninstallStep = usPostUninstall) and RemoveData then" in ISS


def test_inno_setup_packs_the_bundle_the_spec_builds() -> None:
    assert f'Source: "..\\..\\dist\\{bundle_rules.BUNDLE_NAME}\\*"' in ISS
    assert f'#define AppExe "{bundle_rules.GUI_EXECUTABLE}.exe"' in ISS


# --- macOS ---------------------------------------------------------------------------------------

def test_mac_app_is_a_menu_bar_app_with_our_bundle_id() -> None:
    info = bundle_rules.mac_info_plist(__version__)
    assert info["LSUIElement"] is True
    assert info["LSBackgroundOnly"] is False
    assert info["CFBundleIdentifier"] == AUTOSTART_ID == bundle_rules.BUNDLE_ID
    assert info["LSMinimumSystemVersion"] == "13.0"  # PySide6's macosx_13_0 wheels
    assert plistlib.loads(plistlib.dumps(info)) == info


def test_mac_entitlements_relax_only_what_python_needs() -> None:
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


@pytest.mark.parametrize("script", ["linux/install.sh", "macos/sign_and_notarize.sh",
                                    "macos/make_dmg.sh"])
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(["sh", "-n", str(PACKAGING / script)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    if shutil.which("shellcheck"):
        checked = subprocess.run(["shellcheck", "-s", "sh", str(PACKAGING / script)],
                                 capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stdout


# --- bundle rules --------------------------------------------------------------------------------

@pytest.mark.parametrize(("dest", "dropped"), [
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
    ("PySide6\\Qt6Qml.dll", True),
    ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/lib/libQt6Multimedia.so.6", False),
    ("resources/content/calls.toml", False),
])
def test_slimming_drops_exactly_the_unused_parts(dest: str, dropped: bool) -> None:
    assert bundle_rules.is_dropped(dest) is dropped


def test_pruning_removes_libraries_only_dropped_parts_linked() -> None:
    links = {"plugin.so": frozenset({"libQt6Quick.so.6"}),
             "libQt6Quick.so.6": frozenset({"libQt6Qml.so.6"}),
             "app.abi3.so": frozenset({"libQt6Core.so.6"}),
             "libQt6Qml.so.6": frozenset(), "libQt6Core.so.6": frozenset(),
             "libctypes_only.so.1": frozenset()}
    original = [(name, name, "BINARY") for name in links]
    kept = [entry for entry in original if entry[0] != "plugin.so"]
    pruned = bundle_rules.prune_orphans(original, kept, needed=lambda source: links[source])
    assert [entry[0] for entry in pruned] == ["app.abi3.so", "libQt6Core.so.6",
                                              "libctypes_only.so.1"]


# --- icons ---------------------------------------------------------------------------------------

def test_icon_set_renders_png_ico_and_icns_that_qt_can_read(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QImageReader

    from make_icons import ICNS_TYPES, ICO_SIZES, make_icons

    make_icons(tmp_path)
    for size in (16, 256, 1024):
        image = QImage(str(tmp_path / "png" / f"{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    ico = (tmp_path / "BetweenCalls.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(ICO_SIZES))
    assert not QImage(str(tmp_path / "BetweenCalls.ico")).isNull()
    icns = (tmp_path / "BetweenCalls.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns.count(b"\x89PNG") == len(ICNS_TYPES)
    reader = QImageReader(str(tmp_path / "BetweenCalls.icns"))
    widths = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        widths.add(reader.read().width())
    assert widths == {size for _kind, size in ICNS_TYPES}


def test_windows_version_resource_is_what_pyinstaller_reads() -> None:
    """PyInstaller eval()s this text with its versioninfo classes (which need Windows' pefile)."""
    import ast

    from build import windows_version_info

    tree = ast.parse(windows_version_info("1.2.3"), mode="eval")
    calls = {node.func.id for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert calls == {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                     "StringStruct", "VarFileInfo", "VarStruct"}
    keywords = {node.arg: node.value for node in ast.walk(tree) if isinstance(node, ast.keyword)}
    assert ast.literal_eval(keywords["filevers"]) == (1, 2, 3, 0)
    strings = [ast.literal_eval(arg) for node in ast.walk(tree) if isinstance(node, ast.Call)
               and getattr(node.func, "id", "") == "StringStruct" for arg in node.args]
    assert "Between Calls" in strings
