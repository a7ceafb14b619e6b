"""`station config check` checks each target's label template file: it exists, reads as ASCII,
is a safe template, holds {serial}, {device_id} and {code}, and renders (filled in for a sample
unit, then drawn by the real ZPL renderer, zplkit). Each failure names the file and what to do;
through the real entry point, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli import main
from station.peripherals.label_zpl import DEFAULT_TEMPLATE
from tests.config.examples import PLANT

LABELS = (
    "confirmed_counts_as_pass = true\n",
    'confirmed_counts_as_pass = true\nprint_label = true\nlabel_template = "label.zpl"\n',
)
LINE = '\n[line]\nprinter = "192.0.2.7"\n'


def _check(
    tmp_path: Path, template: bytes | None, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    path = tmp_path / "station.toml"
    old, new = LABELS
    assert old in PLANT
    path.write_text(PLANT.replace(old, new, 1) + LINE, encoding="utf-8")
    if template is not None:
        (tmp_path / "label.zpl").write_bytes(template)
    code = main(["config", "check", "--config", str(path)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_good_template_is_checked_and_named_in_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _check(tmp_path, DEFAULT_TEMPLATE.encode("ascii"), capsys)
    assert code == 0, out
    assert f"label: template {tmp_path / 'label.zpl'} checked" in out


@pytest.mark.parametrize(
    ("template", "said", "action"),
    [
        (None, "does not exist", "Put the template file at"),
        (
            b"^XA\n^FO10,10^A0N,20,20^FD\xc4{serial}^FS\n^XZ\n",
            "is not plain ASCII (byte 25 is 0xC4)",
            "ASCII",
        ),
        (b"^XA\n^FO10,10^FH^FD{code}^FS\n^XZ\n", "uses ^FH", "Remove ^FH"),
        (b"{code}\n", "must start with ^XA", "default template"),
        (
            DEFAULT_TEMPLATE.replace("^FO10,140^A0N,24,24^FD{serial}^FS\n", "").encode(),
            "has no {serial} field, so the label would lack the unit's serial",
            "Put each field",
        ),
        (
            DEFAULT_TEMPLATE.replace("{device_id}", "ID").encode(),
            "has no {device_id} field",
            "Put each field",
        ),
        (DEFAULT_TEMPLATE.replace("{code}", "{cod}").encode(), "unknown fields: cod", "Use only"),
        (
            DEFAULT_TEMPLATE.replace("{serial}", "{serial}}").encode(),
            "brace that neither opens nor closes a field (Single '}' encountered",
            "double other braces",
        ),
        (
            DEFAULT_TEMPLATE.replace("^PW406", "^QQ406").encode(),
            "does not draw as a printer would: ZPL byte",
            "label editor",
        ),
    ],
    ids=[
        "missing",
        "latin1",
        "fh",
        "no-xa",
        "no-serial",
        "no-device-id",
        "unknown",
        "brace",
        "bad-zpl",
    ],
)
def test_a_bad_template_names_the_file_and_what_to_do(
    tmp_path: Path,
    template: bytes | None,
    said: str,
    action: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = _check(tmp_path, template, capsys)
    assert code == 1
    assert f"The label template {tmp_path / 'label.zpl'} (target plant-eu)" in err
    assert said in err and action in err, err


def test_a_directory_is_not_a_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "label.zpl").mkdir()
    code, _out, err = _check(tmp_path, None, capsys)
    assert code == 1 and "is not a file" in err and "Name the template file itself" in err


@pytest.mark.parametrize(
    ("seconds", "allowed"), [(4, False), (5, True), (3600, True), (3601, False)]
)
def test_the_check_scan_deadline_is_checked_and_named_in_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seconds: int, allowed: bool
) -> None:
    path = tmp_path / "station.toml"
    old, new = LABELS
    new = new.replace(
        'label_template = "label.zpl"\n',
        f"check_scan = true\ncheck_scan_timeout_s = {seconds}\n",
    )
    path.write_text(PLANT.replace(old, new, 1) + LINE, encoding="utf-8")
    code = main(["config", "check", "--config", str(path)])
    out = capsys.readouterr()
    if allowed:
        assert code == 0, out.err
        assert f"check-scan: each label scanned back within {seconds} s" in out.out
        return
    assert code == 1
    assert f"check_scan_timeout_s` = {seconds} is out of range. Allowed: 5 to 3600." in out.err
