"""The public surface of ``wirewatch`` is complete and costs nothing to import."""

from __future__ import annotations

import subprocess
import sys

import pytest

import wirewatch


@pytest.mark.parametrize("name", [n for n in wirewatch.__all__ if n != "__version__"])
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(wirewatch, name) is not None


def test_importing_the_package_loads_no_model() -> None:
    code = "import sys, wirewatch; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
