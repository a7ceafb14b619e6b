"""The supervisor's screenshots: the target editor, the label editor and the MES page
(tools/screenshots.py names them)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from shot_window import Failed, Run, demo_args, grab, switch_language


def targets_editor(
    out: Path, *, refused_realm: bool, label_editor: bool = False, language: str = "en"
) -> None:
    """The supervisor's target editor after Test connection, optionally with a realm name the
    form refuses under its field; or (`label_editor`) the label template editor it opens."""
    from ui.app import Session
    from ui.demo import open_demo
    from ui.operator.window import OperatorWindow
    from ui.supervisor.targets_editor import TargetsEditor
    from ui.supervisor.tools import SupervisorTools

    run = Run()
    with ExitStack() as stack:
        session = open_demo(demo_args(4, "", auto=False), stack, ask_operator=False)
        switch_language(language)  # before the window is made
        hook = session.on_window

        def on_window(window: OperatorWindow, s: Session) -> None:
            assert hook is not None
            hook(window, s)
            tools = next(h for h in s.helpers if isinstance(h, SupervisorTools))
            sign_in_supervisor(run, tools, lambda: edit(tools))

        def edit(tools: SupervisorTools) -> None:
            editor = tools.open_targets()
            if editor is None:
                raise Failed("the target editor did not open")
            if label_editor:
                label_editor_shot(run, out, editor, tools)
                return
            if refused_realm:
                editor.form.realm.setText("Plant-1")
            editor.test_button.click()
            run.when(
                lambda: not editor.busy and editor.test_button.isEnabled(),
                lambda: take(editor, tools),
                "Test connection",
            )

        def take(editor: TargetsEditor, tools: SupervisorTools) -> None:
            grab(editor, out)
            if refused_realm:
                editor.form.realm.setText("demo")  # nothing left to ask about on close
            editor.close()
            tools.window.close()

        session.on_window = on_window
        session.run()
    if run.error is not None:
        raise run.error


def label_editor_shot(run: Run, out: Path, editor: object, tools: object) -> None:
    """From the target editor: open the label template editor, take it once it has drawn."""
    from ui.supervisor.targets_editor import TargetsEditor
    from ui.supervisor.tools import SupervisorTools

    assert isinstance(editor, TargetsEditor) and isinstance(tools, SupervisorTools)
    dialog = editor.form.edit_label_template()
    dialog.resize(1100, 560)
    area = dialog.screen().availableGeometry()
    dialog.move(area.center() - dialog.rect().center())

    def take() -> None:
        grab(dialog, out)
        dialog.close()
        editor.close()
        tools.window.close()

    run.when(lambda: not dialog.preview.pixmap().isNull(), take, "the label preview")


def _tried(page: object) -> bool:
    """Both units' results wait on the MES page, the oldest with its last send's error."""
    from ui.supervisor.mes_page import LAST_ERROR, MesPage

    assert isinstance(page, MesPage)
    errors = [page.table.item(r, LAST_ERROR) for r in range(page.table.rowCount())]
    return len(errors) == 2 and errors[0] is not None and bool(errors[0].text())


def sign_in_supervisor(run: Run, tools: object, then: Callable[[], None]) -> None:
    """Sign in as the demo's supervisor through the real dialog, then run `then`."""
    from station.roles import Role
    from ui.demo import DEMO_PASSWORDS
    from ui.supervisor.tools import SupervisorTools

    assert isinstance(tools, SupervisorTools)
    tools.sign_in_action.trigger()
    dialog = tools.roles.sign_in_dialog
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
    dialog.name.setText("Sam")
    dialog.password.setText(DEMO_PASSWORDS[Role.SUPERVISOR])
    dialog.sign_in_button.click()
    run.when(lambda: tools.roles.actor.role is Role.SUPERVISOR, then, "sign-in")


def mes_page(out: Path) -> None:
    """The supervisor's MES page on the demo line while its MES trickles (one byte at a time):
    the supervisor starts an override of `block` from the page, the units are provisioned and
    their results wait, each send cut at the MES's total deadline."""
    from station.config import load_config
    from station.demo import DemoEnvironment
    from station.journal import Journal
    from station.line.runner import LineRunner
    from ui.app import Session, role_tools_hook
    from ui.demo import set_demo_passwords
    from ui.operator.window import OperatorWindow
    from ui.supervisor.mes_page import MesPage, MesPageAction
    from ui.supervisor.tools import SupervisorTools

    run = Run()
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="station-shots-")))
        env = stack.enter_context(DemoEnvironment(workdir, slots=2, line=True))
        set_demo_passwords(env.config_path)
        config = load_config(env.config_path)
        journal = stack.enter_context(Journal.open(config.journal_path, station_id="demo"))
        assert env.mes is not None
        mes = env.mes

        def build(sink: object, name: str) -> LineRunner:
            return LineRunner(
                config=load_config(env.config_path),
                fixture=env.fixture_name,
                journal=journal,
                operator=name,
                sink=sink,  # type: ignore[arg-type]
            )

        hook = role_tools_hook(env.config_path, journal, env.fixture_name)

        def on_window(window: OperatorWindow, s: Session) -> None:
            hook(window, s)
            tools = next(h for h in s.helpers if isinstance(h, SupervisorTools))
            sign_in_supervisor(run, tools, lambda: opened(tools))

        def opened(tools: SupervisorTools) -> None:
            entry = tools.findChild(MesPageAction, "mes-page-action")
            if entry is None:
                raise Failed("the MES page has no entry in the Roles menu")
            page = entry.open()
            page.resize(1180, 660)
            page.move(page.screen().availableGeometry().center() - page.rect().center())
            page.reason.setText("MES route server down, ticket 4711")
            page.start_override()
            mes.set_mode("trickle")
            run.when(
                lambda: "in force" in page.override_state.text(),
                lambda: go(tools, page),
                "override",
            )

        def go(tools: SupervisorTools, page: MesPage) -> None:
            tools.window.provision_all()

            run.when(
                lambda: _tried(page), lambda: take(tools, page), "the results waiting for the MES"
            )

        def take(tools: SupervisorTools, page: MesPage) -> None:
            grab(page, out)
            mes.set_mode("ok")  # the results go, so the station closes without waiting
            page.close()
            tools.window.close()

        session = Session(build, operator="Dana", on_window=on_window)
        session.run()
    if run.error is not None:
        raise run.error
