// The offer editor shows the event panels or the job-ad panels, by the chosen offer type.
(function () {
  "use strict";
  function setUp() {
    var select = document.querySelector("select[name='offer_type']");
    if (!select) return;
    var jobTypes = (select.getAttribute("data-job-types") || "").split(" ");
    function update() {
      var kind = jobTypes.indexOf(select.value) >= 0 ? "job" : "event";
      document.querySelectorAll("[data-offer-panel]").forEach(function (panel) {
        var section = panel.closest("section") || panel;
        section.hidden = panel.getAttribute("data-offer-panel") !== kind;
      });
    }
    select.addEventListener("change", update);
    update();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
