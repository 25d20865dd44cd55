"""Where things are, stated once: the package, its data files, and the project around it.

The project root is the checkout (``src/govreport`` lives two levels below it); notebooks,
the rendered pages and ``docs/`` are found from it. An installed copy outside a checkout
still has ``PACKAGE`` and ``DATA``; only notebook and page helpers need the root.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data"
PROJECT_ROOT = PACKAGE.parents[1]
NOTEBOOKS = PROJECT_ROOT / "notebooks"
DOCS = PROJECT_ROOT / "docs"
ASSUMPTIONS = DOCS / "assumptions.md"
TEMPLATES = PACKAGE / "present" / "templates"
