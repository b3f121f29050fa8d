// Bolt Lab docs: offline search, copy buttons. No network requests: the search index is a
// script loaded next to this one (window.BOLT_SEARCH), so it also works from the file system.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || './';
  var index = Array.isArray(window.BOLT_SEARCH) ? window.BOLT_SEARCH : [];

  function score(entry, terms) {
    var title = entry.title.toLowerCase();
    var text = (entry.kind + ' ' + entry.text).toLowerCase();
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (title === t) total += 10;
      else if (title.indexOf(t) === 0) total += 6;
      else if (title.indexOf(t) >= 0) total += 4;
      else if (text.indexOf(t) >= 0) total += 1;
      else return 0;
    }
    return total;
  }

  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    return index
      .map(function (e, i) { return { e: e, s: score(e, terms), i: i }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.i - b.i; })
      .slice(0, 12)
      .map(function (r) { return r.e; });
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
    input.addEventListener('input', render);
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        var first = list.querySelector('a');
        if (first) window.location.href = first.href;
      } else if (ev.key === 'Escape') {
        input.value = '';
        render();
      }
    });
    document.addEventListener('click', function (ev) {
      if (!list.contains(ev.target) && ev.target !== input) list.hidden = true;
    });
  }

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
