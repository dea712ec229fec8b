/* The recommendations tracker's filter (generator/render/recommendations.py):
 * every row is on the page; choosing a session or a section hides the rows
 * that do not match. No request, so it works from file:// as online. The
 * filter is hidden in the HTML and shown here: without script the page is
 * the whole list. */
(function () {
  "use strict";
  function setup() {
    Array.prototype.forEach.call(document.querySelectorAll(".rec-filter"), function (box) {
      var table = box.parentNode.querySelector(".rec-table");
      if (!table) return;
      var rows = table.querySelectorAll("tbody tr");
      var selects = box.querySelectorAll("select[data-filter]");
      var status = box.querySelector(".rec-status");
      function apply() {
        var want = {};
        Array.prototype.forEach.call(selects, function (s) { want[s.getAttribute("data-filter")] = s.value; });
        var shown = 0;
        Array.prototype.forEach.call(rows, function (tr) {
          var ok = Object.keys(want).every(function (k) {
            return !want[k] || tr.getAttribute("data-" + k) === want[k];
          });
          tr.hidden = !ok;
          if (ok) shown += 1;
        });
        if (status) {
          status.textContent = (box.getAttribute("data-status") || "")
            .replace("{shown}", shown).replace("{total}", rows.length);
        }
      }
      Array.prototype.forEach.call(selects, function (s) { s.addEventListener("change", apply); });
      box.hidden = false;
      apply();
    });
  }
  if (document.readyState !== "loading") setup();
  else document.addEventListener("DOMContentLoaded", setup);
})();
