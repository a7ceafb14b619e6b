#!/usr/bin/env bash
# Builds the one-folder bundle with PyInstaller and wraps it in a .deb.
#   packaging/build-deb.sh [OUT_DIR]      (default OUT_DIR: dist/)
# Prints the path of the .deb on the last line. Needs the venv with the `package` extra
# (`make package` installs it), dpkg-deb and zstd.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
venv="${VENV:-$root/.venv}"
out_dir=$(mkdir -p "${1:-$root/dist}" && cd "${1:-$root/dist}" && pwd)
work="$root/build/package"
name=provisioning-station

version=$("$venv/bin/python" -c 'import station; print(station.__version__)')
arch=$(dpkg --print-architecture)
deb="$out_dir/${name}_${version}_${arch}.deb"

rm -rf "$work"
mkdir -p "$work"
# The screens' translations (never committed): built from their .ts sources as `make
# translations` does, so a bundle built by this script alone carries them too.
echo "== translations" >&2
for ts in "$root"/ui/i18n/station_*.ts; do
  "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm" >&2
done
echo "== PyInstaller bundle" >&2
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/pyi" "$here/station.spec" >&2

echo "== .deb tree" >&2
pkg="$work/root"
install -d "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/lib/udev/rules.d" \
  "$pkg/usr/share/doc/$name" "$pkg/DEBIAN"
cp -a "$work/dist/$name" "$pkg/opt/$name"
install -m 0755 "$here/launcher.sh" "$pkg/usr/bin/station"
install -m 0644 "$here/$name.desktop" "$pkg/usr/share/applications/$name.desktop"
install -m 0644 "$here/$name.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/$name.svg"
install -m 0644 "$root/udev/70-provisioning-station.rules" "$pkg/usr/lib/udev/rules.d/"
install -m 0644 "$root/README.md" "$pkg/usr/share/doc/$name/README.md"
install -m 0755 "$here/debian/postinst" "$here/debian/postrm" "$pkg/DEBIAN/"
# group and others may read everything; only the owner writes
chmod -R u+rwX,go+rX,go-w "$pkg/opt/$name"

installed_kb=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
  "$here/debian/control.in" > "$pkg/DEBIAN/control"

echo "== dpkg-deb" >&2
# zstd: about a second instead of a minute for xz, for a somewhat larger file
dpkg-deb --root-owner-group -Zzstd --build "$pkg" "$deb" >&2
echo "$deb"
