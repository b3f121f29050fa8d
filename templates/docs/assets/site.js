// Bolt Lab docs: offline search (typo-tolerant, ?q= links), the phone menu, table scroll cues,
// copy buttons. No network requests: the search index is a
// script loaded next to this one (window.BOLT_SEARCH), so it also works from the file system.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || './';
  var index = Array.isArray(window.BOLT_SEARCH) ? window.BOLT_SEARCH : [];

  // Typo-tolerant search with MiniSearch (assets/minisearch.js, vendored from its package):
  // prefix matching while typing, and fuzzy matching (about one edit in five letters), so
  // `metbase` still finds metabase. The index is built here from window.BOLT_SEARCH (a few hundred
  // entries: milliseconds). Without the library the plain substring match below still works.
  var engine = null;
  if (typeof window.MiniSearch === 'function') {
    engine = new window.MiniSearch({
      idField: 'id',
      fields: ['title', 'kind', 'text'],
      storeFields: ['id'],
      searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
    });
    engine.addAll(index.map(function (e, i) { return { id: i, title: e.title, kind: e.kind, text: e.text }; }));
  }

  function substringSearch(terms) {
    return index
      .map(function (e, i) {
        var hay = (e.title + ' ' + e.kind + ' ' + e.text).toLowerCase();
        var ok = terms.every(function (t) { return hay.indexOf(t) >= 0; });
        return { e: e, s: ok ? (e.title.toLowerCase().indexOf(terms[0]) >= 0 ? 2 : 1) : 0, i: i };
      })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.i - b.i; })
      .map(function (r) { return r.e; });
  }

  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    var hits = engine
      ? engine.search(query).map(function (r) { return index[r.id]; })
      : substringSearch(terms);
    return hits.slice(0, 12);
  }

  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  if (input && list) {
    var render = function () {
      var query = input.value.trim();
      list.textContent = '';
      if (!query) { list.hidden = true; return; }
      var hits = search(query);
      if (hits.length === 0) {
        var none = document.createElement('li');
        none.className = 'empty';
        none.textContent = 'No results';
        list.appendChild(none);
      }
      hits.forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = root + hit.url;
        a.textContent = hit.title;
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = hit.kind;
        a.appendChild(kind);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
    };
    // `?q=` links: any page opened with ?q=… shows the results for it (the search box also
    // submits there without JavaScript), and typing keeps the address shareable.
    var params = new URLSearchParams(window.location.search);
    var initial = params.get('q');
    if (initial) {
      input.value = initial;
      render();
    }
    var remember = function () {
      if (!window.history || !window.history.replaceState) return;
      var url = new URL(window.location.href);
      var q = input.value.trim();
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    };
    input.addEventListener('input', function () { render(); remember(); });
    if (input.form) {
      input.form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        var first = list.querySelector('a');
        if (first) window.location.href = first.href;
      });
    }
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape') {
        input.value = '';
        render();
        remember();
      }
    });
    document.addEventListener('click', function (ev) {
      if (!list.contains(ev.target) && ev.target !== input) list.hidden = true;
    });
  }

  // The tab bar becomes a menu on a narrow screen (site.css shows the button below 640px).
  var nav = document.querySelector('nav.nav');
  var toggle = nav && nav.querySelector('.menu-toggle');
  if (nav && toggle) {
    toggle.hidden = false;
    nav.classList.add('collapsible');
    toggle.addEventListener('click', function () {
      var open = !nav.classList.contains('open');
      nav.classList.toggle('open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  // Table boxes: mark the edges that have more to scroll to (data-overflow), and put a visible
  // "scroll sideways" line under a box that overflows. Re-checked on scroll and resize.
  Array.prototype.forEach.call(document.querySelectorAll('.scroll'), function (box) {
    var cue = document.createElement('p');
    cue.className = 'scroll-cue';
    cue.setAttribute('aria-hidden', 'true');
    cue.textContent = 'Scroll sideways for more →';
    box.parentNode.insertBefore(cue, box.nextSibling);
    var update = function () {
      var max = box.scrollWidth - box.clientWidth;
      var left = box.scrollLeft > 1;
      var right = box.scrollLeft < max - 1;
      if (max <= 1) box.removeAttribute('data-overflow');
      else box.setAttribute('data-overflow', left && right ? 'both' : left ? 'left' : 'right');
    };
    box.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    update();
  });

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error('copy refused'));
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('button.copy'), function (button) {
    button.addEventListener('click', function () {
      var code = button.parentNode.querySelector('pre');
      if (!code) return;
      copyText(code.textContent).then(function () {
        button.textContent = 'Copied';
        button.classList.add('done');
        setTimeout(function () { button.textContent = 'Copy'; button.classList.remove('done'); }, 1500);
      }, function () {
        button.textContent = 'Select and copy';
      });
    });
  });
})();
