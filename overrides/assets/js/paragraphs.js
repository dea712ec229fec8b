/* Paragraph links for email, and a language switch that keeps the paragraph.
 *
 * - The ¶ of a paragraph copies its canonical URL (data-url, written by the
 *   generator from site_url: the same online and in the offline bundle) and
 *   still follows the #para_N link, so the paragraph is highlighted (:target).
 * - The ❞ button copies a citation line in the page's language (data-cite).
 * - The language selector keeps location.hash: /reports/x/#para_5 switches to
 *   /en/reports/x/#para_5 and back.
 * Plain script, no build step, no network.
 */
(function () {
  "use strict";

  function labels() {
    var el = document.querySelector(".para-labels");
    return el ? el.dataset : {};
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "-1000px";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
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
    copy(text).then(function (how) {
      document.documentElement.setAttribute("data-last-copy", how);
      if (how === "failed") { toast((labels().copyFailed || "") + " " + text); }
      else { toast(done); }
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    var link = target.closest("a.para-link");
    if (link && link.dataset.url) {
      copyAndTell(link.dataset.url, labels().linkCopied || "Link copied");
      return; /* no preventDefault: follow #para_N, which highlights it */
    }
    var cite = target.closest("button.para-cite");
    if (cite && cite.dataset.cite) {
      event.preventDefault();
      copyAndTell(cite.dataset.cite, labels().citeCopied || "Citation copied");
    }
  });

  /* A search hit opens page/?p=para_17: go to the paragraph's anchor (no
   * reload: only the fragment changes), so it is scrolled to and highlighted. */
  function openSearchHit() {
    var id = new URLSearchParams(location.search).get("p");
    if (!id || location.hash || !/^[a-z][a-z0-9_]*$/.test(id) || !document.getElementById(id)) return;
    location.replace(location.href.split("#")[0] + "#" + id);
  }
  if (document.readyState !== "loading") openSearchHit();
  else document.addEventListener("DOMContentLoaded", openSearchHit);

  /* Language selector: carry the fragment over. */
  function syncLanguageLinks() {
    var links = document.querySelectorAll("a.md-select__link[hreflang]");
    Array.prototype.forEach.call(links, function (a) {
      var base = a.getAttribute("data-base-href");
      if (base === null) { base = a.getAttribute("href"); a.setAttribute("data-base-href", base); }
      a.setAttribute("href", base.split("#")[0] + location.hash);
    });
  }
  /* Material 9.8 handles clicks on alternate links itself (it fetches the
   * other language's sitemap.xml and, when that fails, drops the fragment).
   * Stop the event in the capture phase so the browser follows our href. */
  document.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (!a) return;
    syncLanguageLinks();
    event.stopPropagation();
  }, true);
  window.addEventListener("hashchange", syncLanguageLinks);
  if (document.readyState !== "loading") syncLanguageLinks();
  else document.addEventListener("DOMContentLoaded", syncLanguageLinks);
})();
