"""`python -m app` starts the window; `python -m app <command> …` runs the headless CLI."""

from __future__ import annotations

import sys


def main() -> int:
    from app.devices.opencv import set_environment as set_opencv_environment
    from app.hardening import harden_process

    harden_process()  # owner-only files, no core dumps: before anything is created
    set_opencv_environment()  # before any thread: setenv racing a reader crashes glibc
    if len(sys.argv) > 1:
        from app.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from app.ui.application import run_gui

    return run_gui(sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())
