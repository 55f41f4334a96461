// The scenario gallery on the new-story page: "Use this seed" copies a scenario's seed into the
// form. Without JavaScript the buttons stay hidden and each seed is there to read and copy.
(function () {
  "use strict";

  function seedField() { return document.getElementById("id_seed"); }

  function useScenario(button) {
    var source = document.getElementById(button.dataset.seedFrom);
    var field = seedField();
    if (!source || !field) return;
    field.value = source.textContent.trim();
    field.dispatchEvent(new Event("input", { bubbles: true }));
    document.querySelectorAll(".scenario--chosen").forEach(function (el) {
      el.classList.remove("scenario--chosen");
    });
    var card = button.closest(".scenario");
    if (card) card.classList.add("scenario--chosen");
    field.scrollIntoView({ behavior: "smooth", block: "center" });
    field.focus({ preventScroll: true });
  }

  function init() {
    if (!seedField()) return;
    document.querySelectorAll(".scenario-use").forEach(function (button) {
      button.hidden = false;
    });
    document.addEventListener("click", function (evt) {
      var button = evt.target.closest ? evt.target.closest(".scenario-use") : null;
      if (button) useScenario(button);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
