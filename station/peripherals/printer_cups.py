"""Labels through a CUPS raw queue: `lp -d QUEUE -o raw`, and the job watched until it is done.

For a plant whose printers are shared through CUPS (`[line] printer_queue`). CUPS accepts a job
whether or not the printer is there (`lp` exits 0) and, when the printer comes back, prints it
by itself: a unit's label long after the unit left. So the station never takes "queued" for
"printed": it first asks whether the queue is enabled and accepting (`lpstat -p`, `-a`), sends
the label raw (CUPS passes the ZPL unchanged), then waits up to `timeout` for the job to
complete (`lpstat -W not-completed`), and cancels a job that has not, so it cannot print late;
the label is then flagged for reprint like any label that did not print. The CUPS server is the
one the standard client tools use (`CUPS_SERVER`, `~/.cups/client.conf`, or the local one).
"""

from __future__ import annotations

import re
import subprocess
import time

from station.peripherals.printer import PrinterNotReady
from station.text import Text

DEFAULT_TIMEOUT_S = 15.0
POLL_S = 0.2
_COMMAND_S = 10.0
_JOB = re.compile(r"request id is (\S+)")


class CupsPrinter:
    def __init__(self, queue: str, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.queue, self.timeout = queue, timeout

    @property
    def where(self) -> str:
        return f"CUPS queue {self.queue}"

    def print_label(self, zpl: str) -> None:
        """Send one label and wait for CUPS to have sent it; `PrinterNotReady` otherwise (a job
        that did not finish in time is cancelled first)."""
        self._ready()
        answer = self._run(["lp", "-d", self.queue, "-o", "raw", "-t", "label"], zpl)
        match = _JOB.search(answer)
        if match is None:
            raise self._fault(
                Text.of("printer.cups.not_taken", queue=self.queue, said=repr(answer.strip()))
            )
        job = match.group(1)
        deadline = time.monotonic() + self.timeout
        while job in self._run(["lpstat", "-W", "not-completed", "-o", self.queue]).split():
            if time.monotonic() >= deadline:
                state = self._run(["lpstat", "-l", "-p", self.queue]).strip()
                self._run(["cancel", job])
                raise self._fault(
                    Text.of(
                        "printer.cups.job_late",
                        queue=self.queue,
                        job=job,
                        seconds=float(self.timeout),
                        state=_last_line(state),
                    )
                )
            time.sleep(POLL_S)

    def _ready(self) -> None:
        printer = self._run(["lpstat", "-p", self.queue])
        if "disabled" in printer:
            stopped = Text.of("printer.cups.stopped", queue=self.queue, state=_last_line(printer))
            raise self._fault(stopped, "cupsenable")
        accepting = self._run(["lpstat", "-a", self.queue])
        if "not accepting" in accepting:
            raise self._fault(Text.of("printer.cups.not_accepting", queue=self.queue), "cupsaccept")

    def _run(self, command: list[str], data: str | None = None) -> str:
        try:
            done = subprocess.run(
                command,
                input=data,
                capture_output=True,
                text=True,
                timeout=_COMMAND_S,
                check=False,
            )
        except FileNotFoundError:
            raise PrinterNotReady(
                Text.of("printer.cups.not_installed", queue=self.queue, command=command[0]),
                Text.of("printer.cups.not_installed.action"),
            ) from None
        except subprocess.TimeoutExpired:
            raise self._fault(
                Text.of(
                    "printer.cups.no_answer",
                    queue=self.queue,
                    command=command[0],
                    seconds=_COMMAND_S,
                )
            ) from None
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip().splitlines()
            raise self._fault(
                Text.of(
                    "printer.cups.refused",
                    queue=self.queue,
                    command=command[0],
                    said=said[-1] if said else done.returncode,
                )
            )
        return done.stdout

    def _fault(self, what: Text, command: str = "") -> PrinterNotReady:
        action = (
            Text.of("printer.cups.restart.action", command=command, queue=self.queue)
            if command
            else Text.of("printer.cups.action", queue=self.queue)
        )
        return PrinterNotReady(what, action)


def _last_line(text: str) -> str | Text:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else Text.of("printer.cups.no_state")
