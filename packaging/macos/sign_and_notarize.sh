#!/bin/sh
# Sign dist/BetweenCalls.app with the hardened runtime, wrap it in a DMG, notarise and staple.
#
# Needs (from the keychain / CI secrets):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Your Org (TEAMID)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an app-specific password for notarytool
# Usage: packaging/macos/sign_and_notarize.sh <arch>      (arm64 or x86_64; names the DMG)
set -eu

ARCH=${1:?usage: sign_and_notarize.sh arm64|x86_64}
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(CDPATH= cd -- "$HERE/../.." && pwd)
APP="$ROOT/dist/BetweenCalls.app"
VERSION=$(cd "$ROOT" && python3 -c "import wellbeing_app; print(wellbeing_app.__version__)")
DMG="$ROOT/dist/BetweenCalls-$VERSION-macos-$ARCH.dmg"

sign() {
    codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
        --sign "$MACOS_SIGN_IDENTITY" "$1"
}
# Deepest paths first, so everything inside a folder is signed before that folder.
deepest_first() { awk -F/ '{ print NF "\t" $0 }' | sort -t "$(printf '\t')" -k1,1nr | cut -f2-; }

# 1. Sign inside out: every Mach-O file (deepest first), then every nested bundle (Qt's
#    .framework folders, helper .app and .bundle plug-ins, deepest first) once its contents are
#    signed, then the app itself, all with the hardened runtime. Never --deep: it signs in no
#    particular order and cannot give nested code the right entitlements.
find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -111 \) |
    deepest_first | while IFS= read -r file; do sign "$file"; done
find "$APP/Contents" -type d \( -name "*.framework" -o -name "*.app" -o -name "*.bundle" \) |
    deepest_first | while IFS= read -r bundle; do sign "$bundle"; done
sign "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

# 2. A compressed, signed disk image with the app and a link to /Applications.
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Between Calls" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"

# 3. Notarise (waits for Apple's verdict) and staple the ticket so it opens offline.
xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$DMG"
xcrun stapler validate "$DMG"
spctl --assess --type open --context context:primary-signature --verbose "$DMG"
echo "$DMG"
