"""A target's label template file, checked as `station config check` and the station's start do.

One rule, read from the file in this order, each failure a `ConfigError` naming the file, the
target and what to do:

1. it exists and is a file;
2. it can be read, as plain ASCII (a printer's font 0 prints nothing else);
3. it is a safe template (`label_zpl.check_template`: `^XA` … `^XZ`, no `^FH`, known fields);
4. it holds every field a label needs (`REQUIRED`): the serial and the device ID as text for
   people, the code for the QR and DataMatrix symbols;
5. it renders for a sample unit, and, where the ZPL renderer `zplkit` is installed (tests, a
   supervisor's PC with the editor's preview), the rendered ZPL draws as a printer would.
"""

from __future__ import annotations

from pathlib import Path

from station.errors import ConfigError
from station.peripherals.label_zpl import DEFAULT_TEMPLATE, LabelFields, check_template, render

#: What a template must hold: its reason for each, as the operator-facing error says it.
REQUIRED = {
    "serial": "the unit's serial printed for people",
    "device_id": "the device ID printed for people",
    "code": "the code in the QR and DataMatrix symbols that identifies the unit",
}
#: A unit to render the template for: the longest ID-free serial a profile reports is 64.
SAMPLE = LabelFields(serial="SN-0000000001", device_id="2TBn-jNESuuHamE2Zo1anA")


def template_of(path: Path | None, target: str = "") -> str:
    """The target's checked ZPL template (the built-in label when `path` is None)."""
    if path is None:
        return DEFAULT_TEMPLATE
    where = f"The label template {path}" + (f" (target {target})" if target else "")
    fix = (
        "Fix the target's label_template in the supervisor's target editor, or clear it to "
        "print the built-in label."
    )
    if not path.exists():
        raise ConfigError(f"{where} does not exist.", f"Put the template file at {path}. {fix}")
    if not path.is_file():
        raise ConfigError(f"{where} is not a file.", f"Name the template file itself. {fix}")
    text = read_text(path, where)
    filled_in(text, where)
    return text


def read_text(path: Path, where: str = "") -> str:
    """The template file's text as it is, checked or not (the editor opens a broken one to fix
    it); `ConfigError` starting with `where` when it cannot be read as ASCII."""
    where = where or f"The label template {path}"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"{where} cannot be read ({exc.strerror}).",
            "Let the user the station runs as read it (its owner or mode), then check again.",
        ) from None
    try:
        return data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{where} is not plain ASCII (byte {exc.start} is 0x{data[exc.start]:02X}).",
            "Keep label text to plain ASCII (a printer's font 0 prints nothing else); save the "
            "file without accents, symbols or a byte-order mark.",
        ) from None


def write_text(path: Path, text: str) -> None:
    """Save a template the editor checked; `ConfigError` naming the file when it cannot be."""
    try:
        data = text.encode("ascii")
    except UnicodeEncodeError as exc:
        raise ConfigError(
            f"The label template holds {text[exc.start]!r} at character {exc.start}, which is "
            "not plain ASCII.",
            "Keep label text to plain ASCII (a printer's font 0 prints nothing else).",
        ) from None
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ConfigError(
            f"The label template {path} could not be written ({exc.strerror}).",
            "Save it in a folder the station's user may write to, or let that user write there.",
        ) from None


def filled_in(text: str, where: str = "The label template") -> str:
    """The template `text` filled in for the `SAMPLE` unit, once it passes every rule after the
    file's own (safe, every field, draws); `ConfigError` starting with `where` otherwise."""
    odd = next((i for i, ch in enumerate(text) if not ch.isascii()), None)
    if odd is not None:
        raise ConfigError(
            f"{where} holds {text[odd]!r} at character {odd}, which is not plain ASCII.",
            "Keep label text to plain ASCII (a printer's font 0 prints nothing else).",
        )
    try:
        check_template(text)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc.message}", exc.action) from None
    missing = [name for name in REQUIRED if "{" + name + "}" not in text]
    if missing:
        raise ConfigError(
            f"{where} has no {', '.join('{' + m + '}' for m in missing)} field, so the label "
            f"would lack {'; '.join(REQUIRED[m] for m in missing)}.",
            "Put each field into the template (the built-in label shows where), then check again.",
        )
    try:
        zpl = render(text, SAMPLE)
    except (ValueError, IndexError, KeyError) as exc:
        raise ConfigError(
            f"{where} cannot be filled in for a unit ({exc}).",
            "Write each field as {serial}, {device_id} or {code}, and double other braces.",
        ) from None
    problem = draw_problem(zpl)
    if problem is not None:
        raise ConfigError(
            f"{where} does not draw as a printer would: {problem}.",
            "Fix the ZPL command at that position (the supervisor's label editor shows the "
            "label as it draws).",
        )
    return zpl


def draw_problem(zpl: str) -> str | None:
    """What a ZPL renderer refuses in `zpl`, or None (also when no renderer is installed)."""
    try:
        import zplkit  # the renderer the editor's preview and the tests use
        from zplkit.rendering import RenderError
    except ImportError:
        return None
    try:
        zplkit.render(zpl.encode("ascii"), zplkit.Options(width=2, height=1, dpi=203))
    except RenderError as exc:  # it names the byte offset
        return str(exc)
    return None
