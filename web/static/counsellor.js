/* Counsellor pages: copy a suggested answer with its citation to the clipboard. */
(function () {
  "use strict";
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = button.parentNode.querySelector(".copy-source");
      var done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.value).then(done, function () {
          source.select(); document.execCommand("copy"); done();
        });
      } else {
        source.select(); document.execCommand("copy"); done();
      }
    });
  });
})();
/* New FAQ entry: the picked source is added as a line of the sources box. */
(function () {
  "use strict";
  var add = document.getElementById("source-add");
  if (!add) { return; }
  add.addEventListener("click", function () {
    var pick = document.getElementById("source-pick");
    var box = document.getElementById(add.getAttribute("data-target"));
    var id = pick.value.trim();
    if (!id) { pick.focus(); return; }
    box.value = (box.value.trim() ? box.value.trim() + "\n" : "") + id;
    pick.value = "";
    pick.focus();
  });
})();
