"""Small things a reader does, written once for the browser tests."""
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SITE_URL = "https://ctoc-reports.example.org/"


def search(page, term):
    """Type into Material's search box. Material searches on key-up, so after
    filling the box dispatch a keyup; return the result links."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(term)
    box.dispatch_event("keyup")
    page.wait_for_selector(".md-search-result__item a", timeout=10000)
    return [a.get_attribute("href") for a in page.locator(".md-search-result__item a").all()]


def in_viewport(page, selector):
    return page.evaluate("""s => { const r = document.querySelector(s).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.top < window.innerHeight; }""", selector)


def background(page, selector):
    return page.evaluate("s => getComputedStyle(document.querySelector(s)).backgroundColor", selector)


def is_target(page, selector):
    return page.evaluate("s => document.querySelector(s).matches(':target')", selector)


def clipboard(page):
    return page.evaluate("navigator.clipboard.readText()")


def switch_language(page, language):
    page.locator(".md-header .md-select").first.hover()
    page.locator(f'a.md-select__link[hreflang="{language}"]').click()
    page.wait_for_load_state("load")


#: The participants matrix's first box, scrolled to its end (its left in a
#: right-to-left page); the names of its rows then hidden, or covered.
_NAMES_HIDDEN = """() => {
  const box = document.querySelector('.table-scroll:has(table.participants)');
  const rtl = getComputedStyle(box).direction === 'rtl';
  const wide = box.scrollWidth > box.clientWidth + 20;
  box.scrollLeft = rtl ? -box.scrollWidth : box.scrollWidth;
  const scrolled = Math.abs(box.scrollLeft);
  const edge = box.getBoundingClientRect();
  const hidden = [...box.querySelectorAll('tr > :first-child')].filter(cell => {
    window.scrollBy(0, cell.getBoundingClientRect().top - 300);  // the row on the screen
    const r = cell.getBoundingClientRect();
    const x = rtl ? r.right - Math.min(12, r.width / 2) : r.left + Math.min(12, r.width / 2);
    const seen = document.elementFromPoint(x, r.top + r.height / 2);
    const out = rtl ? r.right > edge.right + 1 : r.left < edge.left - 1;
    return out || !(seen && cell.contains(seen));
  }).map(cell => cell.textContent.trim());
  // A mark of the first session, reached with the keyboard while the box
  // shows the last: the box scrolls it clear of the names.
  const mark = box.querySelector('tbody td a');
  mark.focus();
  const m = mark.getBoundingClientRect();
  const atMark = document.elementFromPoint(m.left + m.width / 2, m.top + m.height / 2);
  if (!(atMark && mark.contains(atMark))) hidden.push('focused mark covered');
  return {wide, scrolled, rows: box.querySelectorAll('tr').length, hidden};
}"""


def names_out_of_view(page) -> list:
    """The participants matrix scrolled sideways to its last session: the
    rows whose name is then out of view or covered, and whether a mark of
    the first session, focused then, is covered (asserting first that the
    matrix does scroll)."""
    found = page.evaluate(_NAMES_HIDDEN)
    assert found["wide"] and found["scrolled"] > 20 and found["rows"] > 10, found  # the box does scroll
    return found["hidden"]


@contextmanager
def served(folder: Path):
    """`folder` served by Python's http.server on a free port of 127.0.0.1: the base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(10)
