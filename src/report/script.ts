export const script = `
(function () {
  'use strict';
  var doc = document;
  var form = doc.getElementById('filters');
  var list = doc.getElementById('quote-list');
  var main = doc.getElementById('main');
  var count = doc.getElementById('shown-count');
  if (!form || !list || !main || !count) return;
  var rows = Array.prototype.slice.call(list.querySelectorAll('li.row'));
  var shared = Array.prototype.slice.call(main.querySelectorAll('[data-qs]'));
  var dimensions = ['speaker', 'kind', 'claim'];
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var visible = {};

  function piecesOf(q) {
    return main.querySelectorAll('[data-q="' + q + '"]');
  }
  function checked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : 'all';
  }
  function clearSelection() {
    Array.prototype.forEach.call(doc.querySelectorAll('.selected'), function (element) {
      element.classList.remove('selected');
      element.removeAttribute('aria-current');
    });
  }
  function applyFilters() {
    var wanted = {};
    dimensions.forEach(function (name) { wanted[name] = checked(name); });
    var shown = 0;
    rows.forEach(function (row) {
      var keep = dimensions.every(function (name) { return wanted[name] === 'all' || row.getAttribute('data-' + name) === wanted[name]; });
      var q = row.getAttribute('data-row');
      visible[q] = keep;
      row.hidden = !keep;
      if (keep) shown++;
      else if (row.classList.contains('selected')) clearSelection();
      Array.prototype.forEach.call(piecesOf(q), function (piece) {
        piece.classList.toggle('off', !keep);
        if (piece.id) piece.tabIndex = keep ? 0 : -1;
      });
    });
    shared.forEach(function (element) {
      var any = element.getAttribute('data-qs').split(' ').some(function (q) { return visible[q]; });
      element.classList.toggle('off', !any);
    });
    count.textContent = shown + ' of ' + rows.length + ' quotes shown';
  }
  function select(q) {
    clearSelection();
    var row = doc.getElementById('row-' + q);
    if (!row) return null;
    row.classList.add('selected');
    row.setAttribute('aria-current', 'true');
    Array.prototype.forEach.call(piecesOf(q), function (piece) { piece.classList.add('selected'); });
    return row;
  }
  function quoteAt(element) {
    for (var node = element; node && node !== main; node = node.parentElement) {
      if (node.classList.contains('off')) continue;
      if (node.hasAttribute('data-q')) return node.getAttribute('data-q');
      if (node.hasAttribute('data-qs')) {
        var first = node.getAttribute('data-qs').split(' ').filter(function (q) { return visible[q]; })[0];
        if (first) return first;
      }
    }
    return null;
  }
  function showRow(row) {
    row.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  list.addEventListener('click', function (event) {
    if (event.target.closest('details')) return;
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && !event.target.closest('a')) return;
    var row = event.target.closest('li.row');
    if (!row) return;
    var q = row.getAttribute('data-row');
    select(q);
    var mark = doc.getElementById('hl-' + q);
    if (!mark) return;
    event.preventDefault();
    mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
  });
  main.addEventListener('click', function (event) {
    var q = quoteAt(event.target);
    if (q === null) return;
    var row = select(q);
    if (row) showRow(row);
  });
  main.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var mark = event.target.closest('mark.q[id]');
    if (!mark || mark.classList.contains('off')) return;
    event.preventDefault();
    var row = select(mark.getAttribute('data-q'));
    if (!row) return;
    showRow(row);
    var link = row.querySelector('a.goto');
    if (link) link.focus({ preventScroll: true });
  });
  var closedForPrint = [];
  window.addEventListener('beforeprint', function () {
    closedForPrint = Array.prototype.filter.call(doc.querySelectorAll('details:not([open])'), function (details) {
      details.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    closedForPrint.forEach(function (details) { details.open = false; });
    closedForPrint = [];
  });
  form.hidden = false;
  applyFilters();
})();
`.trim();
