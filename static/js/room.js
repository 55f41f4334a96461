// The story room: connection state, catch-up after a reconnect, keeping the transcript
// in order without duplicates, the vote countdown, presence heartbeats, and keeping the plot
// panel and the staff's plan up to date.
// Everything else is htmx (no inline handlers: the CSP forbids eval).
(function () {
  "use strict";

  var PING_MS = 20000;

  function room() { return document.getElementById("room"); }
  function transcript() { return document.getElementById("transcript"); }

  function lastIndex() {
    var max = -1;
    transcript().querySelectorAll(":scope > .turn").forEach(function (t) {
      max = Math.max(max, parseInt(t.dataset.index, 10));
    });
    return max;
  }

  function serverNow() {
    var clock = document.getElementById("server-clock");
    return clock ? clock.dataset.now : "";
  }

  // Live messages and catch-up responses can race: drop repeats, restore order.
  function tidy() {
    var box = transcript();
    if (!box) return;
    var seen = {};
    var turns = Array.prototype.slice.call(box.querySelectorAll(":scope > .turn"));
    var inOrder = true, prev = -1;
    turns.forEach(function (t) {
      if (seen[t.id]) { t.remove(); return; }
      seen[t.id] = true;
      var i = parseInt(t.dataset.index, 10);
      if (i < prev) inOrder = false;
      prev = i;
    });
    if (!inOrder) {
      turns.filter(function (t) { return t.isConnected; })
        .sort(function (a, b) { return a.dataset.index - b.dataset.index; })
        .forEach(function (t) { box.appendChild(t); });
    }
    var note = document.getElementById("casting-note");
    if (note && box.querySelector(".turn")) note.remove();
  }

  function setConnection(state, text) {
    var el = document.getElementById("connection");
    if (!el) return;
    el.dataset.state = state;
    el.textContent = text;
    document.body.classList.toggle("is-disconnected", state === "reconnecting");
  }

  var socket = null;
  var pinger = null;
  var opened = false;

  // The plot (#outline) is broadcast when someone rewrites it, and fetched again here when the
  // transcript moves past it (a new scene, the end). The owner's and editors' plan
  // (#outline-plan) is never broadcast: it is re-read whenever a new #outline arrives.
  var outlineAskedFor = "";

  function outlineFresh() {
    var panel = document.getElementById("outline");
    if (!panel) return;
    if (!panel.dataset.seen) {
      panel.dataset.seen = "1";
      var plan = document.getElementById("outline-plan");
      if (plan && opened) htmx.trigger(plan, "refresh");
    }
    var box = transcript();
    var heads = box ? box.querySelectorAll(":scope > .turn--scene") : [];
    var sceneTurn = heads.length ? parseInt(heads[heads.length - 1].dataset.index, 10) : -1;
    var status = document.getElementById("story-status");
    var finished = (status && status.dataset.status === "finished") ||
      Boolean(box && box.querySelector(":scope > .turn--ending"));
    var behind = sceneTurn > parseInt(panel.dataset.sceneTurn, 10) || (finished && panel.dataset.finished !== "1");
    var key = sceneTurn + ":" + finished;
    if (behind && outlineAskedFor !== key) {
      outlineAskedFor = key;
      htmx.trigger(panel, "refresh");
    }
  }

  function ping() {
    if (socket) {
      try { socket.send(JSON.stringify({ type: "ping" })); } catch (e) { /* reconnecting */ }
    }
  }

  document.addEventListener("htmx:wsOpen", function (evt) {
    setConnection("live", "live");
    socket = evt.detail.socketWrapper;
    ping();
    clearInterval(pinger);
    pinger = setInterval(ping, PING_MS);
    // Turns may have landed between the page render and this (re)connection, and
    // channel layers may drop messages while we were away: fetch what we missed.
    var url = room().dataset.turnsUrl + "?after=" + lastIndex() + "&since=" + serverNow();
    htmx.ajax("GET", url, { source: room(), swap: "none" }).then(tidy);
    // A rewrite of the plot may have been broadcast while we were away.
    var outline = document.getElementById("outline");
    if (opened && outline) htmx.trigger(outline, "refresh");
    opened = true;
  });

  document.addEventListener("htmx:wsClose", function () {
    socket = null;
    clearInterval(pinger);
    setConnection("reconnecting", "reconnecting…");
  });

  document.addEventListener("htmx:wsAfterMessage", function () {
    tidy();
    var status = document.getElementById("story-status");
    var controls = document.getElementById("owner-controls");
    if (status && controls && status.dataset.status !== controls.dataset.status) {
      htmx.trigger(controls, "refresh");
    }
    var secrets = document.getElementById("owner-secrets");
    var cast = document.querySelectorAll("#cast .character").length;
    if (secrets && String(cast) !== secrets.dataset.count) {
      secrets.dataset.count = String(cast);
      htmx.trigger(secrets, "refresh");
    }
    var poll = document.getElementById("poll");
    var mine = document.getElementById("my-vote");
    if (mine && poll && poll.dataset.status !== "open") mine.textContent = "";
    outlineFresh();
  });

  document.addEventListener("htmx:afterSettle", function () {
    tidy();
    outlineFresh();
  });
  outlineFresh();  // the panel the page came with is not news

  // The vote countdown.
  setInterval(function () {
    document.querySelectorAll(".countdown[data-closes]").forEach(function (el) {
      var left = Math.max(0, Math.round((parseInt(el.dataset.closes, 10) - Date.now()) / 1000));
      el.textContent = left > 0 ? left + "s left" : "closing…";
    });
  }, 500);

  // The suggestion box empties after a suggestion is sent.
  document.body.addEventListener("suggestionSent", function () {
    var form = document.getElementById("suggest-form");
    if (form) form.reset();
  });

  // The character drawer: cancel empties it; a save shows its note, then folds away.
  document.addEventListener("click", function (evt) {
    if (evt.target.classList.contains("drawer-close")) {
      var drawer = document.getElementById("editor-drawer");
      drawer.innerHTML = "";
      drawer.className = "drawer drawer--empty";
    }
  });
  // An Edit button of the plan opens the drawer, which sits lower in the sidebar: bring it into view.
  document.body.addEventListener("htmx:afterSwap", function (evt) {
    var drawer = document.getElementById("editor-drawer");
    if (drawer && evt.detail.target && evt.detail.target.id === "editor-drawer" &&
        evt.detail.requestConfig && evt.detail.requestConfig.verb === "get" && drawer.scrollIntoView) {
      drawer.scrollIntoView({ block: "nearest" });
    }
  });
  document.body.addEventListener("drawerSaved", function () {
    setTimeout(function () {
      var drawer = document.getElementById("editor-drawer");
      if (drawer && drawer.classList.contains("drawer--done")) {
        drawer.innerHTML = "";
        drawer.className = "drawer drawer--empty";
      }
    }, 2500);
  });
})();
