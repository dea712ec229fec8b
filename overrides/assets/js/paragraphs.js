/* Paragraph links for email, and a language switch that keeps the paragraph.
 *
 * Every anchored item of a report page (paragraph, subparagraph, item,
 * recommendation, footnote, annex row, heading) gets the same controls when
 * the page opens (addControls), in a <span class="item-controls"
 * data-for="<id>" data-pin="第 5 段">, each named after the item: its name
 * comes from its id and the language's templates (pinOf, as the
 * generator's citation.item_label names it), the words from the language's
 * labels script (window.reportLabels: generator/render/labels.py), the
 * page's citation and URL from its .para-labels. Without this script a
 * paragraph's number is its permanent link (render/blocks.py).
 * - ¶ copies the item's canonical URL (the page's URL in .para-labels,
 *   written by the generator from site_url: the same online and in the
 *   offline bundle, and the item's id) and marks the item as the target,
 *   replacing the history entry (no new entry);
 *   shift-clicking a second paragraph's ¶ copies the link to the range
 *   (#para_5-7);
 * - ❞ copies a citation in the page's language (the page's template in
 *   .para-labels, filled with the item's name and URL);
 * - the third button copies the item's text followed by its citation
 *   (headings have ¶ and ❞ only).
 * Opening #para_5-7 highlights and scrolls to the range; an anchor the page
 * does not have shows a notice. A search hit (page/?p=para_17&h=…) ends on
 * the clean URL (page/#para_17), the search terms still marked.
 * The language selector keeps location.hash.
 * Plain script, no build step, no network.
 */
