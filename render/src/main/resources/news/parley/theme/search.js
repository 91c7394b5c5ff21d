// Parley's search: loads the site's compact index once and matches every word typed against each
// article's title, summary, actors and countries. No server, no library.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var entries = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function render(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) {
      status.textContent = "Type a name, a country or words from a headline.";
      return;
    }
    var found = entries.filter(function (e) {
      return words.every(function (w) { return e.haystack.indexOf(w) !== -1; });
    });
    status.textContent = found.length === 1 ? "1 article found." : found.length + " articles found.";
    found.slice(0, 50).forEach(function (e) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "../" + e.u;
      link.textContent = e.t;
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = e.d + (e.a.length ? " · " + e.a.join(", ") : "") + (e.c.length ? " · " + e.c.join(", ") : "");
      var summary = document.createElement("p");
      summary.textContent = e.s;
      if (e.i) {
        // The card crop repeats the headline beside it: no text of its own, loaded as it nears the screen.
        var thumb = document.createElement("img");
        thumb.className = "thumb";
        thumb.src = "../" + e.i;
        thumb.alt = "";
        thumb.loading = "lazy";
        item.className = "with-photo";
        item.appendChild(thumb);
      }
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(summary);
      list.appendChild(item);
    });
  }

  function load() {
    status.textContent = "Loading the index…";
    return fetch(form.getAttribute("data-index")).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (data) {
      entries = data.map(function (e) {
        e.haystack = fold([e.t, e.s, e.a.join(" "), e.c.join(" ")].join(" "));
        return e;
      });
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    (entries ? Promise.resolve() : load()).then(function () { render(query); });
  });
  input.addEventListener("input", function () {
    if (entries) { render(input.value); }
  });

  var initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  load().then(function () { render(initial); }, function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
