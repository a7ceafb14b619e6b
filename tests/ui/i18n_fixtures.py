"""The station's translations built for a test run: the committed `.ts` through the real
`pyside6-lrelease` into a temporary folder (so a test never depends on `make translations`
having run, nor on a stale `.qm`), and the application's `Languages` pointed at it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.i18n.languages import I18N_DIR, SOURCE_LANGUAGE, Languages, languages

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def build_qm(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for ts in sorted(I18N_DIR.glob("station_*.ts")):
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(dest / f"{ts.stem}.qm")],
            check=True,
            timeout=60,
        )
    return dest


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_qm(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def station_languages(qapp: object, qm_dir: Path) -> Iterator[Languages]:
    """The application's `Languages` loading the freshly built `.qm`, speaking English (with its
    plural forms) at first; after, the translators are as they were before (none installed, for
    a test that reads the source text's "station(s)", unless an earlier one had been)."""
    found = languages()
    before = found.directory
    was_installed, was_speaking = found._installed, found.current
    found.directory = qm_dir
    # English too is loaded from its .qm: its plural forms ("1 event", "3 events").
    assert found.switch(SOURCE_LANGUAGE) is None
    try:
        yield found
    finally:
        # Switching back to English would leave station_en.qm installed for every later test
        # in the session; take the translators out and put back only what was there.
        found._remove()
        found.directory = before
        if was_installed:
            found.switch(was_speaking)
        else:
            found._set(was_speaking)


@pytest.fixture
def without_qm(tmp_path: Path, station_languages: Languages) -> Languages:
    """The same, but over a folder where the German `.qm` is missing."""
    for qm in Path(station_languages.directory).glob("*.qm"):
        if qm.name != "station_de.qm":
            shutil.copy(qm, tmp_path / qm.name)
    station_languages.directory = tmp_path
    return station_languages
