#!/bin/sh
# /usr/bin/station: the bundled program lives in /opt/provisioning-station. Found relative to
# this script so that an unpacked package (dpkg-deb -x) runs from wherever it was unpacked.
here=$(dirname "$(readlink -f "$0")")
exec "$here/../../opt/provisioning-station/station" "$@"
