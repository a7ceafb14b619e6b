"""The engine's verdicts, steps and the words they put around a cause (attempt.py, checks.py,
policy.py, check_scan.py, mes_step.py, worker.py)."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # The transaction's steps (station.engine.events.Step), as the tile names them.
    "step.connect": "Connecting",
    "step.identify": "Reading identity",
    "step.policy": "Checking policy",
    "step.register": "Registering with Astarte",
    "step.record_intent": "Recording in journal",
    "step.write": "Writing credentials",
    "step.read_back": "Checking the write",
    "step.verify_cloud": "Verifying with Astarte",
    "step.lock": "Locking",
    # The step an attempt stopped at, inside a sentence ("Stopped by the operator at '...'").
    "step_at.start": "start",
    "step_at.connect": "connecting",
    "step_at.identify": "reading identity",
    "step_at.policy": "checking policy",
    "step_at.register": "registering with astarte",
    "step_at.record_intent": "recording in journal",
    "step_at.write": "writing credentials",
    "step_at.read_back": "checking the write",
    "step_at.verify_cloud": "verifying with astarte",
    "step_at.lock": "locking",
    "abort.write_read_back": (
        "The device was read back: its storage holds the secret this attempt recorded (the "
        "digest matches the journal's intent)."
    ),
    # What an attempt's verdict puts around its cause (attempt.py).
    "slot.prefix": "Slot {slot}: {message}",
    "slot.then_again": "{action} Then provision the device in slot {slot} again.",
    "slot.provision_again": "Provision the device in slot {slot} again.",
    "slot.scrap_bin": "Take the device out of slot {slot} and put it in the SCRAP bin.",
    "slot.look_up_journal": "Set the device from slot {slot} aside and look it up in the journal.",
    "attempt.provisioned": "Provisioned.",
    "abort.by_operator": "Stopped by the operator.",
    "abort.shutting_down": "The station is shutting down.",
    "abort.by_operator.bare": "Stopped by the operator",
    "abort.shutting_down.bare": "The station is shutting down",
    "abort.stopped_at": "Stopped by the operator at '{step}'.",
    "abort.stopped_at_because": "Stopped by the operator at '{step}'. {reason}",
    "abort.write_finished": (
        "{reason} The write in progress was allowed to finish, then the station stopped. {held}"
    ),
    "abort.again_when_ready": "Provision the device in slot {slot} again when ready.",
    "abort.resumes_at_cloud_check": (
        "Provision the device in slot {slot} again when ready: the station resumes at the "
        "cloud check without registering it again."
    ),
    "internal.error": (
        "The station hit an internal error at '{step}' in slot {slot}; the device was left as "
        "it was at that step."
    ),
    "internal.error.action": (
        "Provision the device in slot {slot} again; if it repeats, report it to the station's "
        "maintainers with the log."
    ),
    "internal.worker": "Slot {slot} hit an internal error and may show a stale state.",
    "internal.worker.action": "Restart the station; report the log to its maintainers.",
    # What the device or the cloud said that the station did not expect (checks.py).
    "word.hardware_id": "hardware ID",
    "word.device_id": "device ID",
    "word.hardware_serial": "hardware serial",
    "word.none": "none",
    "check.identity_changed": (
        "The device in slot {slot} changed its identity during the attempt: its {what} was "
        "{before}, now {after}."
    ),
    "check.identity_changed.action": (
        "Set the device from slot {slot} aside for a firmware check; if it was swapped during "
        "the attempt, provision the device in the slot again."
    ),
    "check.read_back_mismatch": (
        "After the write, the device in slot {slot} reports {state} storage with a digest that "
        "is not the secret just written."
    ),
    "check.reads_first.action": (
        "Leave the device in slot {slot} and provision it again: the station reads what was "
        "stored before doing anything else."
    ),
    "check.reveal_mismatch": (
        "The device in slot {slot} revealed a secret that does not match the digest it reports."
    ),
    "check.firmware_check.action": "Set the device from slot {slot} aside for a firmware check.",
    "check.write_interrupted.other_secret": (
        "The write to the device in slot {slot} was interrupted and its storage holds a secret "
        "other than the one just written."
    ),
    "check.write_interrupted.state": (
        "The write to the device in slot {slot} was interrupted and its storage is now {state}."
    ),
    "check.write_interrupted.action": (
        "Leave the device in slot {slot} and provision it again: the station decides from what "
        "was stored."
    ),
    "check.no_state_after": (
        "The {command} to the device in slot {slot} may or may not have completed ({unknown}), "
        "and the device no longer answers ({last})."
    ),
    "check.reseat_reads_first.action": (
        "Reseat the device in slot {slot} and provision it again: the station reads what was "
        "stored before doing anything else."
    ),
    "check.already_confirmed": (
        "Astarte reports device {device} (slot {slot}) as already confirmed: its secret has "
        "been used to obtain a certificate."
    ),
    "check.already_confirmed.action": (
        "Set the device from slot {slot} aside for the supervisor (rework)."
    ),
    "check.device_status": "Astarte reports device {device} (slot {slot}) as {status}.",
    "check.device_status.action": "Set the device from slot {slot} aside for the supervisor.",
    # Check-scan: a provisioned unit's label scanned back (check_scan.py, station/line/labels.py).
    "check_scan.scan_back.action": "Scan the label on {unit} in slot {slot}.",
    "check_scan.relabel.action": (
        "Relabel: reprint with Line → Reprint label, slot {slot}, then scan it."
    ),
    "check_scan.timed_out": (
        "Slot {slot}: {unit} was provisioned, but its label was not scanned back within "
        "{timeout_s} s, so it is not checked."
    ),
    "check_scan.stopped": (
        "Slot {slot}: {unit} was provisioned, but it was stopped before its label was scanned "
        "back ({reason})."
    ),
    "check_scan.passed": "Provisioned; its label checks out.",
    "check_scan.waiting": "Provisioned; waiting for its label to be scanned back.",
    "check_scan.unreadable": ("Slot {slot}: the label scanned for {unit} does not read. {reason}"),
    "check_scan.mismatch": (
        "Slot {slot}: the label scanned is of another unit (device {scanned}), not of {unit} "
        "(device {device})."
    ),
    "label_code.not_a_label": "The scanned code is not a device label's code.",
    "label_code.not_a_label.action": (
        "Scan the QR or DataMatrix code on the unit's label, not its serial barcode."
    ),
    "label_code.check_char": (
        "The scanned code's check character does not match: it was read wrong."
    ),
    "label_code.check_char.action": "Scan the label again; if it fails again, reprint the label.",
    "check_scan.checks_out": "Slot {slot}: the label of {unit} checks out.",
    "check_scan.recheck_out": (
        "Slot {slot}: the new label of {unit} checks out. The journal keeps the attempt's FAIL "
        "and this check after it."
    ),
    "check_scan.nobody_waits": (
        "The scanned label is of device {device}, which no slot here waits for (waiting: "
        "{waiting})."
    ),
    "check_scan.nobody_waits.action": (
        "Take that label off the unit it is on. Put each unit's own label on it (Line → Reprint "
        "label, slot N) and scan it again."
    ),
    "check_scan.pick_first.action": (
        "{action} Slots {slots} wait for their labels: select the slot first (scan its SLOT: "
        "label or press its number), then scan its unit's label."
    ),
    "label_scan.waiting": "Waiting for the unit's label to be scanned.",
    # A unit identified by its label scan (station/profiles/label_scan.py).
    "label_scan.scan.action": "Scan the label of the unit in slot {slot}.",
    "label_scan.again.action": "Scan the label of the unit in slot {slot} again.",
    "label_scan.empty": "The scan for slot {slot} was empty.",
    "label_scan.too_long": (
        "The scan for slot {slot} is {length} characters long; a unit's serial has at most {most}."
    ),
    "label_scan.too_long.action": (
        "Scan the label of the unit in slot {slot} again. If it was the right label, the "
        "scanner may have read two codes at once: cover the other code."
    ),
    "label_scan.control_char": (
        "The scan for slot {slot} holds a control character ({code}); a unit's serial is "
        "printable ASCII."
    ),
    "label_scan.non_ascii": (
        "The scan for slot {slot} holds a non-ASCII character ({code}); a unit's serial is "
        "printable ASCII."
    ),
    "label_scan.bad_char.action": (
        "Scan the label of the unit in slot {slot} again. If it repeats, set the scanner to a "
        "plain keyboard (US) layout with no prefix or suffix codes."
    ),
    "label_scan.not_waiting": (
        "Slot {slot} is not waiting for a label scan; serial {serial} was not used."
    ),
    "label_scan.not_waiting.action": (
        "Start the slot first; scan the unit's label when its tile asks for it."
    ),
    "label_scan.taken": (
        "Serial {serial} is already the identity of the unit in slot {other}; slot {slot} "
        "cannot take it too."
    ),
    "label_scan.taken.action": (
        "Check which unit carries this label. Scan the label of the unit in slot {slot}, not "
        "the one in slot {other}."
    ),
    "label_scan.timed_out": (
        "No label was scanned for slot {slot} within {timeout_s} s; the unit was not registered."
    ),
    "label_scan.timed_out.action": (
        "Press Start on slot {slot} again and scan the unit's label when its tile asks for it."
    ),
    # A slot whose last attempt was cut short after its intent (runner.py).
    "ready.interrupted": "Interrupted attempt found; press Start to resume.",
    "ready.interrupted.action": (
        "Press Start on slot {slot} with the same device in it: the station checks what "
        "reached its storage and resumes, or registers it again, as needed."
    ),
    # The target's policy refuses a device before anything irreversible (policy.py).
    "policy.no_device_id": (
        "The device in slot {slot} did not report an Astarte device ID, and this target takes "
        "the ID from the device."
    ),
    "policy.no_device_id.action": (
        "Check the firmware of the device in slot {slot}, or ask the supervisor to set the "
        "target's device-ID rule to derive IDs (uuid5)."
    ),
    "policy.no_namespace": "The target derives device IDs but has no namespace UUID configured.",
    "policy.no_namespace.action": "Ask the supervisor to set the target's device-ID namespace.",
    "policy.no_serial": "The device in slot {slot} has no hardware serial to derive its ID from.",
    "policy.no_serial.action": (
        "Check the firmware of the device in slot {slot}, or ask the supervisor to derive IDs "
        "from the hardware id instead."
    ),
    "policy.invalid_device_id": "The device in slot {slot} reports an unusable device ID: {reason}",
    "policy.invalid_device_id.action": (
        "Set the device in slot {slot} aside for a firmware check. {action}"
    ),
    "policy.duplicate": (
        "Device {device} in slot {slot} is being provisioned in slot {other} right now."
    ),
    "policy.duplicate.action": (
        "Remove the device from slot {slot}; two devices with one identity need a supervisor "
        "check (cloned serial?)."
    ),
    "policy.already_passed": "Device {device} in slot {slot} already passed for realm {realm}.",
    "policy.already_passed.action": (
        "Set the device in slot {slot} aside; provisioning it again needs a supervisor override."
    ),
    "policy.not_allowed": (
        "Serial {serial} of the device in slot {slot} is not allowed for this target."
    ),
    "policy.not_allowed.action": (
        "Check that the device in slot {slot} belongs to this batch; the supervisor sets the "
        "allowed serials."
    ),
    "policy.storage_not_accepted": (
        "The device in slot {slot} has {kind} storage; this target accepts {accepted}."
    ),
    "policy.storage_not_accepted.action": (
        "Check that the device in slot {slot} is the right model for this target."
    ),
    # The plant's MES route check (mes_step.py).
    "mes.held": "Slot {slot}: the MES holds {unit}: {reason}",
    "mes.held.action": (
        "Set the device from slot {slot} aside and give it to the supervisor with the MES's "
        "reason; it was not registered."
    ),
    "mes.blocked": (
        "{cause} This target's MES offline policy is block: no unit is provisioned while the "
        "MES cannot be asked."
    ),
    "mes.blocked.action": "Leave the device in slot {slot}. {action}",
    # The offline policy's verdict (station/mes/policy.py): the MES's reason as it gave it.
    "mes.allows": "The MES allows this unit here.",
    "mes.holds": "The MES holds this unit: {reason}",
    "mes.advisory": (
        "{cause} This line's MES is advisory: the unit goes on and its result is queued for the "
        "MES."
    ),
    # The MES results waiting to be sent (mes_outbox.py).
    "mes.outbox.empty": "The MES has taken every queued result.",
    "mes.outbox.waiting": Plural(
        "{count} result waits for the MES, kept in the journal. {cause}",
        "{count} results wait for the MES, kept in the journal. {cause}",
    ),
    "mes.outbox.waiting.action": (
        "Nothing is lost: the station resends them until the MES takes them. Tell the "
        "supervisor if this lasts."
    ),
    # The MES facade's client (station/mes/client.py).
    "mes.timeout": "The MES did not answer the route {what} within {timeout_s} s.",
    "mes.timeout.action": (
        "Tell the supervisor the MES is slow or down; the target's offline policy decides "
        "whether units may go on."
    ),
    "mes.unreachable": "The MES cannot be reached for the route {what} ({kind}).",
    "mes.unreachable.action": (
        "Tell the supervisor the MES is down or the network to it is; the target's offline "
        "policy decides whether units may go on."
    ),
    "mes.not_a_url": "{url} is not an MES facade URL.",
    "mes.not_a_url.action": (
        "Write it as https://<mes-host>/<path>, the base the plant's facade serves /route/check "
        "and /route/result under."
    ),
    "mes.not_facade": "The MES's answer to the route {what} is not the facade's: it {detail}.",
    "mes.not_facade.action": (
        "Tell the supervisor: the MES facade URL may point at another service, or the facade is "
        "broken. The target's offline policy decides whether units may go on."
    ),
    # What the device's storage holds, against the journal's latest intent (recovery.py).
    "decision.empty_after_intent": (
        "An earlier attempt registered this device but nothing reached its storage; "
        "registering again (only the newest secret counts while the device is pending)."
    ),
    "decision.empty": "Storage is empty.",
    "decision.recovered_locked": (
        "An interrupted attempt wrote, verified and locked this device; the stored digest "
        "matches the journal's intent."
    ),
    "decision.passed_locked": "The device passed here before and is locked.",
    "decision.passed_locked.inner": "the device passed here before and is locked.",
    "decision.locked_not_ours": (
        "The device is locked with credentials this station did not record for it."
    ),
    "decision.locked_not_ours.inner": (
        "the device is locked with credentials this station did not record for it."
    ),
    "decision.resume": (
        "The device holds the secret this station recorded last; resuming at the cloud check."
    ),
    "decision.adopt": (
        "The device holds a record for this device and realm that the journal does not know; "
        "checking whether Astarte accepts it."
    ),
    "decision.rewrite": (
        "Rewritable storage holds a record that is not this station's latest; registering "
        "again and rewriting it."
    ),
    "decision.scrap_not_ours": (
        "Write-once storage holds a record that is not this station's latest secret for this "
        "device and realm; it can never hold a working one."
    ),
    "decision.rewrite_partial": (
        "Rewritable storage holds a partial record; registering again and rewriting it."
    ),
    "decision.scrap_partial": (
        "Write-once storage holds a partial record (power was lost while programming)."
    ),
    "attempt.scrap_decision": "Device {device} in slot {slot}: {reason}",
    "attempt.scrap_not_registered.action": (
        "Take the device out of slot {slot} and put it in the SCRAP bin; it was not registered."
    ),
    "attempt.already_provisioned": (
        "Device {device} in slot {slot} is already provisioned and locked ({reason})"
    ),
    "attempt.otp_secret_refused": (
        "Astarte no longer accepts the secret in the write-once storage of device {device} in "
        "slot {slot}; it can never hold a working one."
    ),
    "attempt.otp_secret_rejected": (
        "Astarte rejected the secret just written to the write-once storage of device {device} "
        "in slot {slot} (it was registered again elsewhere meanwhile)."
    ),
    "attempt.secret_rejected": (
        "Astarte rejected the secret just written to device {device} in slot {slot} (it was "
        "registered again elsewhere meanwhile)."
    ),
    # An attempt the station died under, closed on the next start (recovery.py).
    "interrupted.after_step": "after '{step}' (or a later step)",
    "interrupted.before_first_step": "before its first journaled step",
    "interrupted.after_intent": (
        "The station stopped {where}, after recording the intent to write credentials."
    ),
    "interrupted.after_intent.action": (
        "Provision the device from slot {slot} again (in any slot): the station checks what "
        "reached its storage and resumes or registers again as needed."
    ),
    "interrupted.nothing_written": (
        "The station stopped {where}; nothing was written to the device."
    ),
    "runner.no_slot": "Fixture {fixture} has no slot {slot}.",
    "runner.no_slot.action": "Use one of: {slots}.",
}
