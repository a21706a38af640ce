"""The CLI's exit status when its reader goes away (``| head`` / ``| Select-Object -First``):
128 + SIGPIPE on POSIX shells, plain failure on Windows, which has no SIGPIPE."""

from __future__ import annotations

import importlib
import os

import pytest

# The module, not the function app.cli re-exports under the same name.
cli = importlib.import_module("app.cli.main")


@pytest.mark.parametrize(("os_name", "code"), [("posix", 141), ("nt", 1)])
def test_broken_pipe_exit_code(os_name: str, code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    def reader_gone(argv: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    quieted: list[bool] = []
    monkeypatch.setattr(cli, "_main", reader_gone)
    monkeypatch.setattr(cli, "_quiet_stdout", lambda: quieted.append(True))
    monkeypatch.setattr(os, "name", os_name)
    assert cli.main(["profile"]) == code
    assert quieted == [True]
