// buddy web chat: sends messages to POST /api/chat and shows the replies.
// The session id lives in sessionStorage only (gone when the tab closes).
"use strict";

(function () {
  const SESSION_KEY = "buddy.session_id";
  const API_KEY = "buddy.api_key";
  const form = document.getElementById("form");
  const input = document.getElementById("message");
  const send = document.getElementById("send");
  const log = document.getElementById("log");
  const status = document.getElementById("status");
  const crisis = document.getElementById("crisis");
  const crisisList = document.getElementById("crisis-list");
  const ended = document.getElementById("ended");
  const restart = document.getElementById("restart");
  let busy = false;

  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }
  function getItem(key) { const s = storage(); return s ? s.getItem(key) : null; }
  function setItem(key, value) {
    const s = storage();
    if (!s) return;
    if (value === null) s.removeItem(key); else s.setItem(key, value);
  }

  function addMessage(who, text, extraClass) {
    const li = document.createElement("li");
    li.className = "msg " + who + (extraClass ? " " + extraClass : "");
    const name = document.createElement("span");
    name.className = "who";
    name.textContent = who === "me" ? "나" : "버디";
    const p = document.createElement("p");
    p.textContent = text;
    li.append(name, p);
    log.append(li);
    li.scrollIntoView({ block: "end" });
    return li;
  }

  function telHref(number) {
    return "tel:" + String(number).replace(/[^0-9+]/g, "");
  }

  function showResources(resources, urgent) {
    crisisList.replaceChildren();
    for (const r of resources) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = telHref(r.number);
      a.className = "number";
      a.textContent = r.number;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = r.name;
      const hours = document.createElement("span");
      hours.className = "hours";
      hours.textContent = r.hours;
      li.append(a, name, hours);
      crisisList.append(li);
    }
    crisis.hidden = false;
    crisis.classList.toggle("urgent", Boolean(urgent));
  }

  function endSession() {
    setItem(SESSION_KEY, null);
    input.disabled = true;
    send.disabled = true;
    ended.hidden = false;
    ended.focus();
  }

  async function post(body) {
    const headers = { "Content-Type": "application/json" };
    const key = getItem(API_KEY);
    if (key) headers["Authorization"] = "Bearer " + key;
    return fetch("/api/chat", { method: "POST", headers, body: JSON.stringify(body) });
  }

  async function submit() {
    const text = input.value.trim();
    if (!text || busy) return;
    busy = true;
    send.disabled = true;
    addMessage("me", text);
    input.value = "";
    status.textContent = "버디가 답을 쓰고 있어요…";
    const body = { message: text };
    const sid = getItem(SESSION_KEY);
    if (sid) body.session_id = sid;
    try {
      let resp = await post(body);
      if (resp.status === 401) {
        const key = window.prompt("이 서버는 API 키가 필요해요. 키를 입력해 주세요.");
        if (key) { setItem(API_KEY, key); resp = await post(body); }
      }
      const data = await resp.json().catch(() => null);
      if (!resp.ok || !data || data.error) {
        const msg = data && data.error ? data.error.message : "서버 오류 (" + resp.status + ")";
        status.textContent = "";
        addMessage("bot", "메시지를 보내지 못했어요: " + msg, "error");
        return;
      }
      setItem(SESSION_KEY, data.session_id);
      status.textContent = "";
      addMessage("bot", data.answer, data.crisis ? "crisis-msg" : "");
      if (data.resources && data.resources.length) {
        showResources(data.resources, data.crisis);
        if (data.crisis) crisis.focus();
      }
      if (data.end) endSession();
    } catch (e) {
      status.textContent = "";
      addMessage("bot", "서버에 연결하지 못했어요. 잠시 후 다시 시도해 주세요.", "error");
    } finally {
      busy = false;
      if (!input.disabled) {
        send.disabled = false;
        if (document.activeElement !== crisis) input.focus();
      }
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); submit(); });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  restart.addEventListener("click", () => {
    setItem(SESSION_KEY, null);
    log.replaceChildren();
    addMessage("bot", "새 대화를 시작해요. 요즘 마음이 어떠신지 이야기해 주세요.");
    crisis.hidden = true;
    ended.hidden = true;
    input.disabled = false;
    send.disabled = false;
    input.focus();
  });
  input.focus();
})();
