"""Watching over a whole session, quietly (issue 17). Qt-free.

Every few seconds a *sampler* takes one light ``Sample`` (a few timed connects and requests to
the video host, the link's state, other apps' traffic, the battery: ``samplers``, ``wifi``);
the *rules* (``rules``, limits from ``resources/thresholds.toml`` [monitor] via ``limits``)
raise and clear a problem only on sustained trouble, and say when to notify; the ``Monitor``
(``monitor``) drives them with an injectable clock and keeps what it saw in a ``MonitorStore``
(``store``: statuses and figures only). ``timeline`` turns a watch into plain sentences;
``problems`` holds each problem's words; ``precheck`` is the short check run by itself before a
session. The window (app/ui/monitor.py) and ``session-ready watch`` (app/cli/watch.py) both
drive this package.
"""
