"""A scanner's fast burst ending in Enter is a scan; a person's keys are not."""

from __future__ import annotations

from ui.operator.scanner import Scan, ScanDetector


def _type(det: ScanDetector, text: str, t0: float, gap: float) -> float:
    t = t0
    for ch in text:
        det.feed_char(ch, t)
        t += gap
    return t


def test_fast_burst_with_enter_is_a_scan() -> None:
    det = ScanDetector()
    t = _type(det, "SN-000123", 10.0, 0.008)
    assert det.feed_enter(t) == Scan("SN-000123")


def test_slot_label_scan() -> None:
    det = ScanDetector()
    t = _type(det, "SLOT:3", 0.0, 0.01)
    scan = det.feed_enter(t)
    assert scan is not None
    assert scan.slot == "3"
    assert Scan("slot:12").slot == "12"
    assert Scan("SN-1").slot is None


def test_human_typing_is_not_a_scan() -> None:
    det = ScanDetector()
    t = _type(det, "123", 0.0, 0.2)
    assert det.feed_enter(t) is None


def test_only_the_first_character_of_a_burst_is_left_to_the_caller() -> None:
    det = ScanDetector()
    consumed = [det.feed_char(ch, 1.0 + i * 0.005) for i, ch in enumerate("ABCD")]
    assert consumed == [False, True, True, True]


def test_too_short_or_slow_enter_is_not_a_scan() -> None:
    det = ScanDetector()
    t = _type(det, "AB", 0.0, 0.005)
    assert det.feed_enter(t) is None
    t = _type(det, "ABCDEF", 5.0, 0.005)
    assert det.feed_enter(t + 1.0) is None  # Enter pressed by hand a second later


def test_pause_starts_a_new_burst() -> None:
    det = ScanDetector()
    _type(det, "XYZ", 0.0, 0.005)
    t = _type(det, "SN-9", 3.0, 0.005)
    assert det.feed_enter(t) == Scan("SN-9")


def test_space_inside_a_burst() -> None:
    det = ScanDetector()
    t = _type(det, "AB", 0.0, 0.005)
    assert det.in_burst(t)
    assert not det.in_burst(t + 0.5)
