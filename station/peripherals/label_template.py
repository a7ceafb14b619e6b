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
from station.peripherals.label_zpl import (
    DEFAULT_TEMPLATE,
    LabelFields,
    braced,
    check_template,
    render,
    write_fields_action,
)
from station.text import Text

#: What a template must hold: its reason for each, as the supervisor-facing error says it.
REQUIRED = {
    "serial": Text.of("label_template.need.serial"),
    "device_id": Text.of("label_template.need.device_id"),
    "code": Text.of("label_template.need.code"),
}
#: A unit to render the template for: the longest ID-free serial a profile reports is 64.
SAMPLE = LabelFields(serial="SN-0000000001", device_id="2TBn-jNESuuHamE2Zo1anA")
#: The template a message is about when no file is named.
THE_TEMPLATE = Text.of("label_template.the")


def template_of(path: Path | None, target: str = "") -> str:
    """The target's checked ZPL template (the built-in label when `path` is None)."""
    if path is None:
        return DEFAULT_TEMPLATE
    where = (
        Text.of("label_template.at_target", path=str(path), target=target)
        if target
        else Text.of("label_template.at", path=str(path))
    )
    if not path.exists():
        raise ConfigError(
            Text.of("label_template.missing", where=where),
            Text.of("label_template.missing.action", path=str(path)),
        )
    if not path.is_file():
        raise ConfigError(
            Text.of("label_template.not_a_file", where=where),
            Text.of("label_template.not_a_file.action"),
        )
    text = read_text(path, where)
    filled_in(text, where)
    return text


def read_text(path: Path, where: Text | None = None) -> str:
    """The template file's text as it is, checked or not (the editor opens a broken one to fix
    it); `ConfigError` starting with `where` when it cannot be read as ASCII."""
    if where is None:
        where = Text.of("label_template.at", path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            Text.of("label_template.unreadable", where=where, reason=str(exc.strerror)),
            Text.of("label_template.unreadable.action"),
        ) from None
    try:
        return data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            Text.of(
                "label_template.file_not_ascii",
                where=where,
                offset=exc.start,
                byte=f"{data[exc.start]:02X}",
            ),
            Text.of("label_template.file_not_ascii.action"),
        ) from None


def write_text(path: Path, text: str) -> None:
    """Save a template the editor checked; `ConfigError` naming the file when it cannot be."""
    try:
        data = text.encode("ascii")
    except UnicodeEncodeError as exc:
        raise _not_ascii(THE_TEMPLATE, text, exc.start) from None
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ConfigError(
            Text.of(
                "label_template.unwritable",
                where=Text.of("label_template.at", path=str(path)),
                reason=str(exc.strerror),
            ),
            Text.of("label_template.unwritable.action"),
        ) from None


def filled_in(text: str, where: Text = THE_TEMPLATE) -> str:
    """The template `text` filled in for the `SAMPLE` unit, once it passes every rule after the
    file's own (safe, every field, draws); `ConfigError` starting with `where` otherwise."""
    odd = next((i for i, ch in enumerate(text) if not ch.isascii()), None)
    if odd is not None:
        raise _not_ascii(where, text, odd)
    try:
        check_template(text)
    except ConfigError as exc:
        raise ConfigError(
            Text.of("label_template.unsafe", where=where, problem=exc.text), exc.action_text
        ) from None
    missing = [name for name in REQUIRED if braced(name) not in text]
    if missing:
        needs = REQUIRED[missing[-1]]
        for name in reversed(missing[:-1]):
            needs = Text.of("label_template.need.and", first=REQUIRED[name], rest=needs)
        raise ConfigError(
            Text.of(
                "label_template.lacks",
                where=where,
                fields=", ".join(map(braced, missing)),
                needs=needs,
            ),
            Text.of("label_template.lacks.action"),
        )
    try:
        zpl = render(text, SAMPLE)
    except (ValueError, IndexError, KeyError) as exc:
        raise ConfigError(
            Text.of("label_template.unfillable", where=where, reason=str(exc)),
            write_fields_action(),
        ) from None
    problem = draw_problem(zpl)
    if problem is not None:
        raise ConfigError(
            Text.of("label_template.not_drawn", where=where, problem=problem),
            Text.of("label_template.not_drawn.action"),
        )
    return zpl


def _not_ascii(where: Text, text: str, offset: int) -> ConfigError:
    return ConfigError(
        Text.of("label_template.not_ascii", where=where, char=repr(text[offset]), offset=offset),
        Text.of("label_template.not_ascii.action"),
    )


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
