// The web form engine: binds the rendered <form> to an instance tree built from the JSON
// definition, keeps it computed (calculations, relevance, constraints, choice filters, repeat
// counts), saves a draft as the person types, and queues finished submissions in IndexedDB
// before sending them one by one as OpenRosa multipart posts.
(function () {
  'use strict';
  var RT = XPathRuntime;
  var form = document.getElementById('webform');
  if (!form || !window.JSON) return;
  var def = JSON.parse(document.getElementById(form.getAttribute('data-definition')).textContent);
  var ui = def.ui, X = def.x, binds = def.binds, sets = def.sets || {};
  var lang = def.lang, editing = def.edit, files = {}, doc, data, lists = {}, fileInstances = {};
  var draftKey = def.form.id + '|' + (def.form.version || '') + '|new', dirty = false, draftTimer = null;

  // ---- small helpers ---------------------------------------------------------------------
  function qsa(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function fmt(s, vars) {
    return String(s).replace(/\{ ?\$([a-z]+) ?\}/g, function (m, k) { return k in vars ? vars[k] : m; });
  }
  function uiLang() { return document.documentElement.lang || 'en'; }
  function plural(key, n) {
    var rule = 'other';
    try { rule = new Intl.PluralRules(uiLang()).select(n); } catch (e) { rule = n === 1 ? 'one' : 'other'; }
    return fmt(ui[key + '-' + (rule === 'one' ? 'one' : 'other')], { count: n });
  }
  function textIn(t) {
    if (!t) return '';
    if (lang in t) return t[lang];
    if ('' in t) return t[''];
    if (def.dflt in t) return t[def.dflt];
    for (var k in t) return t[k];
    return '';
  }
  function offsetString(off) {
    var a = Math.abs(off);
    return (off < 0 ? '-' : '+') + String(Math.floor(a / 60)).padStart(2, '0') + ':' + String(a % 60).padStart(2, '0');
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function nowValue() { return { ms: Date.now(), off: -new Date().getTimezoneOffset() }; }
  function nowString() { var n = nowValue(); return RT.fmtDateTime(n.ms + n.off * 60000, n.off); }
  function deviceId() {
    try {
      var id = localStorage.getItem('datashift-deviceid');
      if (!id) { id = 'datashift:' + uuid().replace(/-/g, '').slice(0, 16); localStorage.setItem('datashift-deviceid', id); }
      return id;
    } catch (e) { return ''; }
  }

  // ---- the environment the expressions see -----------------------------------------------
  var env = {
    root: null,
    instance: function (id) { return lists[id] || fileInstances[id] || null; },
    now: nowValue,
    random: Math.random,
    uuid: uuid,
    version: def.form.version || '',
    choiceLabel: function (path, value) {
      var b = binds[path], list = b && b.list && def.lists[b.list];
      if (!list) return '';
      for (var i = 0; i < list.length; i++) if (list[i][0] === value) return textIn(list[i][1]);
      return '';
    }
  };
  function ev(i, node) {
    try { return RT.evaluate(X[i], node, env); } catch (e) {
      if (window.console) console.warn('webform: expression ' + i + ' at ' + node.path + ': ' + e.message);
      return null;
    }
  }

  // ---- instance tree ---------------------------------------------------------------------
  function mk(name, parent, kind) { return { k: kind || 'e', n: name, v: '', c: [], a: [], p: parent }; }
  function build(t, parent) {
    var n = mk(t.n, parent);
    n.t = t;
    n.path = (parent && parent.path ? parent.path : '') + '/' + t.n;
    n.b = binds[n.path] || {};
    (t.a || []).forEach(function (a) { var x = mk(a[0], n, 'a'); x.v = a[1]; n.a.push(x); });
    if (t.c) t.c.forEach(function (ct) { if (!ct.r) n.c.push(build(ct, n)); });
    else n.v = t.v || '';
    return n;
  }
  function inRepeat(n) { for (; n; n = n.p) if (n.dom) return true; return false; }
  function isQ(n) { return n.w && n.w.classList.contains('q'); }
  function each(n, fn) { fn(n); n.c.forEach(function (c) { each(c, fn); }); }
  function child(n, name) { for (var i = 0; i < n.c.length; i++) if (n.c[i].n === name) return n.c[i]; return null; }
  function findRel(node, path) {
    if (path === node.path) return node;
    var rest = path.slice(node.path.length + 1).split('/');
    for (var i = 0; i < rest.length && node; i++) node = child(node, rest[i]);
    return node;
  }
  function renumber() { RT.renumber([doc].concat(Object.keys(lists).map(function (k) { return lists[k]; }), Object.keys(fileInstances).map(function (k) { return fileInstances[k]; }))); }
  function listInstances() {
    Object.keys(def.lists).forEach(function (name) {
      var d = mk('', null, 'r'), root = mk('root', d);
      d.c.push(root);
      def.lists[name].forEach(function (c) {
        var item = mk('item', root), f = { name: c[0], label: textIn(c[1]) };
        Object.keys(c[2]).forEach(function (k) { f[k] = c[2][k]; });
        Object.keys(f).forEach(function (k) { var x = mk(k, item); x.v = f[k]; item.c.push(x); });
        root.c.push(item);
      });
      lists[name] = d;
    });
  }

  // ---- binding the DOM to the tree -------------------------------------------------------
  function owner(elm) { var r = elm.parentElement && elm.parentElement.closest('.repeat-instance'); return r || form; }
  function bindDom(scope, node) {
    qsa(scope, '[data-path]').forEach(function (w) {
      if (owner(w) !== scope) return;
      var n = findRel(node, w.getAttribute('data-path'));
      if (n) { n.w = w; w.wfNode = n; }
    });
    qsa(scope, '.out').forEach(function (o) {
      if (owner(o) !== scope) return;
      var w = o.closest('[data-path]');
      o.wfNode = (w && w.wfNode && scope.contains(w) ? w.wfNode : node);
    });
    qsa(scope, '[data-repeat]').forEach(function (sec) {
      if (owner(sec) !== scope) return;
      var path = sec.getAttribute('data-repeat');
      sec.wfParent = findRel(node, path.slice(0, path.lastIndexOf('/')));
      sec.wfTemplate = sec.wfParent.t.c.filter(function (c) { return c.r && c.n === path.slice(path.lastIndexOf('/') + 1); })[0];
    });
  }
  function sections(scope) { return qsa(scope, '[data-repeat]').filter(function (s) { return owner(s) === scope; }); }
  function instancesOf(sec) { return sec.wfParent.c.filter(function (c) { return c.t === sec.wfTemplate; }); }
  var repeatCounter = 0;
  function addRepeat(sec, fresh) {
    var parent = sec.wfParent, t = sec.wfTemplate, node = build(t, parent);
    node.path = parent.path + '/' + t.n;
    var order = parent.t.c.indexOf(t), at = 0;
    parent.c.forEach(function (c, i) { if (parent.t.c.indexOf(c.t) <= order) at = i + 1; });
    parent.c.splice(at, 0, node);
    var frag = sec.querySelector(':scope > template').content.cloneNode(true), inst = frag.firstElementChild;
    var suffix = '-' + (++repeatCounter);
    [inst].concat(qsa(inst, '*')).forEach(function (e) {
      ['id', 'for', 'name', 'aria-describedby', 'data-id'].forEach(function (a) {
        var v = e.getAttribute(a);
        if (v && v.indexOf('~') >= 0) e.setAttribute(a, v.replace(/~/g, suffix));
      });
    });
    sec.querySelector(':scope > .repeat-instances').appendChild(inst);
    inst.wfNode = node;
    node.dom = inst;
    bindDom(inst, node);
    sections(inst).forEach(function (s) { addRepeat(s, fresh); });
    renumber();
    if (fresh) each(node, function (n) { if (n.b.def != null) setValue(n, str(ev(n.b.def, n))); });
    each(node, writeDom);
    numberRepeats(sec);
    return node;
  }
  function removeRepeat(node) {
    var sec = node.dom.closest('[data-repeat]');
    node.p.c.splice(node.p.c.indexOf(node), 1);
    node.dom.remove();
    renumber();
    numberRepeats(sec);
  }
  function numberRepeats(sec) {
    instancesOf(sec).forEach(function (n, i) {
      var s = n.dom.querySelector('.repeat-number');
      if (s) s.textContent = fmt(s.getAttribute('data-template'), { number: i + 1 });
    });
  }

  // ---- values between controls and nodes --------------------------------------------------
  function str(v) { return v === null ? '' : RT.string(v); }
  function inputs(w) { return qsa(w, 'input, select, textarea').filter(function (i) { return i.closest('[data-path]') === w; }); }
  function readDom(w) {
    var kind = w.getAttribute('data-kind'), ins = inputs(w), i = ins[0], off = nowValue().off;
    switch (kind) {
      case 'select1':
        if (i.tagName === 'SELECT') return i.value;
        var c = ins.filter(function (x) { return x.checked; })[0];
        return c ? c.value : '';
      case 'select':
        if (i && i.tagName === 'SELECT') return Array.prototype.map.call(i.selectedOptions, function (o) { return o.value; }).filter(Boolean).join(' ');
        return ins.filter(function (x) { return x.checked; }).map(function (x) { return x.value; }).join(' ');
      case 'trigger': return i.checked ? 'OK' : '';
      case 'time': return i.value ? (i.value.length === 5 ? i.value + ':00' : i.value) + '.000' + offsetString(off) : '';
      case 'dateTime': return i.value ? (i.value.length === 16 ? i.value + ':00' : i.value) + '.000' + offsetString(off) : '';
      case 'geopoint':
        var p = {};
        ins.forEach(function (x) { p[x.getAttribute('data-part')] = x.value.trim(); });
        return p.lat && p.lon ? [p.lat, p.lon, p.alt || '0', p.acc || '0'].join(' ') : '';
      case 'geolines':
        var pts = i.value.split(/\n|;/).map(function (l) { return l.trim().split(/[\s,]+/).filter(Boolean); }).filter(function (l) { return l.length >= 2; })
          .map(function (l) { return [l[0], l[1], l[2] || '0', l[3] || '0'].join(' '); });
        if (w.wfNode.b.t === 'geoshape' && pts.length > 2 && pts[0] !== pts[pts.length - 1]) pts.push(pts[0]);
        return pts.join('; ');
      case 'rank': return w.wfRanked ? qsa(w, 'li').map(function (li) { return li.getAttribute('data-value'); }).join(' ') : '';
      case 'range': return w.wfTouched ? i.value : '';
      case 'upload': return w.wfNode.v;
      case 'note': return w.wfNode.v;
    }
    return i ? i.value : '';
  }
  function writeDom(n) {
    var w = n.w;
    if (!w || w.wfWriting) return;
    var kind = w.getAttribute('data-kind'), ins = inputs(w), i = ins[0], v = n.v;
    switch (kind) {
      case 'select1': case 'select':
        var vals = v.split(/\s+/);
        if (i && i.tagName === 'SELECT') Array.prototype.forEach.call(i.options, function (o) { o.selected = o.value !== '' && vals.indexOf(o.value) >= 0; });
        else ins.forEach(function (x) { x.checked = vals.indexOf(x.value) >= 0; });
        break;
      case 'trigger': i.checked = v === 'OK'; break;
      case 'time': i.value = v.slice(0, 8); break;
      case 'dateTime': i.value = v.slice(0, 19); break;
      case 'geopoint':
        var p = v.split(/\s+/);
        ins.forEach(function (x) { x.value = p[['lat', 'lon', 'alt', 'acc'].indexOf(x.getAttribute('data-part'))] || ''; });
        break;
      case 'geolines': i.value = v ? v.split(/;\s*/).join('\n') : ''; break;
      case 'rank':
        var ol = w.querySelector('ol');
        w.wfRanked = v !== '';
        v.split(/\s+/).forEach(function (val) { var li = ol.querySelector('li[data-value="' + CSS.escape(val) + '"]'); if (li) ol.appendChild(li); });
        break;
      case 'range': w.wfTouched = v !== ''; if (v !== '') i.value = v; w.querySelector('output').textContent = v === '' ? ui['webform-range-none'] : v; break;
      case 'upload': showFile(w, v); break;
      case 'note': w.querySelector('.note-value').textContent = v; break;
      default: if (i) i.value = v;
    }
  }
  function setValue(n, v) {
    if (n.b.t === 'date' && /^-?\d+(\.\d+)?$/.test(v) && n.b.calc != null) v = RT.fmtDate(Math.floor(Number(v)));
    if (n.v === v) return false;
    n.v = v;
    writeDom(n);
    return true;
  }
  function showFile(w, name) {
    var info = w.querySelector('.file-info'), rm = info.querySelector('.file-remove');
    qsa(info, '.file-name, img').forEach(function (x) { x.remove(); });
    rm.hidden = !name;
    if (!name) { var fi = w.querySelector('input[type=file]'); if (fi) fi.value = ''; return; }
    var span = document.createElement('span');
    span.className = 'file-name';
    span.textContent = name;
    info.insertBefore(span, rm);
    if (files[name] && /^image\//.test(files[name].type || '')) {
      var img = document.createElement('img');
      img.alt = '';
      img.src = URL.createObjectURL(files[name]);
      info.insertBefore(img, rm);
    }
  }

  // ---- the computation ---------------------------------------------------------------------
  function all() { var out = []; each(data, function (n) { out.push(n); }); return out; }
  function refresh() {
    renumber();
    counts();
    var nodes = all();
    for (var pass = 0; pass < 3; pass++) {
      var changed = false;
      nodes.forEach(function (n) {
        if (n.b.calc != null && n.rel !== false) {
          var v = ev(n.b.calc, n);
          if (v !== null && setValue(n, str(v))) changed = true;
        }
      });
      nodes.forEach(function (n) {
        var rel = !n.p || n.p.k === 'r' || n.p.rel !== false;
        if (rel && n.b.rel != null) { var r = ev(n.b.rel, n); rel = r === null ? true : RT.boolean(r); }
        if (n.rel !== rel) changed = true;
        n.rel = rel;
        if (!rel && n.v !== '' && !n.t.c) { setValue(n, ''); changed = true; }
      });
      if (!changed) break;
    }
    nodes.forEach(function (n) {
      var hide = n.rel === false;
      if (n.w) {
        n.w.hidden = hide;
        var ro = n.b.ro != null && RT.boolean(ev(n.b.ro, n) || false);
        inputs(n.w).concat(qsa(n.w, 'button')).forEach(function (i) {
          if (i.type === 'radio' || i.type === 'checkbox' || i.tagName === 'SELECT' || i.tagName === 'BUTTON' || i.type === 'file' || i.type === 'range') i.disabled = ro;
          else i.readOnly = ro;
        });
        var req = n.b.req != null && RT.boolean(ev(n.b.req, n) || false);
        n.w.classList.toggle('required', req);
        inputs(n.w).forEach(function (i) { if (req) i.setAttribute('aria-required', 'true'); else i.removeAttribute('aria-required'); });
      }
      if (n.dom) n.dom.hidden = hide;
      if (n.w && sets[n.path] && !hide) itemset(n);
    });
    sections(form).concat(qsa(form, '.repeat-instance [data-repeat]')).forEach(function (sec) {
      var p = sec.wfParent;
      if (!p) return;
      var rb = binds[p.path + '/' + sec.wfTemplate.n] || {}, rel = p.rel !== false;
      if (rel && rb.rel != null) { var r = ev(rb.rel, mk(sec.wfTemplate.n, p)); rel = r === null || RT.boolean(r); }
      sec.hidden = !rel;
    });
    qsa(form, '.out').forEach(function (o) { if (o.wfNode) o.textContent = str(ev(+o.getAttribute('data-x'), o.wfNode)); });
  }
  // Repeat counts: add or remove instances at the end to match.
  function counts() {
    var again = true, guard = 0;
    while (again && guard++ < 5) {
      again = false;
      qsa(form, '[data-repeat]').forEach(function (sec) {
        var p = sec.wfParent;
        if (!p || !sec.wfTemplate) return;
        var b = binds[p.path + '/' + sec.wfTemplate.n];
        if (!b || b.cnt == null) return;
        var probe = mk(sec.wfTemplate.n, p), want = RT.number(ev(b.cnt, probe) || 0, env);
        want = want === want ? Math.max(0, Math.min(100, Math.floor(want))) : 0;
        var have = instancesOf(sec);
        while (have.length < want) { addRepeat(sec, true); have = instancesOf(sec); again = true; }
        while (have.length > want) { removeRepeat(have.pop()); again = true; }
      });
    }
  }
  // Choices computed by the engine: choice filters, lists from files, selects from repeats.
  function itemset(n) {
    var s = sets[n.path], w = n.w;
    if (s.file && !fileInstances[s.file.replace(/\.[^.]*$/, '')]) return;
    var items = ev(s.ns, n);
    if (!Array.isArray(items)) items = [];
    var kind = w.getAttribute('data-kind');
    var opts = items.map(function (it) {
      var v = child(it, s.val), l = child(it, s.lab), value = v ? RT.nodeString(v) : '';
      var label = l ? RT.nodeString(l) : value;
      if (s.list && !s.file) {
        var c = def.lists[s.list].filter(function (x) { return x[0] === value; })[0];
        if (c) label = textIn(c[1]) || value;
      }
      return { value: value, label: label };
    });
    var allowed = opts.map(function (o) { return o.value; });
    var select = w.querySelector('select'), box = w.querySelector('.choices'), ol = w.querySelector('ol.rank');
    var sig = JSON.stringify(opts) + lang;
    if (w.wfSig !== sig) {
      w.wfSig = sig;
      if (select) {
        var keep = select.options[0] && select.options[0].value === '' ? select.options[0] : null;
        select.textContent = '';
        if (keep) select.appendChild(keep);
        opts.forEach(function (o) { var op = document.createElement('option'); op.value = o.value; op.textContent = o.label; select.appendChild(op); });
      } else if (box && s.list && !s.file) {
        qsa(box, '.choice').forEach(function (c) { c.hidden = allowed.indexOf(c.getAttribute('data-value')) < 0; });
      } else if (box) {
        box.textContent = '';
        opts.forEach(function (o, i) {
          var d = document.createElement('div'), inp = document.createElement('input'), lab = document.createElement('label');
          d.className = 'choice'; d.setAttribute('data-value', o.value);
          inp.type = kind === 'select' ? 'checkbox' : 'radio'; inp.name = w.getAttribute('data-id'); inp.id = inp.name + '-' + i; inp.value = o.value;
          lab.htmlFor = inp.id; lab.textContent = o.label;
          d.appendChild(inp); d.appendChild(lab); box.appendChild(d);
        });
      } else if (ol) {
        ol.textContent = '';
        opts.forEach(function (o) {
          var li = document.createElement('li'), sp = document.createElement('span');
          li.setAttribute('data-value', o.value); sp.className = 'rank-label'; sp.textContent = o.label; li.appendChild(sp);
          [['rank-up', '\u2191', 'webform-rank-up'], ['rank-down', '\u2193', 'webform-rank-down']].forEach(function (b) {
            var bt = document.createElement('button'); bt.type = 'button'; bt.className = b[0]; bt.textContent = b[1]; bt.setAttribute('aria-label', ui[b[2]]); li.appendChild(bt);
          });
          ol.appendChild(li);
        });
      }
      writeDom(n);
    }
    var kept = n.v.split(/\s+/).filter(function (v) { return v && allowed.indexOf(v) >= 0; }).join(' ');
    if (kind !== 'rank' && kept !== n.v) setValue(n, kept);
  }

  // ---- validation ----------------------------------------------------------------------------
  function problem(n) {
    if (n.rel === false || !isQ(n)) return null;
    var v = n.v, b = n.b;
    if (v === '') {
      var req = b.req != null && RT.boolean(ev(b.req, n) || false);
      return req ? textIn(b.rm) || ui['webform-required'] : null;
    }
    if (b.t === 'int' && !/^-?\d+$/.test(v)) return ui['webform-invalid-integer'];
    if (b.t === 'decimal' && !isFinite(Number(v))) return ui['webform-invalid-decimal'];
    if (/^geo/.test(b.t || '') && v.split(/;\s*/).some(function (p) { var x = p.split(' ').map(Number); return !(Math.abs(x[0]) <= 90 && Math.abs(x[1]) <= 180); })) return ui['webform-invalid-geo'];
    if (b.con != null) {
      var ok = ev(b.con, n);
      if (ok !== null && !RT.boolean(ok)) return textIn(b.cm) || ui['webform-constraint'];
    }
    return null;
  }
  function showProblem(n, msg) {
    var w = n.w, err = w.querySelector('.error'), ids = [];
    w.classList.toggle('invalid', !!msg);
    err.hidden = !msg;
    err.textContent = msg || '';
    inputs(w).forEach(function (i) {
      ids = (i.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== err.id; });
      if (msg) { i.setAttribute('aria-invalid', 'true'); ids.push(err.id); } else i.removeAttribute('aria-invalid');
      if (ids.length) i.setAttribute('aria-describedby', ids.join(' ')); else i.removeAttribute('aria-describedby');
    });
    return !msg;
  }
  function validateAll() {
    var first = null;
    all().forEach(function (n) {
      if (!isQ(n)) return;
      var msg = problem(n);
      showProblem(n, msg);
      if (msg && !first) first = n;
    });
    return first;
  }

  // ---- status and the queue display ----------------------------------------------------------
  var statusBox = form.querySelector('.wf-status'), queueBox = form.querySelector('.wf-queue');
  function status(msg, kind, button) {
    statusBox.textContent = '';
    statusBox.className = 'wf-status' + (kind ? ' wf-' + kind : '');
    if (!msg) return;
    var p = document.createElement('p');
    p.textContent = msg;
    statusBox.appendChild(p);
    if (button) {
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = button[0]; b.addEventListener('click', button[1]);
      statusBox.appendChild(b);
    }
  }
  function showQueue() {
    return Queue.all().then(function (items) {
      var mine = items.filter(function (i) { return i.form === def.form.id; });
      var waiting = mine.filter(function (i) { return i.state !== 'failed'; }), failed = mine.filter(function (i) { return i.state === 'failed'; });
      queueBox.textContent = '';
      var off = !navigator.onLine;
      if (off) { var o = document.createElement('p'); o.className = 'wf-offline'; o.textContent = ui['webform-offline']; queueBox.appendChild(o); }
      if (waiting.length) { var p = document.createElement('p'); p.className = 'wf-waiting'; p.textContent = plural('webform-waiting', waiting.length); queueBox.appendChild(p); }
      if (failed.length) {
        var f = document.createElement('div'), h = document.createElement('p'), ul = document.createElement('ul');
        f.className = 'wf-failed'; h.textContent = plural('webform-failed', failed.length); f.appendChild(h);
        failed.forEach(function (item) {
          var li = document.createElement('li'), b = document.createElement('button');
          li.textContent = item.message || ui['webform-refused'];
          b.type = 'button'; b.textContent = ui['webform-retry'];
          b.addEventListener('click', function () { item.state = 'waiting'; item.next = 0; Queue.put(item).then(function () { send(true); }); });
          li.appendChild(document.createTextNode(' ')); li.appendChild(b); ul.appendChild(li);
        });
        f.appendChild(ul); queueBox.appendChild(f);
      }
      return mine;
    });
  }

  // ---- IndexedDB: the queue of finished submissions and the drafts ------------------------
  var dbPromise = null, memory = { queue: {}, drafts: {} };
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve) {
        if (!window.indexedDB) return resolve(null);
        var r = indexedDB.open('datashift-webform', 1);
        r.onupgradeneeded = function () { r.result.createObjectStore('queue', { keyPath: 'id' }); r.result.createObjectStore('drafts', { keyPath: 'key' }); };
        r.onsuccess = function () { resolve(r.result); };
        r.onerror = function () { resolve(null); };
      });
    }
    return dbPromise;
  }
  // Without IndexedDB (some private modes) the queue lives in memory for this page only.
  function table(name) {
    var m = memory[name];
    function run(mode, fn, mem) {
      return db().then(function (d) {
        if (!d) return mem();
        return new Promise(function (resolve, reject) {
          var tx = d.transaction(name, mode), req = fn(tx.objectStore(name));
          tx.oncomplete = function () { resolve(req.result); };
          tx.onerror = tx.onabort = function () { reject(tx.error); };
        });
      });
    }
    return {
      all: function () { return run('readonly', function (s) { return s.getAll(); }, function () { return Object.keys(m).map(function (k) { return m[k]; }); }); },
      get: function (k) { return run('readonly', function (s) { return s.get(k); }, function () { return m[k]; }); },
      put: function (v) { return run('readwrite', function (s) { return s.put(v); }, function () { m[v.id || v.key] = v; }); },
      del: function (k) { return run('readwrite', function (s) { return s.delete(k); }, function () { delete m[k]; }); }
    };
  }
  var Queue = table('queue'), Drafts = table('drafts');

  // ---- sending -------------------------------------------------------------------------------
  var sending = false, timer = null;
  function backoff(tries) { return Math.min(300000, 5000 * Math.pow(2, Math.min(tries, 6))); }
  function message(text) {
    try {
      var m = new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('message')[0];
      if (m && m.textContent.trim()) return m.textContent.trim();
    } catch (e) { /* not XML */ }
    return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  }
  function post(item) {
    var body = new FormData();
    body.append('xml_submission_file', new Blob([item.xml], { type: 'text/xml' }), 'submission.xml');
    (item.files || []).forEach(function (f) { body.append(f.name, f.blob, f.name); });
    return fetch(item.url, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'X-OpenRosa-Version': '1.0' } });
  }
  function sendAll(force) {
    return Queue.all().then(function (items) {
      var due = items.filter(function (i) { return i.state !== 'failed' && (force || !i.next || i.next <= Date.now()); })
        .sort(function (a, b) { return a.at - b.at; });
      var chain = Promise.resolve(true);
      due.forEach(function (item) {
        chain = chain.then(function (goOn) {
          if (!goOn) return false;
          return post(item).then(function (res) {
            if (res.status === 201) return Queue.del(item.id).then(function () { status(ui['webform-sent'], 'ok'); return true; });
            return res.text().then(function (t) {
              item.tries = (item.tries || 0) + 1;
              if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
                item.state = 'failed';
                item.message = message(t) || ui['webform-refused'];
                status('');
              } else item.next = Date.now() + backoff(item.tries);
              return Queue.put(item).then(function () { return true; });
            });
          }, function () {
            item.tries = (item.tries || 0) + 1;
            item.next = Date.now() + backoff(item.tries);
            return Queue.put(item).then(function () { return false; });
          });
        });
      });
      return chain;
    });
  }
  function send(force) {
    if (sending || def.preview) return Promise.resolve();
    sending = true;
    var run = function () { return sendAll(force); };
    var locked = navigator.locks ? navigator.locks.request('datashift-webform-queue', run) : run();
    return locked.catch(function () {}).then(function () { sending = false; return showQueue(); }).then(function (left) {
      clearTimeout(timer);
      var next = left.filter(function (i) { return i.state !== 'failed'; }).map(function (i) { return i.next || 0; });
      if (next.length) timer = setTimeout(send, Math.max(2000, Math.min.apply(null, next) - Date.now()));
    });
  }

  // ---- submission XML --------------------------------------------------------------------------
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function serialize(n, keepIrrelevant) {
    var attrs = n.a.map(function (a) { return ' ' + a.n + '="' + esc(a.v) + '"'; }).join('');
    if (n === data) {
      var used = {};
      each(n, function (x) { [x].concat(x.a).forEach(function (y) { var i = y.n.indexOf(':'); if (i > 0) used[y.n.slice(0, i)] = 1; }); });
      Object.keys(used).forEach(function (p) {
        if (p !== 'xmlns' && def.form.namespaces[p] && !n.a.some(function (a) { return a.n === 'xmlns:' + p; })) attrs += ' xmlns:' + p + '="' + esc(def.form.namespaces[p]) + '"';
      });
    }
    if (n.t && n.t.c) return '<' + n.n + attrs + '>' + n.c.map(function (c) { return serialize(c, keepIrrelevant); }).join('') + '</' + n.n + '>';
    var v = n.rel === false && !keepIrrelevant ? '' : n.v;
    return v === '' ? '<' + n.n + attrs + '/>' : '<' + n.n + attrs + '>' + esc(v) + '</' + n.n + '>';
  }
  function loadXml(xml) {
    var root = new DOMParser().parseFromString(xml, 'application/xml').documentElement;
    if (!root || root.nodeName === 'parsererror' || root.getElementsByTagName('parsererror').length) return false;
    (function fill(el, node, scope) {
      Array.prototype.forEach.call(el.children, function (x) {
        var name = x.nodeName, t = node.t.c && node.t.c.filter(function (c) { return c.n === name; })[0];
        if (!t) return;
        if (t.r) {
          var sec = sections(scope).filter(function (s) { return s.wfParent === node && s.wfTemplate === t; })[0];
          if (!sec) return;
          var inst = addRepeat(sec, false);
          fill(x, inst, inst.dom);
        } else {
          var target = child(node, name);
          if (!target) return;
          if (t.c) fill(x, target, scope); else { target.v = x.textContent; writeDom(target); }
        }
      });
    })(root, data, form);
    return true;
  }
  function meta(name) { var m = child(data, 'meta'); return m && child(m, name); }

  // ---- starting, drafts and submitting ---------------------------------------------------------
  function start(xml, fresh) {
    qsa(form, '.repeat-instance').forEach(function (r) { r.remove(); });
    qsa(form, '.q').forEach(function (w) { w.wfSig = null; });
    doc = mk('', null, 'r');
    data = build(def.inst, doc);
    data.path = '/' + def.form.root;
    doc.c = [data];
    env.root = doc;
    bindDom(form, data);
    if (xml) loadXml(xml);
    else sections(form).forEach(function (s) { var b = binds[s.getAttribute('data-repeat')]; if (!b || b.cnt == null) addRepeat(s, true); });
    renumber();
    if (fresh) {
      all().forEach(function (n) {
        var b = n.b;
        if (b.pre === 'timestamp' && b.pp === 'start') n.v = nowString();
        else if (b.pre === 'date' && b.pp === 'today') n.v = RT.evaluate(['f', 'today'], n, env);
        else if (b.pre === 'property' && b.pp === 'deviceid') n.v = deviceId();
        if (b.def != null && !inRepeat(n)) n.v = str(ev(b.def, n));
      });
    }
    qsa(form, '.error').forEach(function (e) { e.hidden = true; });
    qsa(form, '.invalid').forEach(function (w) { w.classList.remove('invalid'); });
    all().forEach(writeDom);
    refresh();
    all().forEach(writeDom);
  }
  function saveDraft() {
    if (def.preview) return;
    clearTimeout(draftTimer);
    draftTimer = setTimeout(function () {
      var names = [];
      each(data, function (n) { if (n.b.t === 'binary' && n.v && files[n.v]) names.push(n.v); });
      Drafts.put({ key: draftKey, xml: serialize(data, true), files: names.map(function (f) { return { name: f, blob: files[f] }; }), at: Date.now() });
    }, 300);
  }
  function onChange(e, final) {
    var w = e.target.closest('[data-path]');
    if (!w || !w.wfNode) return;
    var n = w.wfNode, kind = w.getAttribute('data-kind');
    if (kind === 'range') w.wfTouched = true;
    if (kind === 'upload' && e.target.type === 'file') {
      var f = e.target.files[0];
      if (!f) return;
      var name = Date.now() + '-' + f.name.replace(/[^A-Za-z0-9._-]+/g, '_');
      files[name] = f;
      n.v = name;
      showFile(w, name);
    }
    w.wfWriting = true;
    var v = readDom(w);
    w.wfWriting = false;
    if (kind === 'range') w.querySelector('output').textContent = v;
    if (n.v !== v) {
      n.v = v;
      all().forEach(function (t) { if (t.b.trig && t.b.trig.indexOf(n.path) >= 0) setValue(t, t.b.tcalc != null ? str(ev(t.b.tcalc, t)) : ''); });
    }
    refresh();
    dirty = true;
    saveDraft();
    if (final || w.classList.contains('invalid')) showProblem(n, problem(n));
  }
  // Pressing Submit does not take the focus from the field being typed in: leaving it would show
  // its problem and push the button down before the press ends, losing the tap. Submitting
  // checks every answer anyway.
  form.addEventListener('mousedown', function (e) {
    if (e.target.closest && e.target.closest('button[type=submit]')) e.preventDefault();
  });
  form.addEventListener('input', function (e) { onChange(e, false); });
  form.addEventListener('change', function (e) { onChange(e, true); });
  form.addEventListener('click', function (e) {
    var b = e.target.closest('button');
    if (!b || b.type === 'submit') return;
    var w = b.closest('[data-path]');
    if (b.classList.contains('repeat-add')) {
      var sec = b.closest('[data-repeat]'), added = addRepeat(sec, true);
      refresh(); saveDraft();
      var f = added.dom.querySelector('input, select, textarea');
      if (f) f.focus();
    }
    else if (b.classList.contains('repeat-remove')) {
      if (!window.confirm || window.confirm(ui['webform-remove-confirm'])) { removeRepeat(b.closest('.repeat-instance').wfNode); refresh(); saveDraft(); }
    } else if (b.classList.contains('rank-up') || b.classList.contains('rank-down')) {
      var li = b.closest('li'), ol = li.parentNode;
      if (b.classList.contains('rank-up') && li.previousElementSibling) ol.insertBefore(li, li.previousElementSibling);
      if (b.classList.contains('rank-down') && li.nextElementSibling) ol.insertBefore(li.nextElementSibling, li);
      w.wfRanked = true; b.focus(); onChange({ target: b }, true);
    } else if (b.classList.contains('rank-keep')) { w.wfRanked = true; onChange({ target: b }, true); }
    else if (b.classList.contains('file-remove')) { w.wfNode.v = ''; showFile(w, ''); onChange({ target: b }, true); }
    else if (b.classList.contains('geo-get')) locate(w);
  });
  function locate(w) {
    var st = w.querySelector('.geo-status');
    if (!navigator.geolocation) { st.textContent = ui['webform-geo-unavailable']; return; }
    st.textContent = ui['webform-geo-waiting'];
    navigator.geolocation.getCurrentPosition(function (p) {
      var c = p.coords, vals = { lat: c.latitude, lon: c.longitude, alt: c.altitude || 0, acc: Math.round(c.accuracy * 10) / 10 };
      inputs(w).forEach(function (i) { i.value = vals[i.getAttribute('data-part')]; });
      st.textContent = fmt(ui['webform-geo-accuracy'], { accuracy: vals.acc });
      onChange({ target: inputs(w)[0] }, true);
    }, function (err) {
      st.textContent = err.code === 1 ? ui['webform-geo-denied'] : ui['webform-geo-unavailable'];
    }, { enableHighAccuracy: true, timeout: 60000, maximumAge: 0 });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    refresh();
    var first = validateAll();
    if (first) {
      status(ui['webform-errors'], 'error');
      var target = inputs(first.w)[0] || first.w;
      target.focus();
      return;
    }
    if (def.preview) {
      // A preview checks the answers; nothing is queued, kept or sent.
      status(ui['webform-preview-checked'], 'ok');
      statusBox.setAttribute('tabindex', '-1');
      statusBox.focus();
      return;
    }
    var old = meta('instanceID'), previous = old ? old.v : '';
    all().forEach(function (n) { if (n.b.pre === 'timestamp' && n.b.pp === 'end') n.v = nowString(); });
    if (old) old.v = 'uuid:' + uuid();
    if (editing && previous && old) {
      var dep = meta('deprecatedID');
      if (!dep) { dep = mk('deprecatedID', old.p); dep.t = {}; dep.b = {}; old.p.c.splice(old.p.c.indexOf(old) + 1, 0, dep); }
      dep.v = previous;
    }
    var id = old ? old.v : 'uuid:' + uuid(), attached = [];
    each(data, function (n) { if (n.b.t === 'binary' && n.rel !== false && n.v && files[n.v]) attached.push({ name: n.v, blob: files[n.v] }); });
    var item = { id: id, form: def.form.id, url: def.urls.submit, xml: serialize(data, false), files: attached, state: 'waiting', at: Date.now(), tries: 0 };
    Queue.put(item).then(function () {
      return Drafts.del(draftKey);
    }).then(function () {
      files = {};
      dirty = false;
      if (editing) { editing = null; draftKey = def.form.id + '|' + (def.form.version || '') + '|new'; }
      start(null, true);
      status(ui['webform-saved'], 'ok');
      statusBox.setAttribute('tabindex', '-1');
      statusBox.focus();
      window.scrollTo(0, 0);
      registerSync();
      return send(true);
    });
  });

  // ---- languages ------------------------------------------------------------------------------
  var switcher = document.getElementById('wf-language');
  if (switcher) switcher.addEventListener('change', function () {
    lang = switcher.value;
    qsa(form, '[data-lang]').forEach(function (x) { x.hidden = x.getAttribute('data-lang') !== lang; });
    qsa(form, 'select').forEach(function (s) {
      var w = s.closest('[data-path]'), b = w && w.wfNode && w.wfNode.b, list = b && b.list && def.lists[b.list];
      if (!list || s === switcher) return;
      Array.prototype.forEach.call(s.options, function (o) { var c = list.filter(function (x) { return x[0] === o.value; })[0]; if (c) o.textContent = textIn(c[1]) || c[0]; });
    });
    refresh();
    all().forEach(function (n) { if (isQ(n) && n.w.classList.contains('invalid')) showProblem(n, problem(n)); });
  });

  // ---- secondary instances from files ---------------------------------------------------------
  function csv(text) {
    var rows = [], row = [], f = '', q = false;
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      if (q) { if (ch === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (ch === '"') q = false; else f += ch; }
      else if (ch === '"') q = true;
      else if (ch === ',') { row.push(f); f = ''; }
      else if (ch === '\n' || ch === '\r') { if (ch === '\r' && text[i + 1] === '\n') i++; row.push(f); rows.push(row); row = []; f = ''; }
      else f += ch;
    }
    if (f !== '' || row.length) { row.push(f); rows.push(row); }
    return rows.filter(function (r) { return r.some(function (x) { return x !== ''; }); });
  }
  function itemsDoc(records) {
    var d = mk('', null, 'r'), root = mk('root', d);
    d.c.push(root);
    records.forEach(function (r) {
      var item = mk('item', root);
      Object.keys(r).forEach(function (k) { if (/^[A-Za-z_][\w.-]*$/.test(k)) { var x = mk(k, item); x.v = r[k] == null ? '' : String(r[k]); item.c.push(x); } });
      root.c.push(item);
    });
    return d;
  }
  function fromXml(el, parent) {
    var n = mk(el.nodeName, parent);
    Array.prototype.forEach.call(el.attributes, function (a) { var x = mk(a.name, n, 'a'); x.v = a.value; n.a.push(x); });
    if (el.children.length) Array.prototype.forEach.call(el.children, function (c) { n.c.push(fromXml(c, n)); });
    else n.v = el.textContent;
    return n;
  }
  function parseFile(name, text) {
    var ext = name.split('.').pop();
    if (ext === 'csv') {
      var rows = csv(text.replace(/^\uFEFF/, '')), head = rows.shift() || [];
      return itemsDoc(rows.map(function (r) { var o = {}; head.forEach(function (h, i) { o[h.trim()] = r[i] || ''; }); return o; }));
    }
    if (ext === 'geojson') {
      return itemsDoc((JSON.parse(text).features || []).map(function (f) {
        var o = {}, p = f.properties || {}, g = f.geometry || {}, c = g.coordinates || [];
        Object.keys(p).forEach(function (k) { o[k] = typeof p[k] === 'object' ? JSON.stringify(p[k]) : p[k]; });
        if (f.id != null && o.id == null) o.id = f.id;
        var pts = g.type === 'Point' ? [c] : g.type === 'LineString' ? c : g.type === 'Polygon' ? c[0] || [] : [];
        o.geometry = pts.map(function (x) { return x[1] + ' ' + x[0] + ' 0 0'; }).join('; ');
        return o;
      }));
    }
    var d = mk('', null, 'r');
    d.c.push(fromXml(new DOMParser().parseFromString(text, 'application/xml').documentElement, d));
    return d;
  }
  function loadFiles() {
    (def.files || []).forEach(function (name) {
      fetch(def.urls.media + '/' + encodeURIComponent(name)).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      }).then(function (text) {
        fileInstances[name.replace(/\.[^.]*$/, '')] = parseFile(name, text);
        qsa(form, '.q').forEach(function (w) { w.wfSig = null; });
        refresh();
      }).catch(function () { status(ui['webform-list-unavailable'], 'error'); });
    });
  }

  // ---- offline: the service worker, online/offline events --------------------------------------
  function registerSync() {
    if (!navigator.serviceWorker || !navigator.serviceWorker.ready) return;
    navigator.serviceWorker.ready.then(function (reg) { if (reg.sync) return reg.sync.register('datashift-webform-send'); }).catch(function () {});
  }
  if ('serviceWorker' in navigator && def.urls.sw && !def.preview) {
    navigator.serviceWorker.register(def.urls.sw).then(function () { return navigator.serviceWorker.ready; }).then(function (reg) {
      var urls = [location.href];
      qsa(document, 'script[src], link[rel=stylesheet][href], img[src]').forEach(function (x) { urls.push(x.src || x.href); });
      (def.files || []).forEach(function (f) { urls.push(new URL(def.urls.media + '/' + encodeURIComponent(f), location.href).href); });
      if (reg.active) reg.active.postMessage({ type: 'cache', urls: urls });
    }).catch(function () {});
    navigator.serviceWorker.addEventListener('message', function (e) { if (e.data && e.data.type === 'queue-changed') showQueue(); });
  }
  window.addEventListener('online', function () { showQueue(); send(true); });
  window.addEventListener('offline', showQueue);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) send(false); });

  // ---- go ----------------------------------------------------------------------------------------
  listInstances();
  if (editing) {
    start(editing, false);
    var kept = meta('instanceID');
    draftKey = def.form.id + '|' + (def.form.version || '') + '|' + (kept ? kept.v : 'edit');
  } else start(null, true);
  Drafts.get(draftKey).then(function (d) {
    if (!d || !d.xml || dirty || def.preview) return;
    (d.files || []).forEach(function (f) { files[f.name] = f.blob; });
    start(d.xml, false);
    status(ui['webform-draft-restored'], 'info', [ui['webform-draft-discard'], function () {
      Drafts.del(draftKey).then(function () { files = {}; start(editing || null, !editing); status(''); });
    }]);
  }).catch(function () {});
  loadFiles();
  send(false);
})();
