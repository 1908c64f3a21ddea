"""The MSI's file list (a WiX fragment) from a built bundle folder, and a stand-in folder for tests.

Every file becomes one component whose GUID is derived from its path, so a file keeps its
component across versions (what MSI's component rules and major upgrades expect).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_rules

WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
PRODUCT_WXS = Path(__file__).resolve().parent / "windows" / "BetweenCalls.wxs"
GROUP = "BundleFiles"
_COMPONENT_NAMESPACE = uuid.UUID("a135dada-9c2e-4807-bd11-ad2bfe6e98ff")


def _ident(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha256(relative.encode("utf-8")).hexdigest()[:24]


def _add_folder(parent: ET.Element, folder: Path, root: Path, group: ET.Element) -> None:
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        relative = entry.relative_to(root).as_posix()
        if entry.is_dir():
            child = ET.SubElement(parent, "Directory", Id=_ident("d", relative), Name=entry.name)
            _add_folder(child, entry, root, group)
            continue
        component_id = _ident("c", relative)
        component = ET.SubElement(parent, "Component", Id=component_id, Win64="yes",
                                  Guid="{" + str(uuid.uuid5(_COMPONENT_NAMESPACE, relative))
                                  .upper() + "}")
        ET.SubElement(component, "File", Id=_ident("f", relative), KeyPath="yes",
                      Source="$(var.SourceDir)/" + relative)
        ET.SubElement(group, "ComponentRef", Id=component_id)


def files_fragment(bundle: Path) -> str:
    """A ``<Fragment>`` with the bundle's tree under INSTALLDIR and a ``BundleFiles`` group."""
    wix = ET.Element("Wix", xmlns=WIX_NS)
    fragment = ET.SubElement(wix, "Fragment")
    install_dir = ET.SubElement(fragment, "DirectoryRef", Id="INSTALLDIR")
    group = ET.Element("ComponentGroup", Id=GROUP)
    _add_folder(install_dir, bundle, bundle, group)
    fragment.append(group)
    ET.indent(wix, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(wix, "unicode") + "\n"


def stand_in_bundle(target: Path, resources: Path) -> Path:
    """The shape of PyInstaller's Windows one-folder output, for compiling the MSI off Windows.

    The two executables the spec builds, ``_internal`` with the interpreter, the Qt modules the
    app uses and the Windows platform plugin, and our real ``resources`` tree. The binaries are
    placeholders: only names and nesting matter to the MSI tables.
    """
    internal = target / "_internal"
    names = [f"{bundle_rules.GUI_EXECUTABLE}.exe", f"{bundle_rules.CLI_EXECUTABLE}.exe",
             "_internal/python311.dll", "_internal/base_library.zip",
             "_internal/PySide6/plugins/platforms/qwindows.dll",
             *(f"_internal/PySide6/Qt6{m.removeprefix('Qt')}.dll"
               for m in bundle_rules.QT_MODULES_USED)]
    for name in names:
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"MZ stand-in for " + name.encode())
    for source in sorted(resources.rglob("*")):
        if source.is_file():
            copy = internal / "resources" / source.relative_to(resources)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(source.read_bytes())
    return target


def compile_with_wixl(bundle: Path, output: Path, version: str) -> Path:
    """Compile BetweenCalls.wxs and the bundle's file list with wixl (msitools), off Windows.

    wixl resolves ``Source`` paths relative to its working directory, so it runs in the
    bundle's parent folder.
    """
    fragment = output.with_suffix(".files.wxs")
    fragment.write_text(files_fragment(bundle), encoding="utf-8")
    subprocess.run(["wixl", "-a", "x64", "-D", f"Version={version}", "-D",
                    f"SourceDir={bundle.name}", "-o", os.path.abspath(output), str(PRODUCT_WXS),
                    os.path.abspath(fragment)], cwd=bundle.parent, check=True,
                   capture_output=True, text=True)
    return output


if __name__ == "__main__":
    out = Path(sys.argv[2])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(files_fragment(Path(sys.argv[1])), encoding="utf-8")
    print(out)
