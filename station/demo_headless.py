"""`station demo --headless`: the whole line on the stand-ins, without a window.

It runs `station provision` on the demo environment with every line stand-in: the MES checks
each unit before it is registered, the unit is provisioned, its label prints on the loopback
printer, the simulated serial scanner scans that label back (rendered and decoded, see
`station/sandbox/scanner.py`), the unit's PASS becomes final once the label matches, the MES
hears the result, and the tower light on its pseudo-terminal follows. It then prints what the
journal and the stand-ins recorded, so one run shows the whole sequence.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from station.demo import DemoEnvironment, demo_environment
from station.engine.cli import provision
from station.sandbox.scanner import RENDERED
from station.text import Text

_HOW = {
    RENDERED: "reads each printed label as drawn by the ZPL renderer zplkit, decoded by zxing-cpp",
    "zpl-text": "reads each printed label's code from its ZPL text (zplkit, zxing-cpp and Pillow "
    "are not installed here, so the label is not drawn)",
}


def run_headless_demo(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    with ExitStack() as stack:
        workdir: Path | None = args.workdir
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="station-demo-")))
        # Always with check-scan: one headless run shows the whole line, label scanned back too.
        env = stack.enter_context(demo_environment(args, Path(workdir), check_scan=True))
        return run_on(env, args, out)


def run_on(env: DemoEnvironment, args: argparse.Namespace, out: TextIO) -> int:
    """Provision every slot of the started `env` and print what the line recorded."""
    _announce(env, args, out)
    code = provision(
        config_path=env.config_path,
        target=env.target_name,
        fixture=env.fixture_name,
        slots="all",
        operator=args.operator,
        as_json=args.json,
        out=out,
    )
    if env.mes is not None and env.tower is not None:
        record = line_record(env.journal_path)
        said = Text.of(
            "demo.line",
            asked=Text.of("count.times", count=len(env.mes.state.checks)),
            acked=Text.of("count.results", count=record.acked),
            printed=Text.of("count.labels", count=record.printed),
            matched=Text.of("count.labels", count=record.matched),
            shown=" -> ".join(env.tower.shown),
        )
        out.write(said.english + "\n")
        out.flush()
    return code


def _announce(env: DemoEnvironment, args: argparse.Namespace, out: TextIO) -> None:
    if set(env.slot_profiles) == {"smp"}:
        devices = f"{args.storage} devices"
    else:
        kinds = ", ".join(f"{n} {p}" for n, p in _counted(env.slot_profiles))
        storage = f"; {args.storage} storage on smp" if "smp" in env.slot_profiles else ""
        devices = f"devices ({kinds}{storage})"
    out.write(
        f"demo: {args.slots} simulated {devices}, Pairing stand-in at "
        f"{env.pairing_url}, journal {env.journal_path}\n"
    )
    if env.printer is not None and env.tower is not None and env.mes is not None:
        out.write(
            f"demo: MES stand-in at {env.mes.url}, label printer stand-in at "
            f"127.0.0.1:{env.printer.port}, serial tower light on a pseudo-terminal at "
            f"{env.tower.port}\n"
        )
    if env.scanner is not None:
        out.write(
            f"demo: check-scan on: a simulated serial scanner at {env.scanner.port} "
            f"{_HOW[env.scanner.how]}\n"
        )
    out.flush()


@dataclass(frozen=True)
class LineRecord:
    """What the journal holds of the line: MES results acknowledged, labels printed, labels
    scanned back that matched their unit."""

    acked: int
    printed: int
    matched: int


def line_record(journal: Path) -> LineRecord:
    from station.journal.audit_query import AuditFilter, AuditReader

    kinds = frozenset({"mes_result_ack", "label_print", "label_check"})
    with AuditReader.open(journal) as reader:
        events = list(reader.iter_events(AuditFilter(kinds=kinds)))
    return LineRecord(
        acked=sum(e.kind == "mes_result_ack" for e in events),
        printed=sum(e.kind == "label_print" and e.details.get("printed") == "true" for e in events),
        matched=sum(e.kind == "label_check" and e.details.get("result") == "match" for e in events),
    )


def _counted(names: list[str]) -> list[tuple[int, str]]:
    return [(names.count(n), n) for n in dict.fromkeys(names)]
