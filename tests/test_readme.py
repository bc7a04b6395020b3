"""The README's two commands work: `make demo` runs the main job on the bundled sample corpus."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo(tmp_path: Path) -> None:
    result = subprocess.run(["make", "demo", f"OUT={tmp_path}"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert re.search(r"read [\d,]+ records", output)
    assert "networks" in output
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<svg" in report and "Network" in report
    exported = (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(exported) > 3000
    assert "targets:" in output


def test_makefile_targets_named_in_readme_exist() -> None:
    makefile = (ROOT / "Makefile").read_text()
    readme = (ROOT / "README.md").read_text()
    for target in re.findall(r"^make (\w+)", readme, flags=re.M):
        assert re.search(rf"^{target}:", makefile, flags=re.M), target
