"""TaskRunner: results reach the UI thread, stale and cancelled results are dropped, serial order."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.ui.tasks import TaskRunner


def test_result_is_delivered_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    seen = []
    ui_thread = QThread.currentThread()
    runner.submit(
        lambda task: 41 + 1, lambda v: seen.append((v, QThread.currentThread() is ui_thread))
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(42, True)]
    assert runner.wait()


def test_error_goes_to_on_error(qtbot):
    runner = TaskRunner()
    errors = []

    def boom(task):
        raise ValueError("x")

    runner.submit(boom, lambda v: errors.append("done"), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ValueError)


def test_a_newer_task_with_the_same_key_makes_the_older_stale(qtbot):
    runner = TaskRunner(max_threads=2)
    release = threading.Event()
    seen = []

    def slow(task):
        release.wait(10)
        return "old"

    old = runner.submit(slow, seen.append, key="list")
    runner.submit(lambda task: "new", seen.append, key="list")
    qtbot.waitUntil(lambda: seen == ["new"], timeout=10_000)
    assert old.cancelled()
    release.set()
    assert runner.wait()
    qtbot.wait(50)
    assert seen == ["new"]


def test_posts_run_on_the_ui_thread_and_stop_after_cancel(qtbot):
    runner = TaskRunner()
    posted = []
    go_on = threading.Event()

    def work(task):
        task.post(posted.append, 1)
        go_on.wait(10)
        task.post(posted.append, 2)
        return None

    runner.submit(work, key="k")
    qtbot.waitUntil(lambda: posted == [1], timeout=10_000)
    runner.cancel("k")
    go_on.set()
    assert runner.wait()
    qtbot.wait(50)
    assert posted == [1]


def test_serial_runner_keeps_submission_order(qtbot):
    runner = TaskRunner(serial=True)
    order = []
    for i in range(20):
        runner.submit(lambda task, i=i: i, order.append)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=10_000)
    assert order == list(range(20))


def test_a_job_that_outlives_its_runner_ends_quietly(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    runner = TaskRunner(owner)
    release, finished = threading.Event(), threading.Event()
    seen = []

    def work(task):
        release.wait(10)
        try:
            task.post(seen.append, "posted")
            return "done"
        finally:
            finished.set()

    runner.submit(work, seen.append)
    pool = runner.pool
    pool.setExpiryTimeout(-1)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(runner), timeout=10_000)
    release.set()
    assert finished.wait(10)
    qtbot.wait(50)
    assert seen == []


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
