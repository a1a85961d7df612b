"""Write examples/ and the picture in docs/ for ``archcite annotate`` again.

    python scripts/annotate_examples.py

The seed document annotated as HTML and as TEI, by the command itself, and a screenshot
of the HTML page taken by headless Chromium (Debian's ``chromium`` package).
tests/test_annotate_cli.py checks that the examples are what the command writes today.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from archcite.cli import main

ROOT = Path(__file__).parent.parent
SEED = ROOT / "tests" / "data" / "seed_working_notes.txt"
EXAMPLES = ROOT / "examples"
PICTURE = ROOT / "docs" / "annotate.png"
#: A browser that loads local files and talks to nobody (the browser test uses these too).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def write_examples() -> None:
    """The seed document as an HTML page and as a TEI document."""
    for fmt, suffix in (("html", ".html"), ("tei", ".xml")):
        target = EXAMPLES / f"{SEED.stem}{suffix}"
        code = main(["annotate", str(SEED), "--format", fmt, "-o", str(target), "-q"])
        if code != 0:
            raise SystemExit(f"archcite annotate failed for {fmt} ({code})")
        print(f"wrote {target.relative_to(ROOT)}")


# The notes, where most references stand, are far down the page: a copy of the page
# moves its text up to them before the browser takes its picture (scrolling a headless
# window gives a blank picture).
_TO_THE_NOTES = (
    "<script>var text = document.querySelector('.archcite-text');"
    "var note = document.querySelectorAll('cite.archcite')[1];"
    "text.style.marginTop = (text.getBoundingClientRect().top"
    " - note.getBoundingClientRect().top + 140) + 'px';</script>"
)


def take_picture() -> None:
    """A screenshot of the HTML example at its translator's notes."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("no chromium: apt-get install chromium")
    page = (EXAMPLES / f"{SEED.stem}.html").read_text("utf-8")
    with tempfile.TemporaryDirectory() as work:
        scrolled = Path(work) / "page.html"
        scrolled.write_text(page.replace("</body>", _TO_THE_NOTES + "</body>"), "utf-8")
        subprocess.run(
            [
                browser,
                *FLAGS,
                "--hide-scrollbars",
                f"--user-data-dir={work}/profile",
                "--window-size=1000,1100",
                f"--screenshot={PICTURE}",
                scrolled.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    print(f"wrote {PICTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    write_examples()
    if "--no-picture" not in sys.argv:
        take_picture()
