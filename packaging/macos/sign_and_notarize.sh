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

# 1. Sign every Mach-O inside out, then the bundle itself, with the hardened runtime.
find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -111 \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime \
        --entitlements "$HERE/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY"
codesign --force --timestamp --options runtime --entitlements "$HERE/entitlements.plist" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
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
