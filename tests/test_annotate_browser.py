"""Annotated HTML opened in a real browser: headless Chromium reads the pages back.

The browser parses what archcite wrote; a script in the page counts the references it
finds in the DOM and takes the page's text, and ``--dump-dom`` hands both back. Where
Chromium is missing the tests skip, saying so; with ``ARCHCITE_REQUIRE_CLIENTS=1`` (as
.ci/run sets it) they fail instead.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from annotate_examples import FLAGS  # the browser's flags, one copy (scripts/ is on the path)

from archcite import annotate, extract
from archcite.markup.align import HTML_RULES, Markup
from archcite.markup.html import page

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "tests" / "data" / "seed_working_notes.txt").read_text("utf-8")


# Runs in the page once it is parsed; leaves its findings where --dump-dom shows them.
PROBE = """<script id="archcite-probe">
(function () {
  var body = document.body.cloneNode(true);
  body.querySelectorAll("#archcite-probe").forEach(function (node) { node.remove(); });
  var container = document.querySelector(".archcite-text");
  var found = {
    cites: document.querySelectorAll("cite.archcite").length,
    parts: document.querySelectorAll("cite.archcite-part").length,
    nested: document.querySelectorAll("cite cite, a a").length,
    blocks: document.querySelectorAll("cite p, cite div, cite li").length,
    links: document.querySelectorAll("cite.archcite a[href]").length,
    titles: Array.prototype.map.call(document.querySelectorAll("cite.archcite"),
                                     function (c) { return c.title; }),
    text: container ? container.textContent : body.textContent
  };
  var out = document.createElement("output");
  out.id = "archcite-result";
  out.textContent = JSON.stringify(found);
  document.documentElement.appendChild(out);
})();
</script>"""


def chromium() -> str:
    """The browser, or a skip (a failure where the clients are required) saying why not."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "no chromium on this machine: apt-get install chromium (.ci/run does)"
        if os.environ.get("ARCHCITE_REQUIRE_CLIENTS") == "1":
            pytest.fail(message + "; ARCHCITE_REQUIRE_CLIENTS=1 requires it")
        pytest.skip(message)
    return found


def dump_dom(path: Path, *extra: str) -> str:
    """The DOM of a local page after the browser has loaded it and run its scripts."""
    browser = chromium()
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *extra, "--dump-dom", path.as_uri()],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def probe(tmp_path: Path, source: str, name: str = "page.html") -> dict[str, Any]:
    """What the page built from ``source`` holds once a browser has parsed it."""
    path = tmp_path / name
    at = source.rfind("</body>")
    path.write_text(
        source[:at] + PROBE + source[at:] if at >= 0 else source + PROBE, encoding="utf-8"
    )
    dom = dump_dom(path)
    found = re.search(r'<output id="archcite-result">(.*?)</output>', dom, re.DOTALL)
    assert found is not None, dom[-2000:]
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


def test_the_annotated_seed_document_reads_back_whole(tmp_path: Path) -> None:
    found = probe(tmp_path, page(annotate(SEED, link=lambda ref: f"#{ref.archive_id}")))
    assert found["cites"] == len(extract(SEED)) == 7
    assert found["links"] == 7 and found["nested"] == 0 and found["parts"] == 0
    assert found["text"] == SEED  # the seed has no carriage returns for the parser to fold
    assert found["titles"][0] == "TsKhSD, f. 3, op. 12, d. 1006, l. 52"


TRICKY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>F. 1, op. 2, d. 3</title>
<style>/* F. 1, op. 2, d. 3 */ p { margin: 0 }</style></head>
<body>
<h1>Notes &amp; sources</h1>
<p title="See F. 5, op. 6, d. 7">1. See <i>TsKhSD</i>, F. 89, Op. 2, D. 5, Ll. 13-14;
d. 6, l. 2. <!-- F. 1, op. 2, d. 3 --> Ibid., l. 15.</p>
<p>2. <em>Shifrtelegramma,</em> <b>in APRF, f. 3, op. 64,</b> d. 488, l. 181 &lt;copy&gt;.
<p>3. <a href="/archive">RGASPI, f. 17</a>, op. 3, d. 4&nbsp;&mdash; and GARF,
f.&#160;R-9401, op. 2,<br>d. 64, l. 1.
<ul><li>4. <span class="x">ГАРФ. Ф. Р-5446.</span> Оп. 1. Д. 5
<li>5. РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.</ul>
<script>var s = "F. 1, op. 2, d. 3 </p>";</script>
<textarea>F. 1, op. 2, d. 3</textarea>
</body>
</html>
"""


def test_an_annotated_html_page_keeps_its_text_and_its_shape(tmp_path: Path) -> None:
    annotated = annotate(TRICKY, source="html", link=lambda ref: "/ref")
    before = probe(tmp_path, TRICKY, "before.html")
    after = probe(tmp_path, annotated, "after.html")
    references = extract(Markup.read(TRICKY, HTML_RULES).text)
    assert before["cites"] == 0
    assert after["cites"] == len(references) >= 8
    assert after["parts"] >= 1  # "APRF, f. 3, op. 64," runs out of the <b>
    assert after["nested"] == 0 and after["blocks"] == 0
    assert after["text"] == before["text"]


def test_the_example_page_opens(tmp_path: Path) -> None:
    example = (ROOT / "examples" / "seed_working_notes.html").read_text("utf-8")
    found = probe(tmp_path, example)
    assert found["cites"] == 7 and found["text"] == SEED
