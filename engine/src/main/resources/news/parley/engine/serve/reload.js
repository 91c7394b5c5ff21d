// Added by `parley serve` only: reloads the page after each rebuild, and shows a failed build's
// problems over the page while the last good site stays served.
(function () {
  "use strict";
  var seen = null;
  var box = null;
  function show(problems) {
    if (!problems) {
      if (box) { box.remove(); box = null; }
      return;
    }
    if (!box) {
      box = document.createElement("pre");
      box.id = "parley-problems";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;" +
        "padding:1rem;background:#5c0f0f;color:#fff;font:13px/1.4 monospace;z-index:2147483647;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "Parley: the build failed; the preview shows the last good build, if there is one.\n\n" + problems;
  }
  function poll() {
    fetch("/__parley/status", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (status) {
      if (seen !== null && status.version !== seen && !status.problems) {
        location.reload();
        return;
      }
      seen = status.version;
      show(status.problems);
    }).catch(function () { /* the preview stopped; keep the page */ }).then(function () {
      setTimeout(poll, 500);
    });
  }
  poll();
})();
