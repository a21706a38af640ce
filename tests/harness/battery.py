"""psutil reading a fake /sys/class/power_supply inside a private mount namespace (root only;
the host's /sys is never touched). See ../shared/recipes/fake_battery.sh."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.harness import require, require_root, require_tool

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
set -e
d=/sys/class/power_supply
mount -t tmpfs none $d
mkdir -p $d/BAT0 $d/AC
echo Battery > $d/BAT0/type; echo 1 > $d/BAT0/present
echo "$CAP" > $d/BAT0/capacity; echo "$ST" > $d/BAT0/status
echo 50000000 > $d/BAT0/energy_full; echo $((50000000*CAP/100)) > $d/BAT0/energy_now
echo 10000000 > $d/BAT0/power_now
echo Mains > $d/AC/type; echo "$AC" > $d/AC/online
exec "$PY" -c "$CODE"
"""

CODE = r"""
import json, sys
from app.checks.base import CheckContext
from app.checks.battery import BatteryCheck
from app.checks.options import RunOptions
from app.devices.battery import PsutilBattery
r = PsutilBattery().read()
res = BatteryCheck().run(CheckContext(options=RunOptions(session_minutes=float(sys.argv[1]) if len(sys.argv) > 1 else 180)))
print(json.dumps({"reading": None if r is None else r.__dict__, "result": res.to_dict()}))
"""


def run_with_fake_battery(capacity: int, status: str, ac_online: int) -> dict[str, Any]:
    """Run the real psutil reader and BatteryCheck in a subprocess under `unshare -m`."""
    require_root("a private mount namespace (unshare -m)")
    require_tool("unshare")
    require(Path("/sys/class/power_supply").is_dir(), "/sys/class/power_supply")
    env = dict(
        os.environ,
        CAP=str(capacity),
        ST=status,
        AC=str(ac_online),
        PY=sys.executable,
        CODE=CODE,
        PYTHONPATH=str(ROOT),
    )
    out = subprocess.run(
        ["unshare", "-m", "sh", "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    require(
        out.returncode == 0 or "Traceback" in out.stderr,
        f"unshare -m + tmpfs mount: {out.stderr[-300:]}",
    )
    assert out.returncode == 0, out.stderr
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))
