// The story room: connection state, catch-up after a reconnect, keeping the transcript
// in order without duplicates, the vote countdown and presence heartbeats.
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
  });

  document.addEventListener("htmx:afterSettle", tidy);

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
