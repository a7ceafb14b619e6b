#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo need, when any is missing.
# Idempotent: with everything present it only runs dpkg-query.
# As root it installs non-interactively; otherwise it prints the command to run and fails.
set -euo pipefail

packages=(
  # Qt offscreen and xcb platform libraries (see docs/development.md)
  libegl1 libgl1 libglib2.0-0 libfontconfig1 fonts-dejavu-core libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0
  # the Simplified Chinese screens: DejaVu has no CJK characters (Qt falls back to this font)
  fonts-wqy-microhei
  # a real window for screenshots
  xvfb xauth
  # a private D-Bus session with a real Secret Service for the keyring tests
  dbus-daemon dbus-bin gnome-keyring
  # package build: PyInstaller bundles the shared libpython, which Debian ships apart from
  # python3; debootstrap makes the fresh Debian root that the package test installs into
  dpkg-dev zstd libpython3.11 debootstrap
  # the fail sound's test: a private PulseAudio with a null sink, and pacat/parecord
  pulseaudio pulseaudio-utils
  # fleet mode: a real PostgreSQL server for the throwaway test clusters (initdb, pg_ctl)
  postgresql
  # fleet mode's partition test and bench F4: iptables DROP inside a network namespace the run
  # makes (`ip` itself comes with iproute2)
  iptables iproute2
  # labels through a CUPS raw queue: a private cupsd (the full package brings the socket://
  # backend, which cups-daemon alone lacks) and lp/lpadmin/lpstat/cancel
  cups
  # udev rules checks (`udevadm test`; udev 252 has no `udevadm verify`)
  udev
)
# Debian's own python3 needs the venv module as a separate package.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

cmd="apt-get install -y -q --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Run as root:  apt-get update && $cmd" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
$cmd
