"""Each module of the stages other stages read from (places, time, merge) imports on its own, in a
fresh interpreter: an import cycle with the events stage shows only when such a module is the first
one imported (as `python -c "import tessera.places.roles"` or a tool that starts there does), which
the test suite's own import order can hide."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
STAGES = ("places", "time", "merge")


def _modules() -> list[str]:
    return [
        f"tessera.{stage}.{path.stem}" if path.stem != "__init__" else f"tessera.{stage}"
        for stage in STAGES
        for path in sorted((SRC / "tessera" / stage).glob("*.py"))
    ]


def test_every_module_of_the_shared_stages_imports_first() -> None:
    code = (
        "import subprocess, sys\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    r = subprocess.run([sys.executable, '-c', 'import ' + name], capture_output=True, text=True)\n"
        "    if r.returncode:\n"
        "        failed.append(name + ': ' + (r.stderr.strip().splitlines() or ['?'])[-1])\n"
        "print('\\n'.join(failed))\n"
    )
    modules = _modules()
    assert len(modules) > 20
    out = subprocess.run([sys.executable, "-c", code, *modules], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
