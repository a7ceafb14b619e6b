"""`station config ...` through the real entry point."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from station.cli import main
from tests.config.examples import PLANT


def test_check_summarises_a_valid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT)
    assert main(["config", "check", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "is valid" in out
    assert "Fixture line3: 3 slots at 230400 baud, provisioning into plant-eu" in out
    assert "slot 2: usb:location=1-1.3:1.0" in out


def test_check_says_one_slot_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    slots = PLANT.index("[[fixtures.slots]]", PLANT.index("[[fixtures.slots]]") + 1)
    path.write_text(PLANT[:slots])
    assert main(["config", "check", "--config", str(path)]) == 0
    assert "Fixture line3: 1 slot at 230400 baud, provisioning into plant-eu" in (
        capsys.readouterr().out
    )


def test_check_names_the_bad_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT.replace('realm = "lab1"', 'realm = "Lab-1"'))
    assert main(["config", "check", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "targets.lab.realm" in err and "what to do" in err


def test_role_passwords_have_one_command_only(capsys: pytest.CaptureFixture[str]) -> None:
    # `station roles set-password` is the one way (one journal event kind); `config` has none.
    with pytest.raises(SystemExit) as exited:
        main(["config", "set-password", "qa"])
    assert exited.value.code == 2
    assert "invalid choice: 'set-password'" in capsys.readouterr().err


def test_a_plain_password_in_the_file_points_to_roles_set_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT.replace("[roles]\n", '[roles]\nqa_password_hash = "hunter22"\n'))
    assert main(["config", "check", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "roles.qa_password_hash" in err
    assert "station roles set-password qa|supervisor" in err


def test_path_prints_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip().endswith("provisioning-station/config.toml")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda t: t.replace("auto_start = true", 'auto_start = true\nprofile = "esp33"'),
            ["Unknown device profile 'esp33'", "smp-provisioning"],
        ),
        (
            lambda t: t + "\n[profiles.smp-provisoning]\n",
            ["`profiles.smp-provisoning` names no device profile", "smp-provisioning"],
        ),
        (
            lambda t: t + "\n[profiles.smp-provisioning]\nbaud = 9600\n",
            ["config.toml: `profiles.smp-provisioning` takes no options"],
        ),
    ],
)
def test_check_asks_each_used_profile_about_its_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Any, expected: list[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(edit(PLANT))
    assert main(["config", "check", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    for fragment in expected:
        assert fragment in err
    assert "what to do" in err


def test_check_names_each_slots_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.toml"
    path.write_text(PLANT + "\n[profiles.smp-provisioning]\n")
    assert main(["config", "check", "--config", str(path)]) == 0
    assert "slot 2: usb:location=1-1.3:1.0 (smp-provisioning)" in capsys.readouterr().out
