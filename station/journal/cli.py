"""`station journal ...`: list, show, export, summarise and verify the provisioning journal,
and list its privileged events.

Every sub-command reads the journal named by `--journal PATH`, or the one the configuration
(`--config FILE`, default location otherwise) points at. All of them only read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from station.errors import UsageError
from station.journal.attempt_query import UNFINISHED, AttemptFilter, JournalQuery, Summary
from station.journal.audit_query import (
    AUDIT_FORMATS,
    AUDIT_KINDS,
    AuditFilter,
    AuditReader,
    write_events,
    write_events_to_path,
)
from station.journal.damage import RESTORE
from station.journal.export import export
from station.journal.model import RESULTS, AttemptDetail, AttemptRow, JournalError
from station.journal.verify import verify
from station.text import Text, say

EXIT_OK = 0
EXIT_FAILED = 1


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "journal",
        help="list, show, export, summarise and verify provisioning attempts",
        description="Read the provisioning journal (QA). Nothing here changes the journal.",
    )
    sub = parser.add_subparsers(dest="journal_command", metavar="JOURNAL_COMMAND", required=True)

    p = sub.add_parser("list", help="recent attempts, newest first")
    _source_options(p)
    _filter_options(p)
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows (50)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(handler=_list)

    p = sub.add_parser("show", help="everything about one attempt")
    _source_options(p)
    p.add_argument("attempt", metavar="ATTEMPT", help="attempt ID (or its first characters)")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=_show)

    p = sub.add_parser("export", help="export attempts to CSV or JSON Lines")
    _source_options(p)
    _filter_options(p)
    p.add_argument("--format", choices=("csv", "jsonl"), required=True)
    p.add_argument(
        "--steps",
        action="store_true",
        help="CSV: add every step as JSON in a 'steps' column (JSON Lines always has it)",
    )
    p.add_argument("--out", type=Path, metavar="FILE", help="write here (default: stdout)")
    p.set_defaults(handler=_export)

    p = sub.add_parser("summary", help="attempts, yield, units per hour and failure Pareto")
    _source_options(p)
    _filter_options(p)
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(handler=_summary)

    p = sub.add_parser("verify", help="check the hash chain and tables; name the first bad record")
    _source_options(p)
    p.set_defaults(handler=_verify)

    p = sub.add_parser(
        "events",
        help="privileged events: sign-ins, target, key and token changes, overrides, unregisters",
        description="List the journal's privileged events (who, when, why), oldest first.",
    )
    _source_options(p)
    g = p.add_argument_group("filters (combined with AND)")
    g.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help=f"one of {', '.join(AUDIT_KINDS)} (repeat or comma-separate)",
    )
    g.add_argument("--since", metavar="WHEN", help="at or after (2026-03-01 or ISO time)")
    g.add_argument("--until", metavar="WHEN", help="before (a date means its midnight)")
    g.add_argument("--actor", default="", help="who, or part of the name (any case)")
    p.add_argument("--format", choices=AUDIT_FORMATS, default="table")
    p.add_argument("--out", type=Path, metavar="FILE", help="write here (default: stdout)")
    p.set_defaults(handler=_events)


def _source_options(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--config", type=Path, metavar="FILE", help="station configuration")
    group.add_argument("--journal", type=Path, metavar="PATH", help="journal file")


def _filter_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (combined with AND)")
    g.add_argument("--since", metavar="WHEN", help="started at or after (2026-03-01 or ISO time)")
    g.add_argument("--until", metavar="WHEN", help="started before (a date means its midnight)")
    g.add_argument(
        "--result",
        action="append",
        metavar="RESULT",
        help=f"one of {', '.join(sorted(RESULTS))}, {UNFINISHED} (repeat or comma-separate)",
    )
    g.add_argument("--text", default="", help="device ID or hardware serial contains this")
    g.add_argument("--slot")
    g.add_argument("--operator")
    g.add_argument("--target")
    g.add_argument("--realm")
    g.add_argument("--error-class", dest="error_class")


def journal_path(args: argparse.Namespace) -> Path:
    """The journal the command reads: `--journal`, or the configuration's journal."""
    if args.journal is not None:
        return Path(args.journal)
    from station.config import load_config

    return load_config(args.config).journal_path


def _when(text: str | None, option: str) -> datetime | None:
    if text is None:
        return None
    try:
        if len(text) == 10:
            moment = datetime.combine(date.fromisoformat(text), time())
        else:
            moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            Text.of("journal.cli.not_a_time", option=option, text=repr(text)),
            Text.of("journal.cli.not_a_time.action", option=option),
        ) from None
    # A time without a zone is the plant's local time, as people read clocks.
    return moment if moment.tzinfo is not None else moment.astimezone()


