/* Search that finds what a reader types: a layer over Material's search.
 *
 * Material's page talks to its search worker (lunr) by messages: SETUP
 * (the whole index), READY, QUERY (the text typed), RESULT (the items it
 * renders). This script, loaded in the head before Material's bundle (and
 * after the offline bundle's iframe-worker polyfill), wraps the Worker that
 * the bundle creates for the search worker: it reads the index of SETUP
 * itself, says READY, and answers every QUERY from that index (Material's
 * worker, lunr, gets the index and the queries only if this layer fails),
 * so that
 * - a reference goes first to its target: "第 23 段", "para. 23" (the page's
 *   report, or every report), "2012 para 5", a document symbol, a decision
 *   ("6/4", "第 6/4 号决议", "decision 2/6");
 * - then the items holding the query as typed as one phrase (spaces ignored
 *   for Chinese), then those holding all of its words, then some of them;
 * - Chinese words are cut as the index cut them: a run of Chinese characters
 *   that occurs in the index takes the index's own cuts at that place (the
 *   index holds jieba's words, separated by U+200B); a run that does not
 *   occur is cut into the index's words (the most probable cutting by their
 *   counts in the index);
 * - results stay in the page's language (the index holds every language;
 *   hits in reports that only another language has are counted, with a link
 *   to that language's search);
 * - the year and kind filters narrow the results, and the search lives in
 *   the address (?q=…&year=…&kind=…), so that a search can be sent and opens
 *   with its results.
 * A result links to its item with the words to mark (?h= the phrase, or
 * ?hw= the words); the page opened marks them in the item it lands on and
 * leaves a clean address (the ?p= of a report item is paragraphs.js's).
 * Plain script, no build step, no network.
 */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
  var HAN_RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g;
  var WORD_CHAR = /[\p{L}\p{N}]/u;
  var KINDS = ["paragraph", "recommendation", "footnote", "decision", "document"];
  var WEIGHT = { paragraph: 1, recommendation: 1, footnote: 0.9, decision: 1, document: 0.95,
                 heading: 0.8, page: 0.6 };

  /* -- the landing page: read the words to mark, then clean the address -- */

  var landing = (function () {
    var params = new URLSearchParams(location.search);
    if (!params.has("h") && !params.has("hw")) return null;
    var marks = { phrase: params.get("h") || "", words: params.get("hw") || "", item: params.get("p") };
    params.delete("h");
    params.delete("hw");
    var rest = params.toString();
    try {
      history.replaceState(history.state, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
    } catch (e) { /* a browser that refuses it on file:// keeps the address */ }
    return marks;
  })();

  function lower(text) { return text.toLowerCase(); }

  function startsWord(text, at) { return at === 0 || !WORD_CHAR.test(text.charAt(at - 1)); }

  /* Where each needle occurs in `text` (already lower-cased): [start, end)
   * pairs, sorted, overlaps joined. A needle of letters starts a word. */
  function occurrences(text, needles) {
    var found = [];
    needles.forEach(function (needle) {
      if (!needle) return;
      var wordy = WORD_CHAR.test(needle.charAt(0)) && !HAN.test(needle.charAt(0));
      for (var at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (!wordy || startsWord(text, at)) found.push([at, at + needle.length]);
      }
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var joined = [];
    found.forEach(function (r) {
      var last = joined[joined.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else joined.push(r.slice());
    });
    return joined;
  }

  /* Mark the needles in the text nodes of `region`; return how many marks. */
  function markIn(region, needles) {
    var walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement && node.parentElement.closest(".item-controls, script, style, mark")
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [], count = 0;
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var ranges = occurrences(lower(node.nodeValue), needles);
      for (var i = ranges.length - 1; i >= 0; i--) {
        var middle = node.splitText(ranges[i][0]);
        middle.splitText(ranges[i][1] - ranges[i][0]);
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        middle.parentNode.replaceChild(mark, middle);
        mark.appendChild(middle);
        count++;
      }
    });
    return count;
  }

  /* The part of the page a hit lands on: the item, or a heading's section. */
  function landingRegion(item) {
    var id = item || decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    var article = document.querySelector(".md-content article") || document.body;
    if (!el) return [article];
    var level = /^H([1-6])$/.exec(el.tagName);
    if (!level) return [el];
    var region = [el];
    for (var next = el.nextElementSibling; next; next = next.nextElementSibling) {
      var other = /^H([1-6])$/.exec(next.tagName);
      if (other && +other[1] <= +level[1]) break;
      region.push(next);
    }
    return region;
  }

  function markLanding() {
    if (!landing) return;
    var region = landingRegion(landing.item), phrase = lower(landing.phrase);
    var marked = 0;
    if (phrase) {
      region.forEach(function (el) { marked += markIn(el, [phrase]); });
      if (marked) return;
    }
    var words = lower(landing.words || landing.phrase).split(/\s+/).filter(Boolean);
    region.forEach(function (el) { markIn(el, words); });
  }

  /* -- the index, as this layer reads it --------------------------------- */

  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

  function entity(ref) {
    var body = ref.slice(1, -1);
    if (body.charAt(0) === "#") {
      var code = body.charAt(1) === "x" || body.charAt(1) === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return isNaN(code) ? ref : String.fromCodePoint(code);
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, body) ? ENTITIES[body] : ref;
  }

  function decode(html) {
    return html.replace(/<[^>]*>/g, " ").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, entity);
  }

  function Index(data) {
    var config = data.config || {};
    this.langs = config.lang || ["en"];
    this.labels = (config.reader || {}).labels || {};
    this.docs = data.docs.map(this.prepare, this);
    this.byLocation = {};
    this.vocabulary = {};
    this.total = 0;
    var self = this;
    this.slugs = {};  // language → report dates it has items of
    this.docs.forEach(function (d) {
      self.byLocation[d.location] = d;
      d.words.forEach(function (w) {
        self.vocabulary[w] = (self.vocabulary[w] || 0) + 1;
        self.total++;
      });
      d.words = null;
      if (d.slug && d.item) (self.slugs[d.lang] = self.slugs[d.lang] || {})[d.slug] = true;
    });
  }

  Index.prototype.prepare = function (doc, n) {
    var location = doc.location, path = location.split(/[?#]/)[0];
    var first = path.split("/")[0];
    var lang = this.langs.indexOf(first) > 0 ? first : this.langs[0];
    var item = (/[?&]p=([^&#]+)/.exec(location) || [])[1] || "";
    var anchor = (location.split("#")[1] || "");
    var slug = (/(?:^|\/)reports\/(\d{4}-\d{2}-\d{2})/.exec(path) || [])[1] || "";
    var segmented = decode(doc.text || "");
    var title = decode(doc.title || "").replace(/\u200b/g, "");
    var kind = "page";
    if (item) {
      kind = /^para_/.test(item) ? "paragraph" : /^rec_/.test(item) ? "recommendation"
        : /^fn_/.test(item) ? "footnote" : /^annex_.*__row_/.test(item) ? "document" : "heading";
    } else if (anchor && /(^|\/)decisions(\/|\/index\.html|\.html)?$/.test(path) && !/^body-/.test(anchor)) {
      kind = "decision";
    } else if (/^doc-/.test(anchor) && /(^|\/)documents(\/|\/index\.html|\.html)?$/.test(path)) {
      kind = "document";
    }
    /* A report item is found by its own words; other entries by their title too. */
    var text = (item ? "" : title + " ") + segmented.replace(/\u200b/g, "");
    var years = {};
    if (slug) years[slug.slice(0, 4)] = true;
    else if (kind === "decision" || kind === "document") {
      (text.match(/\b(?:19|20)\d\d(?=-\d\d-\d\d\b)/g) || []).forEach(function (y) { years[y] = true; });
    }
    var words = [];
    lower(segmented).split(/[\s\u200b]+/).forEach(function (token) {
      (token.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) || []).forEach(function (w) { words.push(w); });
    });
    return {
      n: n, doc: doc, location: location, lang: lang, item: item, slug: slug, kind: kind, years: years,
      title: title, flat: lower(text).replace(/\s+/g, ""), spaced: lower(text).replace(/\s+/g, " "),
      cuts: null, words: words, length: text.length
    };
  };

  /* Offsets in d.flat where the index cut its words. */
  Index.prototype.cuts = function (d) {
    if (d.cuts) return d.cuts;
    var cuts = {}, at = 0, text = lower(decode(d.doc.text || ""));
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === "\u200b" || /\s/.test(c)) cuts[at] = true;
      else at++;
    }
    return (d.cuts = cuts);
  };

  /* A run of Chinese characters cut as the index cut it (see the header). */
  Index.prototype.cut = function (run) {
    for (var i = 0; i < this.docs.length; i++) {
      var d = this.docs[i], at = d.item ? d.flat.indexOf(run) : -1;
      if (at < 0) continue;
      var cuts = this.cuts(d), words = [], start = 0;
      for (var k = 1; k < run.length; k++) {
        if (cuts[at + k]) { words.push(run.slice(start, k)); start = k; }
      }
      words.push(run.slice(start));
      return words;
    }
    return this.mostProbable(run);
  };

  Index.prototype.mostProbable = function (run) {
    var best = [{ score: 0, back: 0 }], total = this.total + 1;
    for (var end = 1; end <= run.length; end++) {
      best[end] = { score: -Infinity, back: end - 1 };
      for (var start = Math.max(0, end - 12); start < end; start++) {
        var count = this.vocabulary[run.slice(start, end)];
        var score = best[start].score + (count ? Math.log(count / total)
          : end - start === 1 ? Math.log(0.1 / total) : -Infinity);
        if (score > best[end].score) best[end] = { score: score, back: start };
      }
    }
    var words = [];
    for (var at = run.length; at > 0; at = best[at].back) words.unshift(run.slice(best[at].back, at));
    return words;
  };

  /* The words of a query: Chinese runs cut as the index cut them, other
   * runs by spaces, their outer punctuation dropped. */
  Index.prototype.queryWords = function (query) {
    var self = this, words = [];
    lower(query).split(/\s+/).forEach(function (part) {
      (part.match(HAN_RUNS) || []).forEach(function (run) {
        if (HAN.test(run)) words.push.apply(words, self.cut(run));
        else {
          var word = run.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
          if (word) words.push(word);
        }
      });
    });
    return words.filter(function (w, i) { return words.indexOf(w) === i; });
  };

  /* -- references --------------------------------------------------------- */

  function pageReport() {
    return (/(?:^|\/)reports\/(\d{4}-\d{2}-\d{2})/.exec(decodeURIComponent(location.pathname)) || [])[1] || "";
  }

  /* `d`'s location on the `lang` side of the site. */
  Index.prototype.relocate = function (d, lang) {
    var path = d.lang === this.langs[0] ? d.location : d.location.slice(d.lang.length + 1);
    return lang === this.langs[0] ? path : lang + "/" + path;
  };

  /* The entries a reference names, best first (each {d, location}). */
  Index.prototype.references = function (query, lang) {
    var q = query.trim(), squeezed = q.replace(/\s+/g, ""), self = this, found = [];
    var para = /^(?:(\d{4})年?)?第(\d+)段$/.exec(squeezed)
      || /^(?:(\d{4})\s*)?(?:paragraphe?s?|paras?\.?|par\.?|¶)\s*(\d+)$/i.exec(q);
    if (para) {
      var year = para[1], id = "para_" + para[2], here = year ? "" : pageReport();
      var mine = [], others = [];
      this.docs.forEach(function (d) {
        if (d.item !== id || (year && d.slug.slice(0, 4) !== year) || (here && d.slug !== here)) return;
        if (d.lang === lang) mine.push({ d: d, location: d.location });
        else if (!(self.slugs[lang] || {})[d.slug]) others.push({ d: d, location: self.relocate(d, lang) });
      });
      var newest = function (a, b) { return a.d.slug < b.d.slug ? 1 : -1; };
      var seen = {};
      return mine.sort(newest).concat(others.sort(newest)).filter(function (r) {
        return seen[r.location] ? false : (seen[r.location] = true);
      });
    }
    var decision = /^第?(\d+)\/(\d+)号?(决议|决定)?$/.exec(squeezed)
      || /^(?:(?:decisions?|resolutions?|décisions?|résolutions?)\s*)?(\d+)\/(\d+)$/i.exec(q);
    if (decision) {
      var named = decision[3] || (/^(decision|résolution|resolution|décision)/i.exec(q) || [])[0] || "";
      var prefer = /决议|resolution|résolution/i.test(named) ? "res" : /决定|decision|décision/i.test(named) ? "dec" : "";
      var pattern = new RegExp("-(dec|res)-" + decision[1] + "-" + decision[2] + "$");
      this.docs.forEach(function (d) {
        var m = d.lang === lang && d.kind === "decision" && pattern.exec(d.location);
        if (m) found.push({ d: d, location: d.location, first: !prefer || m[1] === prefer });
      });
      return found.filter(function (r) { return r.first; }).concat(found.filter(function (r) { return !r.first; }));
    }
    if (/^[a-z]+(?:\/[a-z0-9.\-()]+)+$/i.test(squeezed) && /\d/.test(squeezed)) {
      var symbol = lower(squeezed);
      this.docs.forEach(function (d) {
        if (d.lang !== lang || d.kind !== "document") return;
        var symbols = lower(d.item ? d.spaced.trim().split(" ")[0] : d.title).split(/-(?=[a-z]+\/)/);
        if (symbols.indexOf(symbol) >= 0) found.push({ d: d, location: d.location, first: !d.item });
      });
      return found.filter(function (r) { return r.first; }).concat(found.filter(function (r) { return !r.first; }));
    }
    return [];
  };

  /* -- ranking ------------------------------------------------------------ */

  function count(text, needle, wordy) {
    var n = 0;
    for (var at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      if (!wordy || startsWord(text, at)) n++;
    }
    return n;
  }

  /* Every entry that holds the query or some of its words, scored:
   * tier 3 the phrase, 2 all the words, 1 some. */
  Index.prototype.match = function (query, docs) {
    var han = HAN.test(query);
    var phrase = han ? lower(query).replace(/\s+/g, "") : lower(query).replace(/\s+/g, " ").trim();
    var words = this.queryWords(query);
    var probes = words.map(function (w) {
      var isHan = HAN.test(w);
      return { word: w, field: isHan ? "flat" : "spaced", wordy: !isHan && WORD_CHAR.test(w.charAt(0)), df: 0 };
    });
    var phraseField = han ? "flat" : "spaced", phraseWordy = !han && WORD_CHAR.test(phrase.charAt(0));
    var hits = [];
    docs.forEach(function (d) {
      var tf = probes.map(function (p) { var n = count(d[p.field], p.word, p.wordy); if (n) p.df++; return n; });
      var inPhrase = phrase ? count(d[phraseField], phrase, phraseWordy) : 0;
      var held = tf.filter(Boolean).length;
      if (!inPhrase && !held) return;
      hits.push({ d: d, tf: tf, phrase: inPhrase, held: held,
                  tier: inPhrase ? 3 : held === probes.length ? 2 : 1 });
    });
    var total = docs.length;
    hits.forEach(function (h) {
      var relevance = 0;
      h.tf.forEach(function (n, i) {
        if (n) relevance += Math.log(1 + total / probes[i].df) * (1 + Math.log(n));
      });
      if (h.phrase) relevance += 2 * Math.log(1 + total / hits.length) * (1 + Math.log(h.phrase));
      relevance /= 1 + 0.2 * Math.log(1 + h.d.length / 80);
      h.score = h.tier * 1e4 + relevance * (WEIGHT[h.d.kind] || 0.6);
    });
    hits.sort(function (a, b) { return b.score - a.score || a.d.n - b.d.n; });
    return { hits: hits, phrase: phrase, words: words };
  };

  /* -- results as Material renders them ------------------------------------ */

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /* Entry HTML with <mark> around the needles (text between tags only; an
   * entity or U+200B is never cut); a long paragraph shown from a little
   * before its first mark. */
  function markHtml(html, needles) {
    var parts = html.split(/(<[^>]*>)/), single = parts.length === 5 && parts[0] === "" && parts[4] === "";
    return parts.map(function (part, i) {
      if (i % 2) return part;
      var chars = [], starts = [], ends = [];
      for (var k = 0; k < part.length;) {
        var c = part.charAt(k), size = 1, m;
        if (c === "&" && (m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(part.slice(k, k + 12)))) {
          size = m[0].length;
          c = entity(m[0]);
        }
        if (c !== "\u200b") {
          var low = lower(c);
          chars.push(low.length === c.length ? low : c);
          starts.push(k);
          ends.push(k + size);
        }
        k += size;
      }
      var ranges = occurrences(chars.join(""), needles);
      if (!ranges.length) return part;
      var out = "", from = 0;
      if (single && ranges[0][0] > 60) {
        from = starts[ranges[0][0] - 24];
        if (/[\udc00-\udfff]/.test(part.charAt(from))) from++;  /* never half a character */
        out = "…";
      }
      ranges.forEach(function (r) {
        out += part.slice(from, starts[r[0]]) + "<mark>" + part.slice(starts[r[0]], ends[r[1] - 1]) + "</mark>";
        from = ends[r[1] - 1];
      });
      return out + part.slice(from);
    }).join("");
  }

  function withMarks(location, params) {
    var hash = location.indexOf("#"), path = hash < 0 ? location : location.slice(0, hash);
    var fragment = hash < 0 ? "" : location.slice(hash);
    var query = Object.keys(params).filter(function (k) { return params[k]; }).map(function (k) {
      return k + "=" + encodeURIComponent(params[k]);
    }).join("&");
    if (!query) return location;
    return path + (path.indexOf("?") < 0 ? "?" : "&") + query + fragment;
  }

  /* -- the layer's state: filters, address, other languages --------------- */

  var index = null, state = { query: "", year: "", kind: "" }, emitTo = null;

  (function () {
    var params = new URLSearchParams(location.search);
    state.year = /^\d{4}$/.test(params.get("year") || "") ? params.get("year") : "";
    state.kind = KINDS.indexOf(params.get("kind")) >= 0 ? params.get("kind") : "";
  })();

  function siteRoot() {
    var config = document.getElementById("__config");
    var base = config ? JSON.parse(config.textContent).base : ".";
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  function pageLanguage() {
    if (!index) return "";
    var root = siteRoot().pathname, path = decodeURIComponent(location.pathname);
    var first = path.slice(path.indexOf(decodeURIComponent(root)) + decodeURIComponent(root).length).split("/")[0];
    return index.langs.indexOf(first) > 0 ? first : index.langs[0];
  }

  function label(key) {
    var labels = index && index.labels[pageLanguage()] || {};
    return labels[key] || key;
  }

  function searchAddress(lang) {
    var url = siteRoot();
    if (lang && lang !== index.langs[0]) url = new URL(lang + "/", url);
    if (location.protocol === "file:") url = new URL("index.html", url);
    url.search = "?q=" + encodeURIComponent(state.query);
    return url.href;
  }

  function updateAddress(open) {
    var params = new URLSearchParams(location.search);
    ["q", "year", "kind"].forEach(function (k) { params.delete(k); });
    if (open && state.query) {
      params.set("q", state.query);
      if (state.year) params.set("year", state.year);
      if (state.kind) params.set("kind", state.kind);
    }
    var rest = params.toString();
    var address = location.pathname + (rest ? "?" + rest : "") + location.hash;
    if (address === location.pathname + location.search + location.hash) return;
    try { history.replaceState(history.state, "", address); } catch (e) { /* file:// in some browsers */ }
  }

  function inScope(d, lang) {
    return d.lang === lang && (!state.year || d.years[state.year]) && (!state.kind || d.kind === state.kind);
  }

  /* Material's result: groups of items, a page's sections with their page. */
  function search(query) {
    /* Quotes around a query (a reader's way to say "this phrase") are not part of it. */
    query = query.replace(/^["“”「『]+|["“”」』]+$/g, "").trim();
    var lang = pageLanguage(), seen = {};
    var refs = index.references(query, lang).filter(function (r) {
      return (!state.year || r.d.years[state.year]) && (!state.kind || r.d.kind === state.kind);
    });
    var result = index.match(query, index.docs.filter(function (d) { return inScope(d, lang); }));
    var ranked = refs.map(function (r) { return { d: r.d, location: r.location, tier: 4, held: 0 }; })
      .concat(result.hits);
    var groups = [], byPage = {}, n = ranked.length;
    ranked.forEach(function (h, rank) {
      var location = h.location || h.d.location;
      if (seen[location]) return;
      seen[location] = true;
      var needles = h.tier === 3 ? [result.phrase] : h.tier === 4 ? [] : result.words;
      var terms = {};
      if (h.tier === 1) result.words.forEach(function (w, i) { terms[w] = !!h.tf[i]; });
      /* Link, title and marked text are made when Material renders the item
       * (the first ten, then more as the reader scrolls), not for every hit
       * of a common word. */
      var item = { score: n - rank, terms: terms };
      Object.defineProperties(item, {
        location: { enumerable: true, get: function () {
          return withMarks(location, h.tier === 3 ? { h: result.phrase } : h.tier === 4 ? {}
            : { hw: result.words.filter(function (w, i) { return h.tf[i]; }).join(" ") });
        } },
        title: { enumerable: true, get: function () { return escapeHtml(h.d.title); } },
        text: { enumerable: true, get: function () {
          return needles.length ? markHtml(h.d.doc.text || "", needles) : (h.d.doc.text || "");
        } }
      });
      var hash = location.indexOf("#");
      if (hash < 0) { groups.push([item]); return; }
      var page = location.slice(0, hash);
      if (!byPage[page]) {
        byPage[page] = [];
        groups.push(byPage[page]);
      }
      byPage[page].push(item);
    });
    Object.keys(byPage).forEach(function (page) {
      var group = byPage[page];
      if (group.some(function (item) { return item.location.indexOf("#") < 0; })) return;
      var parent = index.byLocation[page];
      group.push(parent ? { location: page, title: escapeHtml(parent.title), text: "", score: 0, terms: {} }
        : { location: page, title: escapeHtml(page), text: "", score: 0, terms: {} });
    });
    showElsewhere(query, lang);
    return { items: groups };
  }

  /* Hits in reports that only another language has. */
  function showElsewhere(query, lang) {
    var note = document.querySelector(".search-elsewhere");
    if (!note) return;
    note.textContent = "";
    note.hidden = true;
    if (!query) return;
    index.langs.forEach(function (other) {
      if (other === lang) return;
      var mine = index.slugs[lang] || {};
      var docs = index.docs.filter(function (d) {
        return d.lang === other && d.slug && d.item && !mine[d.slug] && inScope(d, other);
      });
      var hits = index.match(query, docs).hits.filter(function (h) { return h.tier >= 2; });
      if (!hits.length) return;
      var names = label("language_names"), name = typeof names === "object" ? names[other] || other : other;
      var text = label("search_elsewhere").replace("{n}", hits.length).replace("{language}", name);
      var a = document.createElement("a");
      a.href = searchAddress(other);
      a.hreflang = other;
      a.textContent = text;
      var p = document.createElement("p");
      p.appendChild(a);
      note.appendChild(p);
      note.hidden = false;
    });
  }

  function rerun() {
    updateAddress(true);
    if (emitTo && state.query) emitTo({ type: RESULT, data: search(state.query) });
  }

  /* The filters and the note, above Material's result list. */
  function mountTools() {
    var box = document.querySelector(".md-search-result");
    if (!box || box.querySelector(".search-tools")) return;
    var lang = pageLanguage(), years = {};
    index.docs.forEach(function (d) { if (d.lang === lang) Object.keys(d.years).forEach(function (y) { years[y] = true; }); });
    var tools = document.createElement("div");
    tools.className = "search-tools";
    tools.setAttribute("role", "group");
    tools.setAttribute("aria-label", label("search_filters"));
    var choices = [
      ["year", label("search_year"), [["", label("search_any_year")]].concat(Object.keys(years).sort().reverse()
        .map(function (y) { return [y, y]; }))],
      ["kind", label("search_kind"), [["", label("search_any_kind")]].concat(KINDS.map(function (k) {
        return [k, label("search_kind_" + k)];
      }))]
    ];
    choices.forEach(function (choice) {
      var wrap = document.createElement("label"), select = document.createElement("select");
      wrap.appendChild(document.createTextNode(choice[1] + " "));
      select.name = choice[0];
      select.className = "search-filter";
      choice[2].forEach(function (option) {
        var el = document.createElement("option");
        el.value = option[0];
        el.textContent = option[1];
        select.appendChild(el);
      });
      select.value = state[choice[0]];
      select.addEventListener("change", function () {
        state[choice[0]] = select.value;
        rerun();
      });
      wrap.appendChild(select);
      tools.appendChild(wrap);
    });
    /* Material reads every key in the search dialog (arrows move between
     * results): the filters keep theirs. */
    tools.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") event.stopPropagation();
    });
    var note = document.createElement("div");
    note.className = "search-elsewhere";
    note.setAttribute("aria-live", "polite");
    note.hidden = true;
    box.insertBefore(tools, box.firstChild);
    var meta = box.querySelector(".md-search-result__meta");
    box.insertBefore(note, meta ? meta.nextSibling : tools.nextSibling);
  }

  function whenReady(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  whenReady(function () {
    markLanding();
    var toggle = document.getElementById("__search");
    if (toggle) toggle.addEventListener("change", function () { updateAddress(toggle.checked); });
  });

  /* -- the Worker Material creates for its search ------------------------- */

  var Base = window.Worker;
  if (!Base) return;

  function LayeredWorker(url, options) {
    var inner = new Base(url, options);
    if (!/workers\/search\./.test(String(url))) return inner;
    var target = new EventTarget(), setup = null, readyByUs = false;
    function emit(data) {
      setTimeout(function () {
        var event = new MessageEvent("message", { data: data });
        target.dispatchEvent(event);
        if (typeof target.onmessage === "function") target.onmessage(event);
      }, 0);
    }
    /* Material's worker gets the index only if this layer cannot answer:
     * lunr's index of a large site takes long to build (and a core, and a
     * copy of the index) for answers nobody would see. */
    function fallBack(message, error) {
      console.warn("search layer: Material's search answers", error);
      index = null;
      if (setup) inner.postMessage(setup);
      setup = null;
      if (message) inner.postMessage(message);
    }
    inner.addEventListener("message", function (event) {
      if (!(readyByUs && event.data && event.data.type === READY)) emit(event.data);
    });
    inner.addEventListener("error", function (event) { target.dispatchEvent(new ErrorEvent("error", event)); });
    target.postMessage = function (message) {
      if (message && message.type === SETUP) {
        try {
          index = new Index(message.data);
          setup = message;
          emitTo = emit;
          readyByUs = true;
          whenReady(mountTools);
          emit({ type: READY });
        } catch (e) {
          index = null;
          fallBack(message, e);
        }
      } else if (message && message.type === QUERY && index) {
        try {
          state.query = String(message.data || "").trim();
          updateAddress(true);
          emit({ type: RESULT, data: state.query ? search(state.query) : { items: [] } });
        } catch (e) {
          fallBack(message, e);
        }
      } else {
        inner.postMessage(message);
      }
    };
    target.terminate = function () { inner.terminate(); };
    return target;
  }
  window.Worker = LayeredWorker;
})();
