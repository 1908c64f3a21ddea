#!/bin/sh
# An unsigned DMG for testing builds (no Apple Developer ID needed). Release builds use
# sign_and_notarize.sh instead. Usage: packaging/macos/make_dmg.sh <arch>
set -eu
ARCH=${1:?usage: make_dmg.sh arm64|x86_64}
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
VERSION=$(cd "$ROOT" && python3 -c "import wellbeing_app; print(wellbeing_app.__version__)")
DMG="$ROOT/dist/BetweenCalls-$VERSION-macos-$ARCH-unsigned.dmg"
STAGE=$(mktemp -d)
cp -R "$ROOT/dist/BetweenCalls.app" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Between Calls" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"
echo "$DMG"
