"""Building the NVS partition image the station writes, in memory, with Espressif's generator.

The image holds every entry the partition already had, exactly, plus the one credentials secret
(namespace `astarte_pairing`, key `cred_secret`, a NUL-terminated string as `nvs_set_str`
stores it). It is built in a BytesIO: no CSV and no file ever carries the secret. Before the
image is accepted it is parsed back with our own reader and compared entry by entry with what
was there; anything the generator would change (legacy v1 blobs, keys it special-cases, text
that is not UTF-8) is refused with the reason instead of being lost.
"""

from __future__ import annotations

import contextlib
import io

from esp_idf_nvs_partition_gen import nvs_partition_gen as gen

from station.profiles.esp32.nvs import PAGE_SIZE, NvsContents, NvsEntry, parse
from station.secret import Secret

NAMESPACE = "astarte_pairing"
KEY = "cred_secret"
MIN_SIZE = 3 * PAGE_SIZE  # the generator's floor for a read/write partition


class CannotCarryOver(Exception):
    """The partition holds something the rebuilt image would not keep exactly."""


def build(size: int, existing: NvsContents, secret: Secret, *, drop_damaged: bool = False) -> bytes:
    """The partition image: `existing`'s entries (any old cred_secret replaced) + the secret.

    Damaged entries (`existing.faults`) refuse the rebuild unless `drop_damaged`: the caller
    has recorded them (an interrupted write leaves exactly such remnants, which the chip's NVS
    library would discard as well)."""
    if size % PAGE_SIZE or size < MIN_SIZE:
        raise CannotCarryOver(f"an NVS partition of {size:#x} bytes is below the 0x3000 minimum")
    if existing.faults and not drop_damaged:
        raise CannotCarryOver("the partition has damaged entries: " + "; ".join(existing.faults))
    kept = [e for e in existing.entries if (e.namespace, e.key) != (NAMESPACE, KEY)]
    for e in kept:
        if e.kind == "blob_v1":
            raise CannotCarryOver(
                f"{e.namespace}/{e.key} is a blob in the pre-ESP-IDF-4 single-page format"
            )
        if e.kind == "string":
            try:
                e.value.decode("utf-8") if isinstance(e.value, bytes) else None
            except UnicodeDecodeError:
                raise CannotCarryOver(f"{e.namespace}/{e.key} is text that is not UTF-8") from None
    wanted = [*kept, NvsEntry(NAMESPACE, KEY, "string", secret.reveal().encode("ascii"))]
    image = generate(size, wanted)
    again = parse(image)
    if again.faults or sorted(again.entries, key=_order) != sorted(wanted, key=_order):
        raise CannotCarryOver(
            "rebuilding the partition would not keep every entry exactly as it was"
        )
    return image


def _order(e: NvsEntry) -> tuple[str, str]:
    return (e.namespace, e.key)


def generate(size: int, entries: list[NvsEntry]) -> bytes:
    """An NVS partition image holding exactly `entries` (for seeding test devices, too)."""
    out = io.BytesIO()
    # The generator reports on stdout; nothing it says may reach the station's output.
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            # The last page stays reserved, as ESP-IDF keeps one free for garbage collection.
            nvs = gen.nvs_open(out, size - PAGE_SIZE, gen.Page.VERSION2)
            namespaces: dict[str, int] = {}
            for e in entries:
                if e.namespace not in namespaces:
                    gen.write_entry(nvs, e.namespace, "namespace", "", "")
                    namespaces[e.namespace] = gen.get_namespace_idx(nvs)
                encoding, value = _encode(e)
                gen.write_entry(nvs, e.key, "data", encoding, value, namespaces[e.namespace])
            gen.nvs_close(nvs)
        except (gen.InsufficientSizeError, gen.PageFullError) as exc:
            raise CannotCarryOver(f"the entries do not fit the partition ({exc})") from None
        except gen.InputError as exc:
            raise CannotCarryOver(f"the generator refused an entry ({exc})") from None
    return out.getvalue()


def _encode(e: NvsEntry) -> tuple[str, str]:
    if isinstance(e.value, int):
        return e.kind, str(e.value)
    if e.kind == "string":
        return "string", e.value.decode("utf-8")
    return "hex2bin", e.value.hex()
