"""Qt Linguist catalogues: update the .ts sources, build the .qm files, make a pseudo-locale.

    python scripts/translations.py update          # pyside6-lupdate: new strings into every .ts
    python scripts/translations.py release [DIR]   # pyside6-lrelease: .qm next to the .ts (or DIR)
    python scripts/translations.py pseudo DIR      # a lengthened, accented, bracketed catalogue
    python scripts/translations.py check           # stale .ts or unfinished translations: exit 1

The .ts files under resources/i18n are the only sources kept in git; .qm files are built by
`make` (install stamp), packaging/build.py and the tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n"
CATALOGUE = "between_calls"
#: Shipped translations (Qt locale names); English is the source text plus its plural forms.
LANGUAGES = ("es", "pt_BR", "fr", "de")
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
#: Qt-free layers mark texts with ``translatable(context, text)`` (imported as ``_t``).
ALIASES = "QT_TRANSLATE_NOOP+=translatable,QT_TRANSLATE_NOOP+=_t"


def tool(name: str) -> str:
    """A PySide6 command-line tool from the running interpreter's environment."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (install PySide6)")
    return found


def sources() -> list[Path]:
    """Every Python file lupdate reads: the UI, the root, and Qt-free files that mark texts."""
    package = ROOT / "wellbeing_app"
    files = sorted(package.rglob("*.py"))
    return [f for f in files if "ui" in f.relative_to(package).parts[:1]
            or f.name in ("app.py", "launch.py") or "translatable" in f.read_text(encoding="utf-8")]


def ts_path(language: str, directory: Path = TS_DIR) -> Path:
    """The catalogue of one language."""
    return directory / f"{CATALOGUE}_{language}.ts"


def lupdate(targets: list[Path], *, plural_only: bool = False) -> None:
    """Bring ``targets`` in line with the sources (no line numbers, no obsolete entries)."""
    files = [str(f) for f in sources()]
    extra = ["-pluralonly"] if plural_only else []
    for target in targets:
        subprocess.run([tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete",
                        "-tr-function-alias", ALIASES, *extra, "-target-language",
                        target.stem.removeprefix(f"{CATALOGUE}_"), "-ts", str(target)],
                       check=True, capture_output=True)


def english_plural(source: str) -> tuple[str, str]:
    """Singular and plural of an English source written with "(s)": "%n call(s)"."""
    one = source.replace("entry(s)", "entry").replace("(s)", "")
    other = source.replace("entry(s)", "entries").replace("(s)", "s")
    return one, other


def fill_english_plurals(path: Path) -> None:
    """Give every unfinished English plural message its two forms (the rule is mechanical)."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        for form in english_plural(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type")
        translation.text = None
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def update() -> None:
    """Lupdate every shipped catalogue; the English one holds only (filled) plural forms."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(lang) for lang in LANGUAGES])
    lupdate([ts_path(SOURCE_LANGUAGE)], plural_only=True)
    fill_english_plurals(ts_path(SOURCE_LANGUAGE))
    lupdate([ts_path(SOURCE_LANGUAGE)], plural_only=True)  # back to lupdate's own layout


def release(out_dir: Path = TS_DIR, languages: tuple[str, ...] = (SOURCE_LANGUAGE, *LANGUAGES),
            ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile the .ts catalogues to .qm in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for language in languages:
        target = out_dir / f"{CATALOGUE}_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(ts_path(language, ts_dir)), "-qm",
                        str(target)], check=True, capture_output=True)
        built.append(target)
    return built


@dataclass(frozen=True)
class Message:
    """One entry of a catalogue."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "",
                                    message.findtext("comment") or "",
                                    message.get("numerus") == "yes", texts,
                                    translation.get("type") not in ("unfinished", "vanished",
                                                                    "obsolete")))
    return messages


def stale(language: str) -> list[str]:
    """Strings the code has and the .ts lacks (or the reverse), one line each."""
    committed = ts_path(language)
    if not committed.exists():
        return [f"{committed.name}: missing"]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / committed.name
        shutil.copy(committed, fresh)
        lupdate([fresh], plural_only=language == SOURCE_LANGUAGE)
        keys = {(m.context, m.source, m.comment) for m in read_ts(committed)}
        fresh_keys = {(m.context, m.source, m.comment) for m in read_ts(fresh)}
    name = committed.name
    return ([f"{name}: new string {c}/{s!r}" for c, s, _ in sorted(fresh_keys - keys)]
            + [f"{name}: unused string {c}/{s!r}" for c, s, _ in sorted(keys - fresh_keys)])


def untranslated(language: str) -> list[str]:
    """Messages of a catalogue without a finished translation (every plural form filled)."""
    return [f"{ts_path(language).name}: untranslated {m.context}/{m.source!r}"
            for m in read_ts(ts_path(language))
            if not m.finished or not all(m.translations)]


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%p|<[a-z/][^>]*>")


def mismatched_placeholders(language: str) -> list[str]:
    """Translations whose {placeholders}, %n, %p or tags differ from their source's."""
    found = []
    for message in read_ts(ts_path(language)):
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if text and sorted(PLACEHOLDER.findall(text)) != wanted and not (
                    message.numerus and sorted(PLACEHOLDER.findall(text + " %n")) == wanted):
                found.append(f"{ts_path(language).name}: {message.context}/{message.source!r} "
                             f"-> {text!r}")
    return found


def problems() -> list[str]:
    """Stale catalogues and missing translations, one line each."""
    found: list[str] = []
    for language in (SOURCE_LANGUAGE, *LANGUAGES):
        found += stale(language)
        if ts_path(language).exists():
            found += untranslated(language) + mismatched_placeholders(language)
    return found


KEEP = re.compile(r"(\{[^}]*\}|<[^>]*>|&[A-Za-z#0-9]+;|%L?n|%p|%\d)")
ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "àéîõüýÀÉÎÕÜÝçñÇÑ")


def pseudo_text(text: str) -> str:
    """Lengthened (~40 %), accented and bracketed; placeholders, tags and entities kept.

    A ``{placeholder}`` stays outside the brackets, so what fills it at run time is seen as
    it is: an English text filled into a translated sentence still counts as English.
    """
    pieces = re.split(r"(\{[^}]*\})", text)
    body = "".join(piece if index % 2 else _pseudo_words(piece) if piece else ""
                   for index, piece in enumerate(pieces))
    padding = "·" * max(2, len(text) * 2 // 5)
    return f"{body}[{padding}]"


def _pseudo_words(text: str) -> str:
    parts = KEEP.split(text)
    return "[" + "".join(part if index % 2 else part.translate(ACCENTS)
                         for index, part in enumerate(parts)) + "]"


def write_pseudo_ts(target: Path) -> Path:
    """A catalogue with every source string pseudo-translated, from the German one's entries."""
    tree = ET.parse(ts_path("de"))
    root = tree.getroot()
    root.set("language", "en_XA")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def pseudo(out_dir: Path) -> Path:
    """Build ``between_calls_pseudo.qm`` in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    write_pseudo_ts(ts_path(PSEUDO, out_dir))
    return release(out_dir, (PSEUDO,), out_dir)[0]


def main(argv: list[str]) -> int:
    """Command line: update | release [DIR] | pseudo DIR | check."""
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "release":
        release(Path(argv[1]) if len(argv) > 1 else TS_DIR)
    elif command == "pseudo" and len(argv) > 1:
        print(pseudo(Path(argv[1])))
    elif command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
