// Parley's search: loads the manifest, then only the word files of the words typed and the files of the
// results it shows (see FullTextIndex). No server, no library.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var input = document.getElementById("q");
  var country = document.getElementById("search-country");
  var actor = document.getElementById("search-actor");
  var order = document.getElementById("search-sort");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var base = form.getAttribute("data-manifest").replace(/[^\/]*$/, "");
  var PAGE = 10;
  var manifest = null;
  var prefixes = null;
  var files = {};
  var documents = {};
  var results = [];
  var shown = 0;
  var marked = [];
  var run = 0;

  // As Terms folds words: no case, no diacritics, no invisible format characters, a few letters made plain.
  var PLAIN = { "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th",
    "ς": "σ", "ي": "ی", "ك": "ک" };
  function fold(text) {
    var folded = text.normalize("NFD").replace(/[\p{Mn}\p{Mc}\p{Me}\p{Cf}]/gu, "").toLowerCase()
      .replace(/[łøđħıæœßþςيك]/g, function (c) { return PLAIN[c]; });
    // Korean syllables, which decomposing took apart, put back together.
    return /[\u1100-\u11ff]/.test(folded) ? folded.normalize("NFC") : folded;
  }

  // Chinese, Japanese and Korean letters, whose words are found as pairs of neighbouring letters.
  var PAIRED_LETTER = "[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u30fc\\uff70\\uff9e\\uff9f]";
  var PAIRED = new RegExp("(" + PAIRED_LETTER + "+)", "u");

  // The words of a text as the index holds them: a run of paired letters as its pairs, or itself alone.
  function words(text) {
    var found = [];
    runs(text).forEach(function (run) {
      run.split(PAIRED).forEach(function (part, i) {
        if (!part) { return; }
        var letters = Array.from(part);
        if (i % 2 === 0 || letters.length === 1) { found.push(part); return; }
        for (var k = 0; k + 1 < letters.length; k++) { found.push(letters[k] + letters[k + 1]); }
      });
    });
    return found;
  }

  // The runs of letters and digits, folded, as typed.
  function runs(text) {
    return fold(text).split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
  }

  function isPaired(word) {
    return new RegExp("^" + PAIRED.source + "$", "u").test(word);
  }

  // The letters Arabic and Hebrew join to the front of a word ("and", "in"), which the index also takes
  // away; the article's language tells, or else the site's.
  var SITE_LANGUAGE = document.documentElement.lang || "";
  function clitics(language) {
    var code = (language || SITE_LANGUAGE).toLowerCase().split("-")[0];
    return code === "ar" ? "[وفبلک]{0,2}" : code === "he" ? "[והבלמשכ]{0,3}" : "";
  }

  // The files keep their names from build to build while what they hold changes: ask the server each time.
  function json(url) {
    return fetch(url, { cache: "no-cache" }).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.json();
    });
  }

  function fileName(prefix) {
    if (/^[a-z0-9]+$/.test(prefix)) { return prefix; }
    return "_" + Array.from(new TextEncoder().encode(prefix), function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  // The word files a word is in: the one of its longest prefix and, for a prefix, those of longer ones.
  function filesOf(word, prefix) {
    var letters = Array.from(word);
    var found = [];
    for (var n = letters.length; n > 0; n--) {
      var p = letters.slice(0, n).join("");
      if (prefixes.has(p)) { found.push(p); break; }
    }
    if (prefix) {
      manifest.s.forEach(function (p) {
        if (p.length > word.length && p.indexOf(word) === 0 && found.length < 5) { found.push(p); }
      });
    }
    return found;
  }

  function load(prefix) {
    if (!files[prefix]) {
      files[prefix] = json(base + "t/" + fileName(prefix) + ".json").catch(function (error) {
        delete files[prefix];
        throw error;
      });
    }
    return files[prefix];
  }

  function failed() {
    status.textContent = "The search index could not be loaded.";
    more.disabled = false;
  }

  function decode(text, into) {
    if (text.charAt(0) === "~") {
      var bits = atob(text.slice(1).replace(/-/g, "+").replace(/_/g, "/"));
      for (var i = 0; i < bits.length; i++) {
        var byte = bits.charCodeAt(i);
        for (var b = 0; b < 8; b++) {
          if (byte & (1 << b)) { into.add(i * 8 + b); }
        }
      }
      return;
    }
    var last = 0;
    text.split(",").forEach(function (gap) {
      last += parseInt(gap, 36);
      into.add(last);
    });
  }

  // The articles that hold a word (or, for a prefix, a word that starts so), those that hold it in their
  // title, summary, actors or countries, and those that hold the word itself, not only a longer one.
  function postings(word, prefix) {
    return Promise.all(filesOf(word, prefix).map(load)).then(function (loaded) {
      var found = { all: new Set(), strong: new Set(), exact: new Set() };
      loaded.forEach(function (file) {
        Object.keys(file).forEach(function (term) {
          if (prefix ? term.indexOf(word) === 0 : term === word) {
            var lists = file[term].split("|");
            decode(lists[0], found.all);
            if (lists[1]) { decode(lists[1], found.strong); }
            if (term === word) { decode(lists[0], found.exact); }
          }
        });
      });
      return found;
    });
  }

  function search() {
    var mine = ++run;
    var typed = Array.from(new Set(words(input.value)));
    // Three letters or more are a prefix; so is one Chinese, Japanese or Korean letter, which starts pairs.
    var terms = typed.map(function (w) {
      var letters = Array.from(w).length;
      return { word: w, prefix: isPaired(w) ? letters === 1 : letters >= 3, rank: true };
    });
    if (country.value) { terms.push({ word: "country:" + country.value, prefix: false, rank: false }); }
    if (actor.value) { terms.push({ word: "actor:" + actor.value, prefix: false, rank: false }); }
    list.textContent = "";
    more.hidden = true;
    if (!terms.length) {
      status.textContent = "Type a name, a country or words from a headline.";
      return;
    }
    marked = Array.from(new Set(runs(input.value)));
    Promise.all(terms.map(function (t) { return postings(t.word, t.prefix); })).then(function (lists) {
      if (mine !== run) { return; }
      var smallest = lists.reduce(function (a, b) { return a.all.size <= b.all.size ? a : b; });
      var scores = new Map();
      smallest.all.forEach(function (id) {
        var score = 0;
        for (var i = 0; i < lists.length; i++) {
          if (!lists[i].all.has(id)) { return; }
          if (terms[i].rank) {
            // Title, summary, actors and countries count three times the text; a longer word than the one
            // typed counts half as much as the word itself; a rare word more than a common one.
            score += (lists[i].strong.has(id) ? 3 : 1) * (lists[i].exact.has(id) ? 1 : 0.5)
              * Math.log(1 + manifest.n / lists[i].all.size);
          }
        }
        scores.set(id, score);
      });
      results = Array.from(scores.keys());
      results.sort(order.value === "newest" ? function (a, b) { return b - a; } : function (a, b) {
        return scores.get(b) - scores.get(a) || b - a;
      });
      status.textContent = results.length === 1 ? "1 article found." : found(results.length);
      shown = 0;
      show(mine);
    }).catch(failed);
  }

  function found(n) {
    return n + " articles found.";
  }

  function show(mine) {
    var next = results.slice(shown, shown + PAGE);
    var first = shown > 0;
    shown += next.length;
    more.disabled = true;
    Promise.all(next.map(function (id) {
      // A few neighbouring articles' results share a file.
      var file = Math.floor(id / manifest.d);
      if (!documents[file]) {
        documents[file] = json(base + "d/" + file + ".json").catch(function (error) {
          delete documents[file];
          throw error;
        });
      }
      return documents[file].then(function (shared) { return shared[id % manifest.d]; });
    })).then(function (docs) {
      if (mine !== run) { return; }
      var items = docs.filter(Boolean).map(item);
      items.forEach(function (li) { list.appendChild(li); });
      more.disabled = false;
      more.hidden = shown >= results.length;
      // After "More results", the first new result takes the focus, as the button may go.
      if (first && items.length) { items[0].querySelector("a").focus(); }
    }).catch(failed);
  }

  function item(d) {
    var li = document.createElement("li");
    if (d.i) {
      // The card crop repeats the headline beside it: no text of its own, loaded as it nears the screen.
      var thumb = document.createElement("img");
      thumb.className = "thumb";
      thumb.src = "../" + d.i;
      thumb.alt = "";
      thumb.loading = "lazy";
      li.className = "with-photo";
      li.appendChild(thumb);
    }
    var link = document.createElement("a");
    link.href = "../" + d.u;
    link.textContent = d.t;
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = d.d + (d.a.length ? " · " + d.a.join(", ") : "") + (d.c.length ? " · " + d.c.join(", ") : "");
    li.appendChild(link);
    li.appendChild(meta);
    li.appendChild(snippet(d.x || "", d.s, d.l));
    return li;
  }

  // The text around the first word found, with every word found marked; else the summary.
  function snippet(text, summary, language) {
    var p = document.createElement("p");
    p.className = "snippet";
    var folded = "";
    var at = [];
    Array.from(text).forEach(function (ch, i, all) {
      var f = fold(ch);
      for (var k = 0; k < f.length; k++) { at.push(i); }
      folded += f;
    });
    var joined = clitics(language);
    var chars = Array.from(text);
    var hits = [];
    // A letter of a word, but not a Chinese, Japanese or Korean one, beside which words end as the index
    // ends them ("G20峰会" holds "g20").
    var LETTER = "(?:(?!" + PAIRED_LETTER + ")[\\p{L}\\p{Nd}])";
    marked.forEach(function (w) {
      var escaped = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // "ال" ("the") after "ل" ("to") is written "لل": "الليكود" is found in "لليكود", "الاسد" in "للاسد".
      if (joined && w.indexOf("ال") === 0 && w.length > 2) { escaped = "(?:" + escaped + "|ل" + escaped.slice(2) + ")"; }
      // Chinese and Japanese are found anywhere in a run of letters; a word of three letters or more as the
      // start of words, after any letters joined to its front; a shorter one, whole.
      var re = PAIRED.test(w) ? new RegExp("()(" + escaped + ")", "gu")
        : new RegExp("(^|[^\\p{L}\\p{Nd}]|" + PAIRED_LETTER + ")" + (joined ? "(?:" + joined + ")" : "") + "("
          + escaped + (Array.from(w).length >= 3 ? LETTER + "*" : "(?!" + LETTER + ")") + ")", "gu");
      var m;
      while ((m = re.exec(folded)) !== null) {
        if (!m[2]) { re.lastIndex++; continue; }
        var start = m.index + m[0].length - m[2].length;
        hits.push([at[start], at[start + m[2].length - 1] + 1]);
      }
    });
    if (!hits.length) {
      p.textContent = summary;
      return p;
    }
    hits.sort(function (a, b) { return a[0] - b[0]; });
    var from = Math.max(0, hits[0][0] - 60);
    var to = Math.min(chars.length, from + 220);
    var cursor = from;
    if (from > 0) { p.appendChild(document.createTextNode("… ")); }
    hits.forEach(function (h) {
      if (h[0] < cursor || h[1] > to) { return; }
      p.appendChild(document.createTextNode(chars.slice(cursor, h[0]).join("")));
      var mark = document.createElement("mark");
      mark.textContent = chars.slice(h[0], h[1]).join("");
      p.appendChild(mark);
      cursor = h[1];
    });
    p.appendChild(document.createTextNode(chars.slice(cursor, to).join("") + (to < chars.length ? " …" : "")));
    return p;
  }

  function fill(select, pairs) {
    pairs.forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      select.appendChild(option);
    });
  }

  function remember() {
    var query = new URLSearchParams();
    query.set("q", input.value);
    if (country.value) { query.set("country", country.value); }
    if (actor.value) { query.set("actor", actor.value); }
    if (order.value) { query.set("sort", order.value); }
    history.replaceState(null, "", "?" + query.toString());
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (manifest) { remember(); search(); }
  });
  [country, actor, order].forEach(function (select) {
    select.addEventListener("change", function () {
      if (manifest) { remember(); search(); }
    });
  });
  more.addEventListener("click", function () { show(run); });

  var asked = new URLSearchParams(location.search);
  input.value = asked.get("q") || "";
  status.textContent = "Loading the index…";
  json(base + "manifest.json").then(function (loaded) {
    manifest = loaded;
    prefixes = new Set(manifest.s);
    fill(country, manifest.c);
    fill(actor, manifest.a);
    country.value = asked.get("country") || "";
    actor.value = asked.get("actor") || "";
    order.value = asked.get("sort") || "";
    search();
  }, function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
