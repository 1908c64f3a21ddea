#!/bin/sh
# Install Between Calls for this user only (no root): run from the unpacked tarball.
#
#   ./install.sh               install into ~/.local (bundle in ~/.local/lib/BetweenCalls)
#   ./install.sh --autostart   ... and start it when you log in
#   ./install.sh --uninstall   remove the app, its menu entry and its login entry; keep your data
#   ./install.sh --uninstall --remove-data   ... and delete your logged calls and settings too
#
# PREFIX (default ~/.local) and the XDG_* variables are honoured.
set -eu

APP_ID=org.betweencalls.BetweenCalls
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
APP_DIR=$PREFIX/lib/BetweenCalls
BIN_DIR=$PREFIX/bin

autostart=no; uninstall=no; remove_data=no
for arg in "$@"; do
    case $arg in
        --autostart) autostart=yes ;;
        --uninstall) uninstall=yes ;;
        --remove-data) remove_data=yes ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
}

if [ "$uninstall" = yes ]; then
    if [ -x "$APP_DIR/wellbeing" ]; then
        "$APP_DIR/wellbeing" autostart --disable >/dev/null 2>&1 || true
    fi
    rm -f "$CONFIG_HOME/autostart/$APP_ID.desktop"
    rm -f "$BIN_DIR/wellbeing" "$BIN_DIR/between-calls"
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
    find "$DATA_HOME/icons/hicolor" -name "$APP_ID.*" -type f -exec rm -f {} + 2>/dev/null || true
    rm -rf "$APP_DIR"
    if [ "$remove_data" = yes ]; then
        rm -rf "$DATA_HOME/BetweenCalls" "${XDG_STATE_HOME:-$HOME/.local/state}/BetweenCalls"
        echo "Between Calls and your data were removed."
    else
        echo "Between Calls was removed. Your data is kept in $DATA_HOME/BetweenCalls."
    fi
    refresh_caches
    exit 0
fi

# The bundle carries its own Python and Qt but uses the system's C library: it needs glibc
# NEED_GLIBC or newer (RHEL/Rocky/Alma 9, Ubuntu 22.04, Debian 12 and later).
NEED_GLIBC=2.34
have_glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed 's/^glibc //') || have_glibc=""
if [ -z "$have_glibc" ]; then
    echo "install.sh: Between Calls needs a glibc-based Linux (glibc $NEED_GLIBC or newer);" \
         "this system has no glibc (musl/Alpine?)." >&2
    exit 1
fi
if [ "$(printf '%s\n%s\n' "$NEED_GLIBC" "$have_glibc" | sort -t. -k1,1n -k2,2n | head -n1)" \
        != "$NEED_GLIBC" ]; then
    echo "install.sh: Between Calls needs glibc $NEED_GLIBC or newer (RHEL 9, Ubuntu 22.04," \
         "Debian 12 or later); this system has glibc $have_glibc." >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
rm -rf "$APP_DIR.new"
cp -R "$HERE/BetweenCalls" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"
ln -sf "$APP_DIR/wellbeing" "$BIN_DIR/wellbeing"
ln -sf "$APP_DIR/BetweenCalls" "$BIN_DIR/between-calls"
# Menu entries need an absolute Exec: ~/.local/bin is not on every session's PATH.
sed "s|^Exec=BetweenCalls|Exec=\"$APP_DIR/BetweenCalls\"|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
cp -R "$HERE/share/icons" "$DATA_HOME/"
refresh_caches
if [ "$autostart" = yes ]; then
    "$APP_DIR/wellbeing" autostart --enable
fi
echo "Between Calls is installed: find it in your applications menu, or run $BIN_DIR/between-calls."
