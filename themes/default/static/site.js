// Larger-text mode: a toggle in the header that scales every size on the page without a
// reload, remembered on this device. The page works fully without this script.
(function () {
  "use strict";
  var KEY = "gongkai-large-text";
  var root = document.documentElement;
  try {
    if (window.localStorage.getItem(KEY) === "1") root.classList.add("large-text");
  } catch (e) { /* storage may be disabled; the toggle still works for this page */ }
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("text-size");
    if (!button) return;
    function sync() {
      button.setAttribute("aria-pressed", root.classList.contains("large-text") ? "true" : "false");
    }
    button.hidden = false;
    sync();
    button.addEventListener("click", function () {
      root.classList.toggle("large-text");
      try {
        window.localStorage.setItem(KEY, root.classList.contains("large-text") ? "1" : "0");
      } catch (e) { /* ignore */ }
      sync();
    });
  });
})();
