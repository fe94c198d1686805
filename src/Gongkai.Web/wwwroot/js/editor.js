// Gongkai editors: the report editor (#editor) and the self-evaluation editor (#self-evaluation).
// The page carries the report as canonical JSON (#report-data) and the anti-forgery token (form data-token). Each edit
// rebuilds the document from the inputs and asks the server to check it (POST /api/check or /api/score); every
// finding is listed and linked to its cell. Amounts are sent exactly as typed (24.20 stays 24.20).
(function () {
  'use strict';
  var form = document.getElementById('editor') || document.getElementById('self-evaluation');
  var dataBlock = document.getElementById('report-data');
  if (!form || !dataBlock) { return; }
  var selfEvaluation = form.id === 'self-evaluation';
  var token = form.getAttribute('data-token');
  var reportId = form.getAttribute('data-report-id');
  var rowVersion = parseInt(form.getAttribute('data-row-version'), 10);
  var summary = document.getElementById('check-summary');
  var list = document.getElementById('check-findings');
  var amount = /^-?\d+(\.\d+)?$/;
  var marker = '\u0001amount:';
  var timer = null;
  var sequence = 0;

  // Amounts travel as JSON numbers written as typed: a marker string is replaced after JSON.stringify.
  function stringify(document) {
    return JSON.stringify(document).replace(/"\\u0001amount:(-?\d+(?:\.\d+)?)"/g, '$1');
  }

  function findTable(document, code) {
    var tables = document.tables || (document.tables = []);
    for (var i = 0; i < tables.length; i++) { if (tables[i].table === code) { return tables[i]; } }
    var created = { table: code, rows: [] };
    tables.push(created);
    return created;
  }

  function buildReport() {
    var document = JSON.parse(dataBlock.textContent);
    var valid = true;
    form.querySelectorAll('input.cell').forEach(function (input) {
      var text = input.value.trim().replace(/,/g, '');
      var table = findTable(document, input.getAttribute('data-table'));
      var key = input.getAttribute('data-row');
      var row = table.rows.filter(function (r) { return r.key === key; })[0];
      if (!row) { row = { key: key, cells: {} }; table.rows.push(row); }
      row.cells = row.cells || {};
      var column = input.getAttribute('data-column');
      if (row.unreadable && row.unreadable[column] !== undefined && row.unreadable[column] === input.value) { return; }
      if (row.unreadable) { delete row.unreadable[column]; }
      if (text === '') { delete row.cells[column]; input.removeAttribute('aria-invalid'); input.title = ''; return; }
      if (!amount.test(text)) { valid = false; input.setAttribute('aria-invalid', 'true'); input.title = form.getAttribute('data-invalid'); return; }
      input.removeAttribute('aria-invalid'); input.title = '';
      row.cells[column] = marker + text;
    });
    var reasons = document.reasons || (document.reasons = {});
    form.querySelectorAll('textarea.reason-text').forEach(function (area) {
      var key = area.getAttribute('data-reason-key');
      if (area.value.trim() === '') { delete reasons[key]; } else { reasons[key] = area.value; }
    });
    return { document: document, valid: valid };
  }

  function buildSheet() {
    var document = JSON.parse(dataBlock.textContent);
    var sheet = document.selfEvaluation;
    var valid = true;
    form.querySelectorAll('input.sheet-field').forEach(function (input) {
      var indicator = sheet.indicators[parseInt(input.getAttribute('data-index'), 10)];
      var field = input.getAttribute('data-field');
      var text = input.value.trim();
      if (field === 'printedScore') {
        if (text === '') { indicator.printedScore = null; return; }
        if (!amount.test(text)) { valid = false; input.setAttribute('aria-invalid', 'true'); return; }
        input.removeAttribute('aria-invalid');
        indicator.printedScore = marker + text;
      } else {
        indicator[field] = text === '' ? null : input.value;
      }
    });
    var total;
    var totalInput = window.document.getElementById('printed-total');
    if (totalInput) {
      total = totalInput.value.trim();
      if (total === '') { sheet.printedTotal = null; } else if (amount.test(total)) { sheet.printedTotal = marker + total; } else { valid = false; }
    }
    return { document: document, valid: valid };
  }

  function cellId(reference) {
    var m = /^([A-Z0-9]+)\[(.+)\]\.(\d+)$/.exec(reference);
    return m ? 'c-' + m[1] + '-' + m[2] + '-' + m[3] : null;
  }

  function show(findings) {
    form.querySelectorAll('td.flagged').forEach(function (td) { td.classList.remove('flagged'); td.removeAttribute('data-finding'); });
    list.textContent = '';
    findings.forEach(function (finding, index) {
      var item = window.document.createElement('li');
      item.className = finding.severity;
      item.id = 'live-' + (index + 1);
      var text = finding.location + '：' + finding.message;
      var cells = (finding.cells || []).map(cellId).filter(function (id) { return id && window.document.getElementById(id); });
      if (cells.length > 0) {
        var link = window.document.createElement('a');
        link.href = '#' + cells[0];
        link.textContent = text;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          var input = window.document.querySelector('#' + CSS.escape(cells[0]) + ' input');
          if (input) { input.focus(); input.select(); }
        });
        item.appendChild(link);
        cells.forEach(function (id) {
          var td = window.document.getElementById(id);
          td.classList.add('flagged');
          td.setAttribute('data-finding', String(index + 1));
          td.title = finding.message;
        });
      } else {
        item.textContent = text;
      }
      list.appendChild(item);
    });
  }

  function check() {
    var built = selfEvaluation ? buildSheet() : buildReport();
    if (!built.valid) { return; }
    var mine = ++sequence;
    summary.textContent = form.getAttribute('data-checking');
    fetch(selfEvaluation ? '/api/score' : '/api/check', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token },
      body: stringify(built.document)
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (mine !== sequence) { return; }
      if (!answer.ok) { summary.textContent = answer.body.error || ''; return; }
      if (selfEvaluation) {
        window.document.getElementById('score-total').textContent = String(answer.body.total);
        window.document.getElementById('score-grade').textContent = answer.body.grade;
        window.document.getElementById('score-recomputed').textContent = answer.body.recomputedTotal + ' / ' + answer.body.recomputedGrade;
        summary.textContent = form.getAttribute('data-count').replace('{0}', String(answer.body.findings.length));
        show(answer.body.findings);
      } else {
        var findings = answer.body.documents[0].findings;
        summary.textContent = form.getAttribute('data-count').replace('{0}', String(findings.length));
        show(findings);
      }
    }).catch(function (error) { summary.textContent = String(error); });
  }

  function schedule() {
    if (timer) { window.clearTimeout(timer); }
    timer = window.setTimeout(check, 300);
  }

  form.addEventListener('input', schedule);
  check();

  // The reasons library: beside each reason field, the common reasons for its subject (data/reasons.json); picking one
  // puts it in the field, where it can be edited.
  function subjectOf(key) {
    var parts = key.split('.');
    return { subject: parts[0], kind: parts[parts.length - 1] };
  }

  var areas = form.querySelectorAll('textarea.reason-text');
  if (areas.length > 0) {
    fetch('/data/reasons.json', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (library) {
      areas.forEach(function (area) {
        var key = subjectOf(area.getAttribute('data-reason-key'));
        var own = (library.subjects[key.subject] || {})[key.kind] || [];
        var common = (library.subjects['*'] || {})[key.kind] || [];
        var choices = own.concat(common);
        if (choices.length === 0) { return; }
        var select = window.document.createElement('select');
        select.className = 'reason-library';
        select.setAttribute('aria-label', form.getAttribute('data-pick') + ' ' + (area.labels[0] ? area.labels[0].textContent : ''));
        var first = window.document.createElement('option');
        first.value = ''; first.textContent = form.getAttribute('data-pick');
        select.appendChild(first);
        choices.forEach(function (text) {
          var option = window.document.createElement('option');
          option.value = text; option.textContent = text;
          select.appendChild(option);
        });
        select.addEventListener('change', function () {
          if (select.value === '') { return; }
          area.value = select.value;
          select.value = '';
          area.focus();
          schedule();
        });
        area.parentNode.appendChild(select);
      });
    }).catch(function () { /* the library is a help; the fields work without it */ });
  }

  var save = window.document.getElementById('save');
  var status = window.document.getElementById('save-status');
  if (save) {
    save.addEventListener('click', function () {
      var built = buildReport();
      if (!built.valid) { status.textContent = form.getAttribute('data-invalid'); return; }
      var body = '{"rowVersion":' + rowVersion + ',"document":' + stringify(built.document) + '}';
      fetch('/api/reports/' + reportId, {
        method: 'PUT', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token },
        body: body
      }).then(function (response) {
        return response.text().then(function (text) {
          var parsed = null;
          try { parsed = JSON.parse(text); } catch (e) { parsed = null; }
          return { status: response.status, body: parsed };
        });
      }).then(function (answer) {
        if (answer.status === 200 && answer.body && answer.body.rowVersion) {
          rowVersion = answer.body.rowVersion;
          form.setAttribute('data-row-version', String(rowVersion));
          status.textContent = '✓ ' + rowVersion;
          status.className = 'saved';
        } else if (answer.status === 401) {
          status.textContent = form.getAttribute('data-sign-in');
          status.className = 'error';
        } else {
          status.textContent = (answer.body && (answer.body.error || answer.body.message)) || ('HTTP ' + answer.status);
          status.className = 'error';
        }
      }).catch(function (error) { status.textContent = String(error); });
    });
  }
}());
