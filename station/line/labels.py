"""The unit's label after a PASS, and its reprint: printed, or flagged, and journaled either way.

A label is printed only for a PASS the journal already holds, so a printer that is off, out of
labels or silent never loses a unit: the label is flagged for reprint with the printer's own
reason and the operator's action, and the journal records what happened (`label_print` with
`printed` true or false). A reprint is journaled as `label_reprint` with who asked for it, the
unit's device ID and serial, and the printer it went to.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from station.engine.check_scan import (
    PASSED,
    CheckVerdict,
    relabel_action,
    scan_back_action,
)
from station.engine.events import SlotSnapshot, StationNotice
from station.journal import Journal
from station.journal.audit_query import AuditFilter, AuditReader
from station.peripherals import label_code
from station.peripherals.label_zpl import LabelFields, render
from station.peripherals.printer import PrinterNotReady
from station.text import Text

log = logging.getLogger(__name__)

#: How far back a start looks for labels that never printed: a shift and then some. Older ones
#: are QA's business (the journal keeps them), not a flag on the operator's screen.
RESTORE_WINDOW = timedelta(hours=12)
_KINDS = frozenset({"label_print", "label_reprint"})


class LabelPrinter(Protocol):
    @property
    def where(self) -> str: ...

    def print_label(self, zpl: str) -> None: ...


@dataclass(frozen=True)
class LabelJob:
    """One unit's label: which attempt passed, and the ZPL that prints it."""

    slot: str
    attempt_id: str
    device_id: str
    serial: str
    zpl: str


@dataclass(frozen=True)
class Flagged:
    """A label that did not print, with the reason the operator sees."""

    job: LabelJob
    reason: str


