"""A briefing page as a reader sees it: opened in headless Chromium, offline.

The page (reports/05_briefing.html, rendered by `make`; the corpus-free page that is always
there) is copied beside a small script that records, once the page has loaded, how many
images decoded with a size, how many tables it shows and any script error; Chromium prints
the resulting DOM. Every host name resolves to nothing, so a page that needed the network
would log a failed load. Chromium comes from the set-up (`make test` installs Debian's
package where it runs as root); elsewhere this test skips and says why.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "reports" / "05_briefing.html", ROOT / "reports" / "00_report_at_a_glance.html"]
BROWSER = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)

pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium: the browser test needs `chromium` on PATH (`make test` installs it with "
    "apt-get where it runs as root; otherwise: apt-get install chromium fonts-noto-cjk)")

PROBE = """<script>
window.__errors = [];
window.addEventListener("error", e => window.__errors.push(String(e.message || e.target && e.target.src)), true);
window.addEventListener("load", () => {
  const imgs = [...document.images];
  const shown = imgs.filter(i => i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 0);
  const tables = [...document.querySelectorAll("table")].filter(t => t.getBoundingClientRect().height > 0);
  const probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = `images=${imgs.length} shown=${shown.length} tables=${tables.length} errors=${window.__errors.length}`;
  document.body.appendChild(probe);
});
</script>"""

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"]


def run_browser(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_shows_its_charts_and_tables_with_no_console_errors(tmp_path, page):
    html = page.read_text(encoding="utf-8")
    probed = tmp_path / page.name
    probed.write_text(html.replace("</head>", PROBE + "\n</head>", 1), encoding="utf-8")
    result = run_browser(["--dump-dom", probed.as_uri()], tmp_path)
    found = re.search(r"images=(\d+) shown=(\d+) tables=(\d+) errors=(\d+)", result.stdout)
    assert found, f"the page did not finish loading: {result.stderr[-1500:]}"
    images, shown, tables, errors = map(int, found.groups())
    assert images >= 1 and shown == images, f"{shown} of {images} charts shown"
    if "<table" in html:
        assert tables >= 1
    assert errors == 0
    console = [l for l in result.stderr.splitlines() if "CONSOLE" in l or "Failed to load resource" in l]
    assert console == [], console
