"""The target editor words a failed save with `ui.errors` and nothing else: the status line
says `in_words(exc)` after "Not saved:", the field is marked with `describe(exc)`'s message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from station.targets.fields import TargetInvalid, with_target
from tests.supervisor.conftest import WAIT_MS, Supervised
from ui.errors import describe, in_words


def test_a_save_the_rules_refuse_is_worded_by_describe(
    supervised: Callable[..., Supervised],
) -> None:
    st = supervised()
    st.sign_in_supervisor()
    editor = st.tools.open_targets()
    assert editor is not None
    name = editor.form.target_name()
    editor.form.realm.setText("Plant-1")  # capitals: not an Astarte realm name
    with pytest.raises(TargetInvalid) as refused:  # what the save runs into, asked directly
        with_target(editor.book.config, name, editor.form.document(), replacing=name)
    exc = refused.value
    editor.save_button.click()
    st.qtbot.waitUntil(
        lambda: not editor.busy and "Not saved" in editor.status.text(), timeout=WAIT_MS
    )
    assert editor.status.text() == f"Not saved: {in_words(exc)}"
    assert editor.form.error_text("realm") == describe(exc).message
