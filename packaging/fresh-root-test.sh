#!/usr/bin/env bash
# Installs a built .deb with apt into a fresh Debian 12 root and runs the station there as an
# unprivileged user: `station --version` and the headless demo.
#   packaging/fresh-root-test.sh DEB
# Needs root (debootstrap, chroot, mounts) and debootstrap. The build machine always has more
# installed than a station PC, so a package that only works here would pass every other test:
# this one starts from `debootstrap --variant=minbase`, which has none of Qt's libraries, no
# Python and no fonts, so apt must bring every one through the package's Depends.
# The downloaded .debs are kept in /var/cache/provisioning-station/debootstrap, so a second run
# on the same machine fetches nothing. STATION_KEEP_ROOT=1 keeps the root for a look afterwards.
set -euo pipefail

deb=$(readlink -f "${1:?usage: fresh-root-test.sh DEB}")
[[ -f "$deb" ]] || { echo "no such package: $deb" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "fresh-root-test.sh needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "needs debootstrap (tools/debian-deps.sh)" >&2; exit 2; }

# The same mirror this machine's apt uses, so the root gets what the host is allowed to reach.
mirror=${DEBIAN_MIRROR:-}
if [[ -z "$mirror" && -r /etc/apt/sources.list.d/debian.sources ]]; then
  mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
mirror=${mirror:-http://deb.debian.org/debian}
cache=/var/cache/provisioning-station/debootstrap
mkdir -p "$cache"

work=$(mktemp -d /var/tmp/station-fresh-root.XXXXXX)
root="$work/root"
cleanup() {
  for m in dev/pts dev sys proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  if [[ -n "${STATION_KEEP_ROOT:-}" ]]; then
    echo "root kept in $root" >&2
  else
    rm -rf --one-file-system "$work"
  fi
}
trap cleanup EXIT

step() { echo "== $*" >&2; }

step "debootstrap bookworm (minbase) from $mirror"
mkdir -p "$root"
# --cache-dir keeps the .debs between runs; a broken cache only costs a download.
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }

mount -t proc proc "$root/proc"
mount -t sysfs -o ro sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

step "apt install $(basename "$deb")"
cp "$deb" "$root/tmp/station.deb"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; exit 1; }
in_root apt-get install -y -q --no-install-recommends /tmp/station.deb >>"$work/apt.log" 2>&1 \
  || { tail -n 40 "$work/apt.log" >&2; exit 1; }
grep -E '^(Setting up|Unpacking) provisioning-station' "$work/apt.log" >&2 || true

step "run as an unprivileged user"
in_root useradd --create-home --user-group --shell /bin/sh lineop
as_operator() {
  chroot --userspec=lineop:lineop "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
    HOME=/home/lineop LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
version=$(as_operator station --version)
echo "$version"
[[ "$version" == "station "* ]] || { echo "unexpected version line: $version" >&2; exit 1; }

out=$(as_operator station demo --headless --slots 2 --workdir /home/lineop/demo 2>&1) \
  || { echo "$out" >&2; echo "the headless demo failed in the fresh root" >&2; exit 1; }
echo "$out"
passes=$(grep -c ' PASS ' <<<"$out" || true)
[[ "$passes" -ge 2 ]] || { echo "expected 2 PASS lines from the demo, got $passes" >&2; exit 1; }
echo "fresh root: installed with apt, --version and the headless demo ran as 'lineop'"