def attempt_filter(args: argparse.Namespace) -> AttemptFilter:
    results: set[str] = set()
    for item in args.result or []:
        for part in item.split(","):
            name = part.strip().upper()
            if name not in RESULTS and name != UNFINISHED:
                raise UsageError(
                    Text.of("journal.cli.not_a_result", name=repr(name)),
                    Text.of(
                        "journal.cli.use_one_of.action",
                        names=f"{', '.join(sorted(RESULTS))}, {UNFINISHED}",
                    ),
                )
            results.add(name)
    return AttemptFilter(
        since=_when(args.since, "--since"),
        until=_when(args.until, "--until"),
        results=frozenset(results),
        text=args.text,
        slot=args.slot,
        operator=args.operator,
        target=args.target,
        realm=args.realm,
        error_class=args.error_class,
    )


def _local(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _row_json(row: AttemptRow) -> dict[str, Any]:
    data = asdict(row)
    for key in ("started_at", "finished_at"):
        data[key] = None if data[key] is None else data[key].isoformat()
    data["duration_s"] = row.duration_s
    return data


def _list(args: argparse.Namespace) -> int:
    f = attempt_filter(args)
    with JournalQuery.open(journal_path(args)) as query:
        rows = query.rows(query.keys(f, limit=max(0, args.limit)))
        total = query.count(f)
    out = sys.stdout
    if args.json:
        for row in rows:
            out.write(json.dumps(_row_json(row), ensure_ascii=False) + "\n")
        return EXIT_OK
    header = (
        "STARTED",
        "SLOT",
        "RESULT",
        "DEVICE ID",
        "SERIAL",
        "OPERATOR",
        "TARGET",
        "ERROR",
        "SECONDS",
        "ATTEMPT",
    )
    table = [header] + [
        (
            _local(r.started_at),
            r.slot,
            r.result or UNFINISHED,
            r.device_id or "",
            r.hardware_serial or "",
            r.operator,
            r.target_name,
            r.error_class,
            "" if r.duration_s is None else f"{r.duration_s:.1f}",
            r.attempt_id,
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")
    out.write(f"{len(rows)} of {total} matching attempts\n")
    return EXIT_OK


def _find(query: JournalQuery, text: str) -> AttemptDetail:
    detail = query.attempt(text)
    if detail is not None:
        return detail
    matches = query.ids_with_prefix(text) if len(text) >= 4 else []
    if len(matches) == 1:
        found = query.attempt(matches[0])
        assert found is not None
        return found
    if len(matches) > 1:
        raise UsageError(
            Text.of("journal.cli.several", text=repr(text)),
            Text.of("journal.cli.several.action"),
        )
    raise JournalError(
        Text.of("journal.cli.no_attempt", text=repr(text), path=str(query.path)),
        Text.of("journal.cli.no_attempt.action"),
    )


def _show(args: argparse.Namespace) -> int:
    with JournalQuery.open(journal_path(args)) as query:
        detail = _find(query, args.attempt)
    out = sys.stdout
    row = detail.row
    if args.json:
        data = _row_json(row)
        data["steps"] = [
            {**asdict(s), "started_at": s.started_at.isoformat()} for s in detail.steps
        ]
        data["intents"] = [
            {**asdict(i), "recorded_at": i.recorded_at.isoformat()} for i in detail.intents
        ]
        data["link_stats"] = detail.link_stats
        data["console_excerpt"] = detail.console_excerpt
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    fields = [
        ("Attempt", row.attempt_id),
        ("Result", row.result or f"{UNFINISHED} (begun, never finished)"),
        ("Started", _local(row.started_at)),
        ("Finished", _local(row.finished_at)),
        ("Duration", "" if row.duration_s is None else f"{row.duration_s:.2f} s"),
        ("Station", row.station_id),
        ("Slot", row.slot),
        ("Operator", row.operator),
        ("Target", f"{row.target_name} (realm {row.realm}, {row.pairing_url})"),
        ("Device ID", row.device_id or ""),
        ("Serial", row.hardware_serial or ""),
        ("Model", f"{row.model or ''} firmware {row.firmware or ''}".strip()),
        ("Storage", row.storage_kind or ""),
        ("Fingerprint", row.fingerprint or ""),
        ("Error class", row.error_class),
        ("Message", row.message),
        ("Action shown", row.action),
    ]
    for label, value in fields:
        if value:
            out.write(f"{label + ':':<14}{value}\n")
    if detail.steps:
        out.write("Steps:\n")
        for step in detail.steps:
            mark = "ok  " if step.ok else "FAIL"
            out.write(
                f"  {mark} {step.step:<14}{step.duration_s:8.3f} s  "
                f"{_local(step.started_at)}  {step.detail}".rstrip()
                + "\n"
            )
    if detail.intents:
        out.write("Intents (secret fingerprints recorded before writing):\n")
        for intent in detail.intents:
            out.write(f"  {_local(intent.recorded_at)}  {intent.fingerprint}\n")
    if detail.link_stats:
        stats = ", ".join(f"{k}={v}" for k, v in sorted(detail.link_stats.items()))
        out.write(f"Link:         {stats}\n")
    if detail.console_excerpt:
        out.write("Console (last lines, redacted):\n")
        for line in detail.console_excerpt.splitlines():
            out.write(f"  | {line}\n")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    f = attempt_filter(args)
    path = journal_path(args)
    if args.out is None:
        export(path, sys.stdout, f, format=args.format, steps=args.steps)
        return EXIT_OK
    count = export(path, Path(args.out), f, format=args.format, steps=args.steps)
    sys.stderr.write(f"exported {count} attempts to {args.out}\n")
    return EXIT_OK


def _summary_json(summary: Summary) -> dict[str, Any]:
    return asdict(summary)


def _summary(args: argparse.Namespace) -> int:
    f = attempt_filter(args)
    with JournalQuery.open(journal_path(args)) as query:
        summary = query.summary(f)
    out = sys.stdout
    if args.json:
        out.write(json.dumps(_summary_json(summary), indent=2) + "\n")
        return EXIT_OK
    fpy = "n/a" if summary.first_pass_yield is None else f"{summary.first_pass_yield:.1%}"
    uph = "n/a" if summary.units_per_hour is None else f"{summary.units_per_hour:.1f}"
    out.write(f"Attempts:          {summary.attempts}\n")
    out.write(f"Pass:              {summary.passed}\n")
    out.write(f"Fail:              {summary.failed}\n")
    out.write(f"Scrap:             {summary.scrapped}\n")
    for result, n in sorted(summary.by_result.items()):
        if result not in ("PASS", "FAIL", "SCRAP"):
            out.write(f"{result.title() + ':':<19}{n}\n")
    if summary.unfinished:
        out.write(f"Unfinished:        {summary.unfinished}\n")
    out.write(
        f"First-pass yield:  {fpy} ({summary.first_pass_devices} of {summary.devices} devices)\n"
    )
    active_min = (summary.window_s or 0.0) / 60
    # Per hour of active production (docs/qa.md), which the reader must know to compare it.
    out.write(f"Units per hour:    {uph} (over {active_min:.0f} min of active production)\n")
    if summary.pareto:
        out.write("Failures by class:\n")
        for entry in summary.pareto:
            out.write(
                f"  {entry.error_class:<24}{entry.count:>8}  {entry.share:6.1%}  "
                f"(cumulative {entry.cumulative_share:.1%})\n"
            )
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    path = journal_path(args)
    result = verify(path)
    if result.ok:
        say(Text.of("journal.cli.verified", path=str(path), count=result.checked))
        return EXIT_OK
    reason = result.reason_text or result.reason
    if result.damaged:
        say(Text.of("journal.cli.damaged", path=str(path), reason=reason, action=RESTORE))
        return EXIT_FAILED
    where = (
        Text.of("journal.cli.at_record", seq=result.first_bad_seq)
        if result.first_bad_seq is not None
        else Text.of("journal.cli.at_tables")
    )
    say(
        Text.of(
            "journal.cli.failed",
            path=str(path),
            where=where,
            reason=reason,
            checked=result.checked,
        )
    )
    return EXIT_FAILED


def _events(args: argparse.Namespace) -> int:
    with AuditReader.open(journal_path(args)) as reader:
        kinds: set[str] = set()
        wanted = [k.strip() for item in args.kind or [] for k in item.split(",") if k.strip()]
        if wanted:
            known = set(AUDIT_KINDS) | set(reader.kinds())
            unknown = sorted(set(wanted) - known)
            if unknown:
                raise UsageError(
                    Text.of("journal.cli.not_a_kind", kind=repr(unknown[0])),
                    Text.of("journal.cli.use_one_of.action", names=", ".join(sorted(known))),
                )
            kinds = set(wanted)
        audit_filter = AuditFilter(
            kinds=frozenset(kinds),
            since=_when(args.since, "--since"),
            until=_when(args.until, "--until"),
            actor=args.actor,
        )
        events = reader.iter_events(audit_filter)
        if args.out is None:
            count = write_events(events, sys.stdout, args.format)
        else:
            count = write_events_to_path(events, Path(args.out), args.format)
    if args.out is not None:
        sys.stderr.write(f"wrote {count} privileged events to {args.out}\n")
    elif args.format == "table":
        sys.stdout.write(f"{count} privileged events\n")
    return EXIT_OK