class LabelDesk:
    """Prints each passing unit's label; keeps each slot's last label for a reprint."""

    def __init__(
        self,
        *,
        printer: LabelPrinter,
        template: str,
        journal: Journal,
        fixture: str,
        notify: NoticeSink,
        check_scan: bool = False,
    ) -> None:
        self.check_scan = check_scan
        self._awaiting: dict[str, LabelJob] = {}  # a slot waits for its scan (check_scan)
        self._rechecks: dict[str, LabelJob] = {}  # its check failed: a relabel is scanned again
        self._printer = printer
        self._template = template
        self._journal = journal
        self._fixture = fixture
        self._notify = notify
        self._lock = threading.Lock()
        self._last: dict[str, LabelJob] = {}
        self._flagged: dict[str, Flagged] = {}
        self._restore()

    @property
    def printer(self) -> str:
        return self._printer.where

    def last(self, slot: str) -> LabelJob | None:
        with self._lock:
            return self._last.get(slot)

    def flagged(self) -> dict[str, Flagged]:
        """The slots whose last label did not print, by slot."""
        with self._lock:
            return dict(self._flagged)

    def awaiting(self) -> dict[str, LabelJob]:
        """The printed labels waiting to be scanned back, by slot."""
        with self._lock:
            return dict(self._awaiting)

    def scanned(self, text: str, actor: str, selected: str | None = None) -> ScanCheck:
        """Check a scanned label against the labels waiting for it; journaled as `label_check`.

        A match ends its slot's wait with a PASS. A code that does not read, or carries another
        unit's ID, is blamed on the slot it was scanned for: the selected slot if it waits,
        else the only one waiting; that slot's check ends with a FAIL. When the station cannot
        tell which slot (several wait, none selected), nothing fails and the operator is told
        to pick the slot first. A unit whose check already failed can be relabelled and
        scanned again: the match is journaled (`recheck`), the attempt's FAIL stays."""
        waiting = self.awaiting()
        try:
            device_id = label_code.decode(text)
        except label_code.LabelCodeError as exc:
            blamed = _blamed(waiting, selected)
            if blamed is None:
                self._checked(None, actor, "unreadable", text, exc.message)
                self._notify(StationNotice.of("warning", exc.text, _pick_first(waiting, exc)))
                return ScanCheck(False)
            verdict = CheckVerdict(
                False,
                "label_check_unreadable",
                Text.of(
                    "check_scan.unreadable",
                    slot=blamed.slot,
                    unit=_unit(blamed),
                    reason=exc.text,
                ),
                scan_back_action(blamed.slot, _unit(blamed)),
            )
            return self._failed_check(blamed, actor, "unreadable", text, verdict)
        match = next((job for job in waiting.values() if job.device_id == device_id), None)
        if match is not None:
            with self._lock:
                self._awaiting.pop(match.slot, None)
            self._checked(match, actor, "match", text)
            self._notify(
                StationNotice.of(
                    "info", Text.of("check_scan.checks_out", slot=match.slot, unit=_unit(match))
                )
            )
            return ScanCheck(True, match.slot, PASSED)
        with self._lock:
            again = next((j for j in self._rechecks.values() if j.device_id == device_id), None)
            if again is not None:
                del self._rechecks[again.slot]
        if again is not None:
            self._checked(again, actor, "match", text, recheck=True)
            self._notify(
                StationNotice.of(
                    "info", Text.of("check_scan.recheck_out", slot=again.slot, unit=_unit(again))
                )
            )
            return ScanCheck(True)
        blamed = _blamed(waiting, selected)
        if blamed is None:
            slots = ", ".join(f"slot {s}" for s in sorted(waiting))
            reason = Text.of(
                "check_scan.nobody_waits",
                device=device_id,
                waiting=slots or Text.of("word.none"),
            )
            self._checked(None, actor, "mismatch", text, reason.english)
            self._notify(
                StationNotice.of("error", reason, Text.of("check_scan.nobody_waits.action"))
            )
            return ScanCheck(False)
        verdict = CheckVerdict(
            False,
            "label_check_mismatch",
            Text.of(
                "check_scan.mismatch",
                slot=blamed.slot,
                scanned=device_id,
                unit=_unit(blamed),
                device=blamed.device_id,
            ),
            relabel_action(blamed.slot),
        )
        return self._failed_check(blamed, actor, "mismatch", text, verdict)

    def _failed_check(
        self, job: LabelJob, actor: str, result: str, text: str, verdict: CheckVerdict
    ) -> ScanCheck:
        with self._lock:
            self._awaiting.pop(job.slot, None)
            self._rechecks[job.slot] = job
        self._checked(job, actor, result, text, verdict.message)
        return ScanCheck(False, job.slot, verdict)

    def settled(self, slot: str, attempt_id: str, passed: bool) -> None:
        """`slot`'s attempt finished: its label waits no longer. A FAIL (no scan in time,
        stopped) leaves the label to a relabel and a scan that `scanned` journals as a recheck."""
        with self._lock:
            job = self._awaiting.get(slot)
            if job is None or job.attempt_id != attempt_id:
                return
            del self._awaiting[slot]
            if not passed:
                self._rechecks[slot] = job

    def _checked(
        self,
        job: LabelJob | None,
        actor: str,
        result: str,
        text: str,
        reason: str = "",
        *,
        recheck: bool = False,
    ) -> None:
        details = {"fixture": self._fixture, "result": result, "scanned": text[:64]}
        if job is not None:
            details.update(slot=job.slot, attempt_id=job.attempt_id, device_id=job.device_id)
        if recheck:
            details["recheck"] = "true"
        self._journal.record_event("label_check", actor=actor, details=details, reason=reason)

    def passed(self, snapshot: SlotSnapshot, operator: str) -> None:
        """A unit passed (and is journaled): print its label, or flag it for reprint."""
        if snapshot.device_id is None or snapshot.attempt_id is None:
            log.error("a PASS without a device ID or attempt on slot %s (bug)", snapshot.slot)
            return
        serial = snapshot.hardware_serial or ""
        try:
            zpl = render(self._template, LabelFields(serial=serial, device_id=snapshot.device_id))
        except ValueError as exc:
            job = LabelJob(snapshot.slot, snapshot.attempt_id, snapshot.device_id, serial, "")
            self._failed(
                job,
                operator,
                Text.of("label.cannot_render", slot=snapshot.slot, detail=str(exc)),
                Text.of("label.cannot_render.action"),
            )
            return
        job = LabelJob(snapshot.slot, snapshot.attempt_id, snapshot.device_id, serial, zpl)
        with self._lock:
            self._last[job.slot] = job
            if self.check_scan:  # printed or flagged, the unit waits for its label's scan
                self._awaiting[job.slot] = job
                self._rechecks.pop(job.slot, None)
        self._send(job, operator, kind="label_print")

    def reprint(self, slot: str, actor: str) -> bool:
        """Print `slot`'s last label again (a flagged one, or a spare); False if it has none."""
        job = self.last(slot)
        if job is None or not job.zpl:
            return False
        self._send(job, actor, kind="label_reprint")
        return True

    def _restore(self) -> None:
        """Flag again the labels of this fixture that the journal says never printed (in the
        last `RESTORE_WINDOW`), so a restart does not forget a unit that has no label."""
        since = datetime.now(UTC) - RESTORE_WINDOW
        last: dict[str, dict[str, str]] = {}  # attempt -> its newest label event's details
        reasons: dict[str, str] = {}
        with AuditReader.open(self._journal.path) as reader:
            for event in reader.iter_events(AuditFilter(kinds=_KINDS, since=since)):
                details = event.details
                if details.get("fixture") == self._fixture and details.get("attempt_id"):
                    last[details["attempt_id"]] = details
                    reasons[details["attempt_id"]] = event.reason
        for attempt_id, details in last.items():
            slot, device_id = details.get("slot", ""), details.get("device_id", "")
            if details.get("printed") != "false" or not slot or not device_id:
                continue
            serial = details.get("serial", "")
            try:
                zpl = render(self._template, LabelFields(serial=serial, device_id=device_id))
            except ValueError:
                zpl = ""
            job = LabelJob(slot, attempt_id, device_id, serial, zpl)
            self._last[slot] = job
            self._flagged[slot] = Flagged(job, reasons[attempt_id] or "It did not print.")

    def _send(self, job: LabelJob, actor: str, *, kind: str) -> None:
        try:
            self._printer.print_label(job.zpl)
        except PrinterNotReady as exc:
            self._failed(job, actor, exc.text, exc.action_text, kind=kind)
            return
        with self._lock:
            self._flagged.pop(job.slot, None)
        self._record(kind, job, actor, printed=True)
        if kind == "label_reprint":
            self._notify(
                StationNotice.of("info", Text.of("label.reprinted", unit=_unit(job), slot=job.slot))
            )

    def _failed(
        self, job: LabelJob, actor: str, reason: Text, action: Text, *, kind: str = "label_print"
    ) -> None:
        with self._lock:
            self._flagged[job.slot] = Flagged(job, reason.english)
        self._record(kind, job, actor, printed=False, reason=reason.english)
        self._notify(
            StationNotice.of(
                "warning",
                Text.of("label.not_printed", slot=job.slot, unit=_unit(job), reason=reason),
                Text.of("label.reprint.action", action=action, slot=job.slot)
                if job.zpl
                else action,
            )
        )

    def _record(
        self, kind: str, job: LabelJob, actor: str, *, printed: bool, reason: str = ""
    ) -> None:
        self._journal.record_event(
            kind,
            actor=actor,
            details={
                "fixture": self._fixture,
                "slot": job.slot,
                "attempt_id": job.attempt_id,
                "device_id": job.device_id,
                "serial": job.serial,
                "printer": self._printer.where,
                "printed": "true" if printed else "false",
            },
            reason=reason,
        )


@dataclass(frozen=True)
class ScanCheck:
    """What a scanned label did: it `matched` a unit's label; it ends `slot`'s check with
    `verdict` (None: it ends none)."""

    matched: bool
    slot: str | None = None
    verdict: CheckVerdict | None = None


def _blamed(waiting: dict[str, LabelJob], selected: str | None) -> LabelJob | None:
    """The label whose check a failed scan ends: the selected slot's, else the only one."""
    if selected is not None and selected in waiting:
        return waiting[selected]
    return next(iter(waiting.values())) if len(waiting) == 1 else None


def _pick_first(waiting: dict[str, LabelJob], exc: label_code.LabelCodeError) -> Text:
    if len(waiting) > 1:
        return Text.of(
            "check_scan.pick_first.action",
            action=exc.action_text,
            slots=", ".join(sorted(waiting)),
        )
    return exc.action_text


class NoticeSink(Protocol):
    def __call__(self, notice: StationNotice, /) -> None: ...


def _unit(job: LabelJob) -> str:
    return job.serial or job.device_id
