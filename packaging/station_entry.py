"""Entry point of the bundled `station` executable (PyInstaller runs this file)."""

import sys

if len(sys.argv) > 2 and sys.argv[1] == "-m":
    # The sandbox and the demo start helper processes as `sys.executable -m MODULE ...`. In the
    # bundle sys.executable is this program, so do what the Python interpreter would.
    import runpy

    module = sys.argv[2]
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    raise SystemExit(0)

from station.cli import main

raise SystemExit(main())
