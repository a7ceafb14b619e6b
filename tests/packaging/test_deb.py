"""The .deb: its control fields and file list, and the bundled program run from an unpacked copy.

Slow (a PyInstaller build), so `make test` skips it; `make package-test` runs it on the .deb
that `make package` just built (STATION_DEB), or builds one itself.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import station
from tests.fixtures import needs

ROOT = Path(__file__).resolve().parents[2]
NAME = "provisioning-station"
QT_DEPENDS = [
    "libegl1",
    "libgl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("STATION_PACKAGE_TEST") != "1",
        reason="builds the .deb: run by `make package-test`",
    ),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb"),
]


def _run(
    *cmd: str,
    timeout: float = 110,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(cmd), capture_output=True, text=True, timeout=timeout, check=False, env=env, cwd=cwd
    )


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("STATION_DEB")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("deb")
    proc = _run(str(ROOT / "packaging" / "build-deb.sh"), str(out), timeout=110, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return Path(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("root")
    proc = _run("dpkg-deb", "-x", str(deb), str(root))
    assert proc.returncode == 0, proc.stderr
    yield root


def _control(deb: Path) -> dict[str, str]:
    text = _run("dpkg-deb", "-f", str(deb)).stdout
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            fields[key] = value
    return fields


def test_control_fields(deb: Path) -> None:
    fields = _control(deb)
    assert fields["Package"] == NAME
    assert fields["Version"] == station.__version__
    assert fields["Architecture"] == _run("dpkg", "--print-architecture").stdout.strip()
    depends = {d.strip().split(" ")[0] for d in fields["Depends"].split(",")}
    assert set(QT_DEPENDS) <= depends
    assert int(fields["Installed-Size"]) > 50_000  # KiB: Python, Qt and the app
    assert "Astarte" in fields["Description"]
    assert deb.name == f"{NAME}_{station.__version__}_{fields['Architecture']}.deb"


def test_file_list_and_ownership(deb: Path) -> None:
    listing = _run("dpkg-deb", "-c", str(deb)).stdout.splitlines()
    paths = {line.split(" ./", 1)[1].rstrip("/") for line in listing if " ./" in line}
    for expected in (
        f"opt/{NAME}/station",
        "usr/bin/station",
        f"usr/share/applications/{NAME}.desktop",
        f"usr/share/icons/hicolor/scalable/apps/{NAME}.svg",
        "usr/lib/udev/rules.d/70-provisioning-station.rules",
        f"opt/{NAME}/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        f"opt/{NAME}/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
        *(
            f"opt/{NAME}/_internal/ui/i18n/station_{lang}.qm"
            for lang in ("en", "de", "it", "es", "zh_CN")
        ),
    ):
        assert expected in paths, expected
    owners = {line.split()[1] for line in listing}
    assert owners == {"root/root"}  # --root-owner-group: not the build user's ids
    plugins = [p for p in paths if "/Qt/plugins/" in p and p.endswith(".so")]
    assert not [p for p in plugins if "/platformthemes/" in p]  # the gtk3 theme drags in GTK
    assert {Path(p).name for p in plugins if "/platforms/" in p} == {
        "libqxcb.so",
        "libqoffscreen.so",
    }
    assert {Path(p).name for p in plugins if "/sqldrivers/" in p} <= {"libqsqlite.so"}
    system = re.compile(r"/lib(gtk-3|gdk-3|cairo|pango|gnutls|X11|xcb|glib-2|fontconfig)[.-]")
    assert not [p for p in paths if system.search(p)]
    assert not [p for p in paths if re.search(r"/(mypy|hypothesis|_pytest|tests)/", p)]


def test_the_bundle_links_against_nothing_missing(unpacked: Path) -> None:
    # the libraries the spec filtered out must all come from the Depends (present on this host)
    internal = unpacked / "opt" / NAME / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing: set[str] = set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = _run("ldd", str(path), env=env).stdout
        missing.update(
            f"{path.name}: {line.strip()}" for line in out.splitlines() if "not found" in line
        )
    assert missing == set()


def test_desktop_entry_and_icon(unpacked: Path) -> None:
    entry = (unpacked / f"usr/share/applications/{NAME}.desktop").read_text(encoding="utf-8")
    lines = entry.splitlines()
    assert lines[0] == "[Desktop Entry]"
    keys = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert keys["Type"] == "Application"
    assert keys["Exec"].split()[0] == "station"
    icon = unpacked / f"usr/share/icons/hicolor/scalable/apps/{keys['Icon']}.svg"
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert keys["Categories"].endswith(";")


def test_bundled_station_runs_from_the_unpacked_package(unpacked: Path, tmp_path: Path) -> None:
    launcher = unpacked / "usr" / "bin" / "station"
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    env["PATH"] = "/usr/bin:/bin"  # nothing from the venv
    proc = _run(str(launcher), "--version", env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"station {station.__version__}"

    proc = _run(str(launcher), "--help", env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    commands = proc.stdout
    for command in ("fixture", "sandbox", "gui", "demo"):
        assert command in commands

    proc = _run(str(launcher), "fixture", "list-ports", "--json", env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr

    proc = _run(
        str(launcher), "demo", "--headless", "--slots", "2", "--workdir", str(tmp_path / "demo"),
        env=env, cwd=tmp_path, timeout=110,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert proc.stdout.count("PASS") >= 2, proc.stdout


def test_maintainer_scripts_do_not_fail_without_a_udev_daemon(unpacked: Path, deb: Path) -> None:
    control_dir = unpacked.parent / "DEBIAN"
    proc = _run("dpkg-deb", "-e", str(deb), str(control_dir))
    assert proc.returncode == 0, proc.stderr
    for script, arg in (("postinst", "configure"), ("postrm", "remove")):
        path = control_dir / script
        assert os.access(path, os.X_OK)
        for env_path in ("/usr/bin:/bin:/usr/sbin:/sbin", "/nonexistent"):
            proc = _run("/bin/sh", str(path), arg, env={"PATH": env_path})
            assert proc.returncode == 0, (script, env_path, proc.stderr)


def _need_a_fresh_root() -> None:
    """Root and debootstrap, or a skip; but CI has both (root, tools/debian-deps.sh), so there
    their absence fails the run rather than leave the fresh-root install untested unseen."""
    if os.geteuid() != 0:
        missing = "root (debootstrap and chroot)"
    elif shutil.which("debootstrap") is None:
        missing = "debootstrap (tools/debian-deps.sh installs it)"
    else:
        return
    needs.missing(
        f"needs {missing}", f"the fresh-root install test needs {missing}, which CI must have"
    )


# With a cold debootstrap cache (a CI machine's first run) the download and apt install take
# minutes: pytest-timeout's project default (120 s) would cut it off long before the script's
# own limit.
@pytest.mark.timeout(960)
def test_apt_installs_it_into_a_fresh_debian_root_and_a_plain_user_runs_it(deb: Path) -> None:
    _need_a_fresh_root()
    # The build machine has more installed than a station PC; a fresh minbase root has none of
    # Qt's libraries, so apt must bring each one through Depends (packaging/fresh-root-test.sh).
    proc = _run(str(ROOT / "packaging" / "fresh-root-test.sh"), str(deb), timeout=900)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    assert f"station {station.__version__}" in proc.stdout.splitlines()
    assert proc.stdout.count(" PASS ") >= 2, proc.stdout
