export const reviewScript = `
(function () {
  'use strict';
  var doc = document;
  var state = null;
  var selected = null;
  var pending = null;
  var busy = false;
  var speakerEdited = false;
  var starts = new WeakMap();
  var textNodes = {};
  var article = doc.getElementById('main');
  var form = doc.getElementById('editor-form');
  var statusLine = doc.getElementById('status');
  var issuesBox = doc.getElementById('issues');
  var undoButton = doc.getElementById('undo');
  var speakerSelect = form.elements.namedItem('speakerId');
  var nullable = ['date.value', 'date.precision', 'date.earliest', 'date.latest', 'origin.outlet', 'origin.medium', 'claimType', 'checkworthiness',
    'speaker.role', 'speaker.affiliation', 'speaker.country', 'speaker.wikidata'];

  function make(tag, attributes, children) {
    var element = doc.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') element.textContent = value;
      else element.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) { element.appendChild(child); });
    return element;
  }
  function say(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle('bad', !!isError);
  }
  function field(name) { return form.elements.namedItem(name); }
  function quoteById(id) {
    for (var i = 0; i < state.quotes.length; i++) if (state.quotes[i].record.id === id) return state.quotes[i];
    return null;
  }
  function codePoints(text) {
    var count = 0;
    for (var i = 0; i < text.length; i++) {
      var unit = text.charCodeAt(i);
      if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
        var previous = text.charCodeAt(i - 1);
        if (previous >= 0xd800 && previous <= 0xdbff) continue;
      }
      count++;
    }
    return count;
  }

  function renderNodes(parent, nodes, sourceId) {
    nodes.forEach(function (node) {
      if (node.t !== undefined) {
        var text = doc.createTextNode(node.t);
        starts.set(text, node.at);
        textNodes[sourceId].push(text);
        parent.appendChild(text);
        return;
      }
      var element;
      if (node.mark === 'quote') {
        var quote = quoteById(node.q[0]);
        var classes = ['q', 'k-' + quote.record.kind, quote.swatch, quote.draft ? 'draft' : 'done', node.first ? '' : 'cont'];
        element = make('mark', { class: classes.join(' ').trim(), 'data-q': quote.record.id });
        if (node.first) {
          element.id = 'hl-' + quote.record.id;
          element.tabIndex = 0;
          element.setAttribute('data-n', quote.label + (quote.draft ? ' draft' : ''));
          element.title = quote.label + (quote.draft ? ' (draft)' : ' (curated)');
        }
      } else if (node.mark === 'segment') {
        element = make('mark', { class: 'seg ' + (quoteById(node.q[0]) || {}).swatch, 'data-q': node.q[0] });
      } else {
        element = make('span', { class: node.mark === 'cue' ? 'cue' : 'who', 'data-qs': node.q.join(' ') });
      }
      renderNodes(element, node.c, sourceId);
      parent.appendChild(element);
    });
  }
  function renderArticle() {
    starts = new WeakMap();
    textNodes = {};
    article.replaceChildren();
    state.sources.forEach(function (source) {
      textNodes[source.id] = [];
      var section = make('section', { class: 'source', 'aria-label': source.title }, [
        make('h2', { text: source.title }),
        make('p', { class: 'meta', text: source.outlet + ' · ' + source.id }),
      ]);
      if (source.nodes === null) section.appendChild(make('p', { class: 'missing', text: 'No archived text: its quotes cannot be placed or moved.' }));
      else {
        var body = make('div', { class: 'text', 'data-source': source.id });
        renderNodes(body, source.nodes, source.id);
        section.appendChild(body);
      }
      article.appendChild(section);
    });
  }
  function renderList() {
    var list = doc.getElementById('quote-list');
    list.replaceChildren();
    state.quotes.forEach(function (quote) {
      var button = make('button', { type: 'button', class: 'pick ' + (quote.draft ? 'draft' : 'done'), 'data-pick': quote.record.id, 'aria-current': quote.record.id === selected ? 'true' : null }, [
        make('span', { class: 'badge num ' + quote.swatch, text: quote.label }),
        make('span', { class: 'badge', text: quote.draft ? 'draft' : 'curated' }),
        make('span', { class: 'snippet', text: quote.record.text }),
      ]);
      list.appendChild(make('li', {}, [button]));
    });
  }
  function renderCounts() {
    var drafts = state.quotes.filter(function (quote) { return quote.draft; }).length;
    doc.getElementById('title').textContent = 'Review: ' + (state.sources.length === 1 ? state.sources[0].title : state.sources.length + ' sources');
    doc.getElementById('counts').textContent = state.quotes.length + ' quotes · ' + drafts + ' drafts left · reviewer ' + state.reviewer;
    undoButton.disabled = state.undo === null;
    undoButton.textContent = state.undo === null ? 'Nothing to undo' : 'Undo ' + state.undo.action + (state.undo.quote ? ' of ' + state.undo.quote : '') + ' (u)';
  }
  function options(select, values, blank) {
    select.replaceChildren();
    if (blank !== undefined) select.appendChild(make('option', { value: '', text: blank }));
    values.forEach(function (value) { select.appendChild(make('option', { value: value, text: value })); });
  }
  function renderChoices() {
    var v = state.vocabulary;
    options(field('kind'), v.quoteKinds);
    options(field('claimType'), v.claimTypes, '(not annotated)');
    options(field('checkworthiness'), v.checkworthinessLevels, '(not annotated)');
    options(field('date.precision'), v.datePrecisions, '(none)');
    options(field('date.certainty'), v.dateCertainties);
    options(field('origin.medium'), v.originMedia, '(unknown)');
    options(field('origin.certainty'), v.originCertainties);
    options(field('speaker.kind'), v.speakerKinds);
    speakerSelect.replaceChildren(make('option', { value: '', text: '(unknown speaker)' }));
    state.speakers.forEach(function (speaker) { speakerSelect.appendChild(make('option', { value: speaker.id, text: speaker.name + ' (' + speaker.id + ')' })); });
    speakerSelect.appendChild(make('option', { value: '__new', text: '+ New speaker…' }));
  }
  function set(name, value) {
    var input = field(name);
    input.value = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(name === 'topics' ? ', ' : '\\n') : String(value);
  }
  function fillSpeaker(id) {
    speakerEdited = false;
    var speaker = state.speakers.filter(function (candidate) { return candidate.id === id; })[0] || null;
    var fresh = id === '__new';
    doc.getElementById('speaker-fields').hidden = id === '';
    doc.getElementById('speaker-id-row').hidden = !fresh;
    field('speaker.id').hidden = !fresh;
    ['name', 'aliases', 'kind', 'role', 'affiliation', 'country', 'wikidata'].forEach(function (key) {
      set('speaker.' + key, speaker ? speaker[key] : key === 'kind' ? 'person' : null);
    });
    set('speaker.id', null);
  }
  function clearIssues() {
    issuesBox.replaceChildren();
    issuesBox.hidden = true;
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) { input.removeAttribute('aria-invalid'); });
    Array.prototype.forEach.call(form.querySelectorAll('.err'), function (note) { note.remove(); });
  }
  function fillForm() {
    clearIssues();
    pending = null;
    var quote = selected === null ? null : quoteById(selected);
    form.hidden = quote === null;
    doc.getElementById('empty').hidden = quote !== null;
    if (quote === null) return;
    var record = quote.record;
    doc.getElementById('ed-title').textContent = quote.label + ' · ' + (quote.draft ? 'draft' : 'curated') + ' · ' + record.id;
    doc.getElementById('ed-text').textContent = record.text;
    doc.getElementById('ed-span').textContent = record.span === null ? 'no span' : 'code points ' + record.span.start + '–' + record.span.end;
    doc.getElementById('ed-provenance').textContent = record.provenance.method + ' by ' + record.provenance.agent +
      (record.provenance.confidence === null ? '' : ', confidence ' + record.provenance.confidence);
    set('kind', record.kind);
    speakerSelect.value = record.speakerId === null ? '' : record.speakerId;
    fillSpeaker(speakerSelect.value);
    ['value', 'precision', 'certainty', 'earliest', 'latest', 'evidence'].forEach(function (key) { set('date.' + key, record.date[key]); });
    ['outlet', 'medium', 'certainty', 'evidence'].forEach(function (key) { set('origin.' + key, record.origin[key]); });
    set('claimType', record.claimType);
    set('checkworthiness', record.checkworthiness);
    set('topics', record.topics);
    doc.getElementById('accept').textContent = quote.draft ? 'Accept (a)' : 'Save as curated (a)';
  }
  function markSelection() {
    Array.prototype.forEach.call(doc.querySelectorAll('.selected'), function (element) { element.classList.remove('selected'); });
    if (selected === null) return;
    Array.prototype.forEach.call(article.querySelectorAll('[data-q="' + CSS.escape(selected) + '"]'), function (piece) { piece.classList.add('selected'); });
  }
  function render() {
    if (selected !== null && quoteById(selected) === null) selected = null;
    renderArticle();
    renderList();
    renderCounts();
    renderChoices();
    fillForm();
    markSelection();
  }
  function select(id, focus) {
    selected = id;
    fillForm();
    markSelection();
    renderList();
    var mark = id === null ? null : doc.getElementById('hl-' + id);
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      if (focus) mark.focus({ preventScroll: true });
    }
  }
  function step(direction) {
    var drafts = state.quotes.filter(function (quote) { return quote.draft; });
    if (drafts.length === 0) return say('No drafts left to review.');
    var order = state.quotes.map(function (quote) { return quote.record.id; });
    var here = selected === null ? (direction > 0 ? -1 : order.length) : order.indexOf(selected);
    var candidates = direction > 0
      ? drafts.filter(function (quote) { return order.indexOf(quote.record.id) > here; })
      : drafts.filter(function (quote) { return order.indexOf(quote.record.id) < here; }).reverse();
    var next = candidates[0] || (direction > 0 ? drafts[0] : drafts[drafts.length - 1]);
    select(next.record.id, true);
  }

  function nullIfEmpty(name, value) {
    return value === '' && nullable.indexOf(name) >= 0 ? null : value;
  }
  function value(name) {
    var raw = field(name).value;
    return raw.trim() === '' ? nullIfEmpty(name, '') : raw;
  }
  function lines(name, separator) {
    return field(name).value.split(separator).map(function (part) { return part.trim(); }).filter(function (part) { return part !== ''; });
  }
  function readForm(curate) {
    var edit = {
      kind: value('kind'),
      date: { value: value('date.value'), precision: value('date.precision'), certainty: value('date.certainty'), earliest: value('date.earliest'), latest: value('date.latest'), evidence: value('date.evidence') },
      origin: { outlet: value('origin.outlet'), medium: value('origin.medium'), certainty: value('origin.certainty'), evidence: value('origin.evidence') },
      claimType: value('claimType'),
      checkworthiness: value('checkworthiness'),
      topics: lines('topics', /[\\s,]+/),
    };
    if (pending !== null) edit.span = { start: pending.start, end: pending.end };
    var change = { action: 'save', quote: selected, edit: edit };
    var who = speakerSelect.value;
    if (who === '') edit.speakerId = null;
    else if (who !== '__new' && !speakerEdited) edit.speakerId = who;
    else {
      change.speaker = {
        name: value('speaker.name'), aliases: lines('speaker.aliases', /\\n/), kind: value('speaker.kind'), role: value('speaker.role'),
        affiliation: value('speaker.affiliation'), country: value('speaker.country'), wikidata: value('speaker.wikidata'),
      };
      if (who === '__new') {
        change.speaker.create = true;
        if (value('speaker.id') !== '') change.speaker.id = value('speaker.id');
      } else change.speaker.id = who;
    }
    if (curate) change.curate = true;
    return change;
  }
  function fieldName(path) {
    var parts = path.slice();
    if (parts[0] === 'edit' || parts[0] === 'change') parts.shift();
    return parts.join('.');
  }
  function showIssues(issues) {
    clearIssues();
    issuesBox.hidden = false;
    issuesBox.appendChild(make('p', { text: 'Not saved: ' + issues.length + ' problem' + (issues.length === 1 ? '' : 's') + '. The folder is unchanged.' }));
    var list = make('ul');
    issues.forEach(function (issue) {
      var name = issue.field || fieldName(issue.path || []);
      list.appendChild(make('li', { 'data-issue': name, text: (name === '' ? '' : name + ': ') + issue.message }));
      var input = name === '' ? null : field(name);
      if (input && input.setAttribute) {
        input.setAttribute('aria-invalid', 'true');
        input.insertAdjacentElement('afterend', make('span', { class: 'err', text: issue.message }));
      }
    });
    issuesBox.appendChild(list);
  }
  function send(change, after) {
    if (busy) return Promise.resolve(false);
    busy = true;
    say('Saving…');
    return fetch('api/change', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ revision: state.revision, change: change }) })
      .then(function (response) { return response.json().then(function (body) { return { response: response, body: body }; }); })
      .then(function (result) {
        busy = false;
        var body = result.body;
        if (result.response.ok) {
          state = body.state;
          if (after) after(body);
          render();
          if (selected !== null) select(selected, true);
          say(body.message);
          return true;
        }
        if (body.state) {
          state = body.state;
          render();
        }
        if (body.issues && result.response.status === 422) showIssues(body.issues);
        say(body.message || 'Not saved.', true);
        return false;
      })
      .catch(function (error) {
        busy = false;
        say('Not saved: ' + error.message + ' (is saidby review still running?)', true);
        return false;
      });
  }
  function nextDraftAfter(id) {
    var order = state.quotes.map(function (quote) { return quote.record.id; });
    var here = order.indexOf(id);
    var drafts = state.quotes.filter(function (quote, index) { return quote.draft && index > here; });
    return drafts.length > 0 ? drafts[0].record.id : null;
  }
  function save(curate) {
    if (selected === null) return say('Select a quote first (j / k).', true);
    var id = selected;
    return send(readForm(curate), function (body) {
      if (!curate) return;
      var remaining = body.state.quotes.filter(function (quote) { return quote.draft; });
      var order = body.state.quotes.map(function (quote) { return quote.record.id; });
      var after = remaining.filter(function (quote) { return order.indexOf(quote.record.id) > order.indexOf(id); });
      selected = (after[0] || remaining[0] || { record: { id: id } }).record.id;
    });
  }
  function reject() {
    if (selected === null) return say('Select a quote first (j / k).', true);
    var id = selected;
    var next = nextDraftAfter(id);
    return send({ action: 'reject', quote: id }, function () { selected = next; });
  }
  function undo() {
    if (state.undo === null) return say('Nothing to undo.');
    return send({ action: 'undo' }, function (body) { if (body.quote) selected = body.quote; });
  }

  function rootOf(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element ? element.closest('[data-source]') : null;
  }
  function offsetOf(container, offset, isEnd, sourceId) {
    if (container.nodeType === 3 && starts.has(container)) {
      var data = container.data;
      if (offset > 0 && offset < data.length) {
        var unit = data.charCodeAt(offset - 1);
        if (unit >= 0xd800 && unit <= 0xdbff) offset += isEnd ? 1 : -1;
      }
      return starts.get(container) + codePoints(data.slice(0, offset));
    }
    var point = doc.createRange();
    point.setStart(container, offset);
    var nodes = textNodes[sourceId];
    for (var i = 0; i < nodes.length; i++) {
      if (point.comparePoint(nodes[i], 0) >= 0) return starts.get(nodes[i]);
    }
    var last = nodes[nodes.length - 1];
    return starts.get(last) + codePoints(last.data);
  }
  function selectionSpan() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { error: 'Select words in the article first.' };
    var range = selection.getRangeAt(0);
    var startRoot = rootOf(range.startContainer);
    var endRoot = rootOf(range.endContainer);
    if (startRoot === null || startRoot !== endRoot) return { error: 'Select words inside one article.' };
    var source = startRoot.getAttribute('data-source');
    var start = offsetOf(range.startContainer, range.startOffset, false, source);
    var end = offsetOf(range.endContainer, range.endOffset, true, source);
    if (!(end > start)) return { error: 'Select words in the article first.' };
    return { source: source, start: start, end: end, text: selection.toString() };
  }
  function useSelection() {
    if (selected === null) return say('Select a quote first (j / k), then select its words and press s.', true);
    var span = selectionSpan();
    if (span.error) return say(span.error, true);
    if (span.source !== quoteById(selected).record.sourceId) return say('Select words in the article of this quote.', true);
    pending = { start: span.start, end: span.end };
    doc.getElementById('ed-text').textContent = span.text;
    doc.getElementById('ed-span').textContent = 'new span: code points ' + span.start + '–' + span.end + ' (not saved yet; white space and, for a direct quote, its quotation marks are trimmed)';
    say('New span staged: save (Ctrl+Enter) or accept (a) to keep it.');
  }
  function addFromSelection() {
    var span = selectionSpan();
    if (span.error) return say(span.error, true);
    window.getSelection().removeAllRanges();
    return send({ action: 'add', source: span.source, span: { start: span.start, end: span.end } }, function (body) { selected = body.quote; });
  }

  var inField = function (target) { return target.closest && target.closest('input, textarea, select'); };
  doc.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save(false);
      return;
    }
    if (inField(event.target)) {
      if (event.key === 'Escape') {
        event.target.blur();
        var mark = selected === null ? null : doc.getElementById('hl-' + selected);
        if (mark) mark.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var actions = {
      j: function () { step(1); }, k: function () { step(-1); }, a: function () { save(true); }, r: reject, s: useSelection,
      q: addFromSelection, u: undo, e: function () { if (selected !== null) field('kind').focus(); },
      '?': function () { var help = doc.getElementById('keys'); help.open = !help.open; },
    };
    var action = actions[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  });
  article.addEventListener('click', function (event) {
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    var mark = event.target.closest('mark[data-q]');
    if (mark) select(mark.getAttribute('data-q'), false);
  });
  article.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var mark = event.target.closest('mark.q[id]');
    if (!mark) return;
    event.preventDefault();
    select(mark.getAttribute('data-q'), true);
  });
  doc.getElementById('quote-list').addEventListener('click', function (event) {
    var button = event.target.closest('[data-pick]');
    if (button) select(button.getAttribute('data-pick'), true);
  });
  speakerSelect.addEventListener('change', function () { fillSpeaker(speakerSelect.value); });
  doc.getElementById('speaker-fields').addEventListener('input', function () { speakerEdited = true; });
  field('date.value').addEventListener('input', function () {
    var date = field('date.value').value.trim();
    field('date.precision').value = date === '' ? '' : ['year', 'month', 'day'][date.split('-').length - 1] || '';
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); save(false); });
  form.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.hasAttribute('aria-invalid')) return;
    input.removeAttribute('aria-invalid');
    var note = input.nextElementSibling;
    if (note && note.classList.contains('err')) note.remove();
  });
  doc.getElementById('accept').addEventListener('click', function () { save(true); });
  doc.getElementById('reject').addEventListener('click', reject);
  doc.getElementById('use-selection').addEventListener('click', useSelection);
  doc.getElementById('add-selection').addEventListener('click', addFromSelection);
  undoButton.addEventListener('click', undo);

  fetch('api/state', { cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) throw new Error('the server answered ' + response.status);
      return response.json();
    })
    .then(function (body) {
      state = body;
      render();
      doc.body.setAttribute('data-ready', 'true');
      say('Ready. j / k: next / previous draft.');
    })
    .catch(function (error) { say('Cannot load the folder: ' + error.message, true); });
})();
`.trim();
