// The story room: connection state, catch-up after a reconnect, and keeping the
// transcript in order without duplicates. Everything else is htmx.
(function () {
  "use strict";

  function room() { return document.getElementById("room"); }
  function transcript() { return document.getElementById("transcript"); }

  function lastIndex() {
    var turns = transcript().querySelectorAll(":scope > .turn");
    var max = -1;
    turns.forEach(function (t) { max = Math.max(max, parseInt(t.dataset.index, 10)); });
    return max;
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

  var lastStatus = null;

  document.addEventListener("htmx:wsOpen", function () {
    setConnection("live", "live");
    // Turns may have landed between the page render and this (re)connection, and
    // channel layers may drop messages while we were away: fetch what we missed.
    var url = room().dataset.turnsUrl + "?after=" + lastIndex();
    htmx.ajax("GET", url, { source: room(), swap: "none" }).then(tidy);
  });

  document.addEventListener("htmx:wsClose", function () {
    setConnection("reconnecting", "reconnecting…");
  });

  document.addEventListener("htmx:wsAfterMessage", function () {
    tidy();
    var secrets = document.getElementById("owner-secrets");
    var cast = document.querySelectorAll("#cast .character").length;
    if (secrets && String(cast) !== secrets.dataset.count) {
      secrets.dataset.count = String(cast);
      htmx.trigger(secrets, "refresh");
    }
    var status = document.getElementById("story-status");
    var controls = document.getElementById("owner-controls");
    if (status && controls && status.dataset.status !== controls.dataset.status &&
        status.dataset.status !== lastStatus) {
      lastStatus = status.dataset.status;
      htmx.trigger(controls, "refresh");
    }
  });

  document.addEventListener("htmx:afterSettle", tidy);
})();