(function () {
  "use strict";

  /* The words of the controls: the language's, and the page's citation
   * template and URL; null on a page without controls. */
  var words = null;
  function labels() {
    if (words) return words;
    var el = document.querySelector(".para-labels");
    if (!el || !window.reportLabels) return null;
    words = {};
    [window.reportLabels, el.dataset].forEach(function (from) {
      Object.keys(from).forEach(function (key) { words[key] = from[key]; });
    });
    return words;
  }

  /* Replace the last {key} of a template (a source text earlier in it is
   * never read as a placeholder; citation.fill does the same). */
  function fill(template, values) {
    Object.keys(values).forEach(function (key) {
      var mark = "{" + key + "}", at = template.lastIndexOf(mark);
      if (at >= 0) template = template.slice(0, at) + values[key] + template.slice(at + mark.length);
    });
    return template;
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "-1000px";
    var focused = document.activeElement;
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (focused && focused.focus) focused.focus({ preventScroll: true });
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return "clipboard"; },
        function () { return fallbackCopy(text) ? "execCommand" : "failed"; });
    }
    return Promise.resolve(fallbackCopy(text) ? "execCommand" : "failed");
  }

  var toastTimer = null;
  function toast(message) {
    var box = document.querySelector(".copy-toast");
    if (!box) {
      box = document.createElement("div");
      box.className = "copy-toast";
      box.setAttribute("role", "status");
      box.setAttribute("aria-live", "polite");
      document.body.appendChild(box);
    }
    box.textContent = message;
    box.classList.add("copy-toast--shown");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { box.classList.remove("copy-toast--shown"); }, 2500);
  }

  function copyAndTell(text, done) {
    var l = labels() || {};
    copy(text).then(function (how) {
      document.documentElement.setAttribute("data-last-copy", how);
      if (how === "failed") { toast((l.copyFailed || "") + " " + text); }
      else { toast(done); }
    });
  }

  /* Go to an anchor without a new history entry: location.replace of a
   * fragment is a same-document navigation, so :target follows. */
  function markTarget(id) {
    if (location.hash !== "#" + id) location.replace("#" + id);
  }

  function citationFor(pin, url) {
    var l = labels();
    return fill(l.cite, { pin: pin, url: url });
  }

  /* The words of an item as a reader sees them: no controls, no footnote
   * marks; subparagraphs and list items on lines of their own. */
  function textOf(item) {
    if (item.tagName === "TR") {
      return Array.prototype.map.call(item.cells, textOf).filter(Boolean).join(" — ");
    }
    var clone = item.cloneNode(true);
    Array.prototype.forEach.call(clone.querySelectorAll(".item-controls, sup.fnref, .fn-back"),
      function (el) { el.remove(); });
    var text = "";
    (function walk(node) {
      Array.prototype.forEach.call(node.childNodes, function (child) {
        if (child.nodeType === 3) text += child.nodeValue.replace(/\s+/g, " ");
        else if (child.nodeType === 1) {
          if (child.tagName === "LI") text += "\n";
          walk(child);
        }
      });
    })(clone);
    return text.replace(/[ \u00a0]+/g, " ").replace(/ *\n */g, "\n").replace(/\n+/g, "\n").trim();
  }

  /* A template with its {name} fields filled (the catalog's own templates,
   * no source text in them: every field is filled). */
  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return values && values[key] !== undefined ? values[key] : all;
    });
  }

  function romanToInt(text) {
    var value = { i: 1, v: 5, x: 10, l: 50, c: 100 }, total = 0, previous = 0;
    for (var i = text.length - 1; i >= 0; i--) {
      var v = value[text[i]];
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }

  /* A level-2 point as Chinese texts print it: ii → ㈡ (beyond ten, (十一)). */
  function cjkPoint(roman) {
    if (!/^[ivxlc]+$/.test(roman)) return roman;
    var count = romanToInt(roman);
    if (count <= 10) return String.fromCharCode(0x3220 + count - 1);
    return "(" + (count < 20 ? "" : "二三四五六七八九"[Math.floor(count / 10) - 2]) + "十" +
      (count % 10 ? "一二三四五六七八九"[count % 10 - 1] : "") + ")";
  }

  /* The number of the last numbered paragraph before an unnumbered one. */
  function numberBefore(id) {
    var last = null, paras = document.querySelectorAll(".para[id]");
    for (var i = 0; i < paras.length && paras[i].id !== id; i++) {
      var n = /^para_(\d+)$/.exec(paras[i].id);
      if (n) last = +n[1];
    }
    return last;
  }

  /* The readable name of the item with id `id` in the page's language
   * ("第 23 (a) 段", "para. 23 (a)", "annex, row 6"): the generator's
   * citation.item_label, step by step, with the same templates; null for
   * an id that names no item. */
  function pinOf(id) {
    var l = labels(), pins = l.pins, parts = id.split("__"), head = parts.shift();
    var t = function (key, values) { return format(pins[key], values); };
    var letter = function (x) {
      return l.letters.length && /^[a-z]$/.test(x) ? l.letters[x.charCodeAt(0) - 97] : x;
    };
    var sub = function () {  /* leading subpara_x and point_y parts: " (a) (ii) b." */
      var out = "", level = 1;
      while (parts.length && /^(subpara|point)_/.test(parts[0])) {
        var part = parts.shift(), x = part.slice(part.indexOf("_") + 1);
        if (part.indexOf("subpara_") === 0) { out += t("pin_sub", { x: letter(x) }); level = 1; }
        else { level += 1; out += t("pin_point_" + Math.min(level, 4), { x: x, cjk: cjkPoint(x) }); }
      }
      return out;
    };
    var trim = function (text) { return text.replace(/^[ ,]+|[ ,]+$/g, ""); };
    var m = /^(para|rec|fn|annex|chp|sec|subsec|hcontainer)_(.+)$/.exec(head);
    if (!m) return null;
    var kind = m[1], value = m[2], base, s;
    if (kind === "para" && value.indexOf("nn_") === 0) {
      var after = numberBefore(head);
      base = (after !== null ? t("pin_nn", { after: after }) : t("pin_nn_first")) + sub();
    } else if (kind === "para" || kind === "rec") {
      s = sub();
      base = s ? t("pin_" + kind + "_sub", { n: value, sub: s }) : t("pin_" + kind, { n: value });
    } else if (kind === "fn") base = t("pin_fn", { mark: value.indexOf("star_") === 0 ? "*" : value });
    else if (kind === "annex") base = value === "1" ? t("pin_annex") : t("pin_annex_n", { n: value });
    else if (kind === "chp") base = t("pin_chp", { n: value });
    else if (kind === "sec") base = trim(t("pin_sec", { base: "", x: value.toUpperCase() }));
    else if (kind === "subsec") base = trim(t("pin_subsec", { base: "", n: value }));
    else base = trim(t("pin_hcontainer", { base: "", n: value }));
    for (var i = 0; i < parts.length; i++) {
      var at = parts[i].indexOf("_"), part = at < 0 ? parts[i] : parts[i].slice(0, at);
      var x = at < 0 ? "" : parts[i].slice(at + 1);
      if (part === "item") base = t("pin_item", { base: base, n: x });
      else if (part === "subpara") base += t("pin_sub", { x: letter(x) });
      else if (part === "row") base = t("pin_row", { annex: base, n: x });
      else if (part === "sec") base = t("pin_sec", { base: base, x: x.toUpperCase() });
      else if (part === "subsec") base = t("pin_subsec", { base: base, n: x });
      else if (part === "hcontainer") base = t("pin_hcontainer", { base: base, n: x });
      else return id;
    }
    return base;
  }

  var ITEMS = "article .para[id], article ol.subparas > li[id], article .footnote-list > li[id], " +
    "article tr[id], article h2[id], article h3[id], article h4[id], article h5[id], article h6[id]";

  /* ¶, ❞ and the copy button on every anchored item, each named after the
   * item in the page's language: at the end of a paragraph's words, of a
   * list item's (before its own list), of a footnote, of an annex row's
   * last cell, after a heading's text (made here, so that the table of
   * contents, which MkDocs makes of the headings' text, stays without them). */
  function addControls() {
    var l = labels();
    if (!l) return;
    Array.prototype.forEach.call(document.querySelectorAll(ITEMS), function (item) {
      var pin = pinOf(item.id), heading = /^H\d$/.test(item.tagName);
      if (pin === null || item.querySelector('.item-controls[data-for="' + item.id + '"]')) return;
      var where = item, before = null;
      if (item.tagName === "DIV") where = item.querySelector(":scope > p");
      else if (item.tagName === "TR") where = item.cells[item.cells.length - 1];
      else if (item.tagName === "LI") before = item.querySelector(":scope > ol");
      if (!where) return;
      var group = document.createElement("span");
      group.className = "item-controls";
      group.dataset.for = item.id;
      group.dataset.pin = pin;
      var text = where.closest("[lang]"), direction = where.closest("[dir]");
      if (text && text !== document.documentElement) {  /* text in another language: the controls speak the page's */
        group.lang = l.lang;
        if (direction && direction !== document.documentElement) group.dir = l.dir;
      }
      var link = document.createElement("a");
      link.className = "para-link";
      link.href = "#" + item.id;
      link.textContent = "¶";
      link.setAttribute("aria-label", format(l.copyLink, { pin: pin }));
      group.appendChild(link);
      var buttons = [["para-cite", l.copyCite, "❞"], ["para-copy", l.copyText, ""]];
      if (heading) buttons.pop();  /* a heading's text alone: no use */
      buttons.forEach(function (made) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = made[0];
        button.setAttribute("aria-label", format(made[1], { pin: pin }));
        button.textContent = made[2];
        group.appendChild(button);
      });
      if (!heading) where.insertBefore(document.createTextNode(" "), before);
      where.insertBefore(group, before);
    });
    addHelp(l);
  }

  /* What the controls do, once, above the text, with the button that lets a
   * touch screen (no Shift key) copy a range: pressed, the next two ¶ taps
   * are the first and the last paragraph. */
  function addHelp(l) {
    var anchor = document.querySelector(".para-labels");
    if (!anchor || !l.help || document.querySelector(".controls-help")) return;
    var box = document.createElement("p");
    box.className = "controls-help";
    box.appendChild(document.createTextNode(l.help + " "));
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "range-toggle";
    toggle.setAttribute("aria-pressed", "false");
    toggle.textContent = l.rangeMode;
    box.appendChild(toggle);
    anchor.insertAdjacentElement("afterend", box);
  }

  function rangeMode(on) {
    var toggle = document.querySelector(".range-toggle");
    if (toggle) toggle.setAttribute("aria-pressed", on ? "true" : "false");
    document.documentElement.classList.toggle("range-mode", on);
    if (!on) rangeFirst = null;
  }

  /* Every control's name, visible: a tooltip on hover and on keyboard focus
   * (WCAG 1.4.13: it stays while the pointer is on it, Escape hides it).
   * One element for the page, fixed and kept inside the window, so that it
   * never widens the page. */
  var CONTROL = ".item-controls > a, .item-controls > button";
  var tip = null, tipFor = null;
  function showTip(control) {
    var name = control.getAttribute("aria-label");
    if (!name) return;
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "control-tip";
      tip.setAttribute("role", "tooltip");
      tip.addEventListener("mouseleave", function (e) { if (e.relatedTarget !== tipFor) hideTip(); });
      document.body.appendChild(tip);
    }
    tipFor = control;
    tip.textContent = name;
    tip.hidden = false;
    var r = control.getBoundingClientRect(), width = document.documentElement.clientWidth;
    var left = Math.max(4, Math.min(r.left + r.width / 2 - tip.offsetWidth / 2, width - tip.offsetWidth - 4));
    var top = r.top - tip.offsetHeight - 6;
    tip.style.left = left + "px";
    tip.style.top = (top < 4 ? r.bottom + 6 : top) + "px";
  }
  function hideTip() {
    if (tip) tip.hidden = true;
    tipFor = null;
  }
  document.addEventListener("mouseover", function (e) {
    var control = e.target.closest && e.target.closest(CONTROL);
    if (control && control !== tipFor) showTip(control);
  });
  document.addEventListener("mouseout", function (e) {
    var control = e.target.closest && e.target.closest(CONTROL);
    if (control && !(e.relatedTarget && (control.contains(e.relatedTarget) || (tip && tip.contains(e.relatedTarget)))))
      hideTip();
  });
  document.addEventListener("focusin", function (e) {
    var control = e.target.closest && e.target.closest(CONTROL);
    if (control) showTip(control); else hideTip();
  });
  document.addEventListener("focusout", function (e) {
    if (e.target === tipFor) hideTip();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hideTip(); });
  window.addEventListener("scroll", function () { if (tipFor) showTip(tipFor); }, { passive: true });

  var rangeStart = null;  /* the paragraph number of the last plain ¶ click */
  var rangeFirst = null;  /* in range mode, the paragraph number of the first tap */

  function copyRange(a, b) {
    var l = labels(), low = Math.min(a, b), high = Math.max(a, b);
    var range = "para_" + low + "-" + high;
    copyAndTell(l.url + "#" + range, fill(l.rangeCopied, { pin: fill(l.pinParas, { a: low, b: high }) }));
    markTarget(range);
    showRange();
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    if (target.closest(".range-toggle")) {
      rangeMode(!document.documentElement.classList.contains("range-mode"));
      return;
    }
    var group = target.closest(".item-controls");
    if (!group || !labels()) return;
    var l = labels(), id = group.dataset.for, pin = group.dataset.pin;
    var link = group.querySelector("a.para-link"), url = l.url + "#" + id;
    if (target.closest("a.para-link")) {
      event.preventDefault();
      var number = (/^para_(\d+)$/.exec(id) || [])[1];
      var inRange = document.documentElement.classList.contains("range-mode");
      if (inRange && number && rangeFirst === null) {
        rangeFirst = +number;
        toast(fill(l.rangeFirst, { pin: pin }));
      } else if (inRange && number) {
        var first = rangeFirst;
        rangeMode(false);
        if (+number === first) {
          copyAndTell(url, l.linkCopied || "Link copied");
          markTarget(id);
          showRange();
        } else copyRange(first, +number);
      } else if (event.shiftKey && number && rangeStart !== null && +number !== rangeStart) {
        copyRange(rangeStart, +number);
      } else {
        rangeStart = number ? +number : null;
        copyAndTell(url, l.linkCopied || "Link copied");
        markTarget(id);
        showRange();
      }
      link.focus({ preventScroll: true }); /* the next Tab goes on from here */
      return;
    }
    if (target.closest("button.para-cite")) {
      event.preventDefault();
      copyAndTell(citationFor(pin, url), l.citeCopied || "Citation copied");
      return;
    }
    if (target.closest("button.para-copy")) {
      event.preventDefault();
      var item = document.getElementById(id);
      copyAndTell(fill(l.citeText, { nl: "\n", citation: citationFor(pin, url), text: textOf(item) }),
                  l.textCopied || "Copied");
    }
  });

  /* #para_5-7: highlight paragraphs 5 to 7 and scroll to the first. An
   * anchor the page lacks: a notice at the top of the report. */
  function showRange() {
    var l = labels();
    if (!l) return;
    Array.prototype.forEach.call(document.querySelectorAll(".para--in-range"),
      function (el) { el.classList.remove("para--in-range"); });
    var old = document.querySelector(".anchor-notice");
    if (old) old.remove();
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    var count = Array.prototype.filter.call(document.querySelectorAll(".para[id]"),  /* its numbered paragraphs */
      function (el) { return /^para_\d+$/.test(el.id); }).length;
    var range = /^para_(\d+)-(\d+)$/.exec(id);
    if (range) {
      var a = Math.min(+range[1], +range[2]), b = Math.max(+range[1], +range[2]);
      var found = [];
      for (var n = a; n <= b; n++) {
        var el = document.getElementById("para_" + n);
        if (el) { el.classList.add("para--in-range"); found.push(el); }
      }
      if (!found.length) {
        notice(fill(l.unknown, { count: count, pin: fill(l.pinParas, { a: a, b: b }) }));
        return;
      }
      var missing = runs(a, b, function (n) { return !document.getElementById("para_" + n); });
      if (missing.length) {  /* part of the range exists: shown, and the rest named just above it */
        var present = runs(a, b, function (n) { return !!document.getElementById("para_" + n); });
        notice(fill(l.partial, { count: count, pin: missing.join(l.sep || ", "), found: present.join(l.sep || ", ") }),
               found[0]);
      } else found[0].scrollIntoView({ block: "start" });
      return;
    }
    var single = /^para_(\d+)$/.exec(id);
    notice(single ? fill(l.unknown, { count: count, pin: fill(l.pinPara, { n: single[1] }) })
                  : fill(l.unknownOther, { id: id }));
  }

  /* The runs of numbers from a to b that pass `test`, as pins ("第 47 至 50 段"). */
  function runs(a, b, test) {
    var l = labels(), out = [], start = null;
    for (var n = a; n <= b + 1; n++) {
      if (n <= b && test(n)) { if (start === null) start = n; }
      else if (start !== null) {
        out.push(start === n - 1 ? fill(l.pinPara, { n: start }) : fill(l.pinParas, { a: start, b: n - 1 }));
        start = null;
      }
    }
    return out;
  }

  /* A notice at the top of the report, or just before `before` (the first
   * paragraph of a range that exists in part), scrolled into view. */
  function notice(text, before) {
    var box = document.createElement("div");
    box.className = "admonition warning anchor-notice";
    box.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.textContent = text;
    box.appendChild(p);
    var title = document.querySelector("article h1");
    if (before) before.insertAdjacentElement("beforebegin", box);
    else if (title) title.insertAdjacentElement("afterend", box);
    else document.body.insertBefore(box, document.body.firstChild);
    box.scrollIntoView({ block: before ? "start" : "center" });
  }

  /* A search hit opens page/?p=para_17&h=words. Material reads the words
   * for its highlight when the document is ready (its DOMContentLoaded
   * listener runs before this one); then the address becomes page/#para_17
   * in the same history entry, and the paragraph becomes the target. */
  function openSearchHit() {
    var params = new URLSearchParams(location.search);
    var id = params.get("p");
    if (!id && !params.get("h")) return;
    if (id && (!/^[a-z][a-z0-9_]*$/.test(id) || !document.getElementById(id))) id = null;
    var clean = location.href.split("#")[0].split("?")[0];
    var hash = id && !location.hash ? "#" + id : location.hash;
    try { history.replaceState(history.state, "", clean); } catch (e) { /* some file:// builds */ }
    if (location.search) {  /* replaceState refused: keep the old way */
      if (id) location.replace(location.href.split("#")[0] + "#" + id);
      return;
    }
    if (hash) location.replace(hash);
  }

  /* Material (9.8 bundle) fetches sitemap.xml next to every <link
   * rel="alternate"> of the page when the document is ready, to map pages
   * between languages for its own click handler on the language selector:
   * a 404 online (./sitemap.xml beside each page), a CORS error from file://.
   * Our selector keeps the paragraph itself (below), so the hreflang links
   * are taken out of the live document before Material reads them; the HTML
   * as served (what crawlers read) keeps them. So are the data alternates
   * (a report's JSON, the feed), which Material would treat alike. */
  Array.prototype.forEach.call(document.querySelectorAll('link[rel="alternate"]'),
    function (el) { el.remove(); });

  function ready() {
    addControls();
    openSearchHit();
    showRange();
  }
  if (document.readyState !== "loading") ready();
  else document.addEventListener("DOMContentLoaded", ready);
  window.addEventListener("hashchange", showRange);

  /* Language selector: carry the fragment over. */
  function syncLanguageLinks() {
    var links = document.querySelectorAll("a.md-select__link[hreflang]");
    Array.prototype.forEach.call(links, function (a) {
      var base = a.getAttribute("data-base-href");
      if (base === null) { base = a.getAttribute("href"); a.setAttribute("data-base-href", base); }
      a.setAttribute("href", base.split("#")[0] + location.hash);
    });
  }
  document.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (!a) return;
    syncLanguageLinks();
    event.stopPropagation();  /* the browser follows our href, fragment and all */
  }, true);
  window.addEventListener("hashchange", syncLanguageLinks);
  if (document.readyState !== "loading") syncLanguageLinks();
  else document.addEventListener("DOMContentLoaded", syncLanguageLinks);
})();
