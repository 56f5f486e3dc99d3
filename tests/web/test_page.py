"""The web chat page in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from web_helpers import free_port, wait_healthy

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("BUDDY_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def live_url(chatbot, tmp_path_factory) -> str:
    """The app under a real waitress server in a background thread."""
    from waitress.server import create_server

    from buddy.web import create_app

    app = create_app({"CHATBOT": chatbot, "API_KEY": None,
                      "SESSIONS": str(tmp_path_factory.mktemp("page") / "sessions.sqlite3")})
    server = create_server(app, host="127.0.0.1", port=free_port(), threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"
    wait_healthy(base)
    yield base
    server.close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser, live_url):
    context = browser.new_context(locale="ko-KR", viewport={"width": 900, "height": 1100})
    p = context.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.goto(live_url + "/")
    yield p
    context.close()
    assert not errors, errors


def send(page, text: str) -> None:
    page.get_by_label("메시지").fill(text)
    before = page.locator("#log li.bot").count()
    page.get_by_label("메시지").press("Enter")
    # A locator wait, not wait_for_function: the page's CSP forbids eval.
    page.locator("#log li.bot").nth(before).wait_for()


def test_typing_a_message_and_pressing_enter_shows_the_reply(page, tmp_path):
    assert page.get_by_label("메시지").evaluate("el => el === document.activeElement")
    send(page, "요즘 잠이 안 와")
    assert page.locator("#log li.me p").last.inner_text() == "요즘 잠이 안 와"
    reply = page.locator("#log li.bot p").last.inner_text()
    assert reply and "보내지 못했" not in reply
    assert page.locator("#crisis").is_hidden()
    sid = page.evaluate("sessionStorage.getItem('buddy.session_id')")
    assert sid and len(sid) == 32
    assert page.locator("#log").get_attribute("aria-live") == "polite"
    page.screenshot(path=str(tmp_path / "chat.png"))


def test_a_crisis_message_shows_the_banner_with_109_as_a_phone_link(page, tmp_path):
    send(page, "죽고 싶어")
    banner = page.locator("#crisis")
    banner.wait_for(state="visible")
    assert page.get_by_role("alert").is_visible()
    link = banner.locator("a[href='tel:109']")
    assert link.is_visible() and link.inner_text() == "109"
    assert "24시간" in banner.inner_text()
    assert banner.locator("a[href='tel:1577-0199'], a[href='tel:15770199']").count() == 1
    assert page.evaluate("document.activeElement.id") == "crisis"
    page.screenshot(path=str(tmp_path / "crisis.png"))
    shot = os.environ.get("BUDDY_SCREENSHOT_DIR")
    if shot:  # for a person to look at
        page.screenshot(path=str(Path(shot) / "crisis.png"))
    assert (tmp_path / "crisis.png").stat().st_size > 10_000


def test_the_session_carries_on_and_a_closing_phrase_ends_it(page):
    send(page, "요즘 너무 우울해")
    sid = page.evaluate("sessionStorage.getItem('buddy.session_id')")
    send(page, "종료")
    ended = page.locator("#ended")
    ended.wait_for(state="visible")
    assert page.get_by_label("메시지").is_disabled()
    assert page.evaluate("sessionStorage.getItem('buddy.session_id')") is None
    page.get_by_role("button", name="새 대화 시작").click()
    assert page.get_by_label("메시지").is_enabled()
    send(page, "안녕")
    assert page.evaluate("sessionStorage.getItem('buddy.session_id')") not in (None, sid)


def test_shift_enter_adds_a_line_instead_of_sending(page):
    box = page.get_by_label("메시지")
    box.fill("첫 줄")
    box.press("Shift+Enter")
    assert page.locator("#log li.me").count() == 0
    assert "\n" in box.input_value()
