// The expression runtime of the web form engine: interprets the JSON programs that
// crates/webform/src/compile.rs makes from XPath, over a plain tree that mirrors the XForm
// instance. It follows crates/xpath (XPath 1.0 plus the ODK functions) closely, and a
// differential test (crates/webform/tests/differential.rs) holds the two together.
//
// A node is {k, n, v, c, a, p, o}: kind ('r' document, 'e' element, 'a' attribute), name,
// value, children, attributes, parent and document-order number (set by renumber()).
// A value is a boolean, a number, a string or an array of nodes (a node-set).
// env: {root, instance(id), now() -> {ms, off (minutes east of UTC)}, random(), uuid(),
// version, choiceLabel(path, value)}. ctx: {node, pos, size, cur}.
'use strict';
var XPathRuntime = (function () {
  var DAY = 86400000;
  function fail(msg) { throw new Error(msg); }
  function isSet(v) { return Array.isArray(v); }

  // ---- conversions -------------------------------------------------------------------
  function nodeString(n) {
    if (n.k === 'a' || !n.c || n.c.length === 0) return n.v || '';
    var out = n.v || '';
    for (var i = 0; i < n.c.length; i++) out += nodeString(n.c[i]);
    return out;
  }
  function numStr(n) {
    if (n !== n) return 'NaN';
    if (n === Infinity) return 'Infinity';
    if (n === -Infinity) return '-Infinity';
    if (n === 0) return '0';
    var s = String(n);
    if (s.indexOf('e') < 0) return s;
    var neg = n < 0, parts = String(Math.abs(n)).split('e'), exp = +parts[1];
    var m = parts[0].split('.'), digits = m[0] + (m[1] || ''), point = m[0].length + exp;
    var body = point <= 0 ? '0.' + '0'.repeat(-point) + digits
      : point >= digits.length ? digits + '0'.repeat(point - digits.length)
      : digits.slice(0, point) + '.' + digits.slice(point);
    return (neg ? '-' : '') + body;
  }
  function str(v) {
    if (isSet(v)) return v.length ? nodeString(v[0]) : '';
    if (typeof v === 'number') return numStr(v);
    return String(v);
  }
  var NUM_RE = /^[ \t\n\r]*-?(\d+(\.\d*)?|\.\d+)[ \t\n\r]*$/;
  function strNum(s, env) {
    if (NUM_RE.test(s)) return Number(s.replace(/[ \t\n\r]/g, ''));
    var m = parseMoment(s);
    if (!m) {
      var t = parseTime(s.trim());
      if (t) m = { d: 0, t: t.t, off: t.off, dt: true };
    }
    return m ? momentDays(m, localOff(env)) : NaN;
  }
  function num(v, env) {
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number') return v;
    return strNum(str(v), env);
  }
  function bool(v) {
    if (isSet(v)) return v.length > 0;
    if (typeof v === 'number') return v !== 0 && v === v;
    if (typeof v === 'string') return v !== '';
    return v;
  }
  function xround(x) {
    if (!isFinite(x)) return x;
    var f = Math.floor(x), r = x - f >= 0.5 ? f + 1 : f;
    return r === 0 && x < 0 ? -0 : r;
  }

  // ---- dates: a moment is {d: days since 1970-01-01, t: ms into the day, off: minutes|null, dt}
  function localOff(env) { return env.now().off; }
  function digits(s) { return /^\d+$/.test(s) ? Number(s) : null; }
  function ymdDays(y, m, d) {
    var ms = Date.UTC(y, m - 1, d), x = new Date(ms);
    if (y < 100) { x.setUTCFullYear(y); ms = x.getTime(); }
    x = new Date(ms);
    if (x.getUTCFullYear() !== y || x.getUTCMonth() !== m - 1 || x.getUTCDate() !== d) return null;
    return Math.round(ms / DAY);
  }
  function parseDate(s) {
    if (s.length !== 10 || s[4] !== '-' || s[7] !== '-') return null;
    var y = digits(s.slice(0, 4)), m = digits(s.slice(5, 7)), d = digits(s.slice(8, 10));
    if (y === null || m === null || d === null) return null;
    return ymdDays(y, m, d);
  }
  function two(s) { return s.length === 2 ? digits(s) : null; }
  function parseOffset(z) {
    var sign = z[0] === '-' ? -1 : 1, b = z.slice(1), h, m;
    if (b.length === 2) { h = b; m = '00'; } else if (b.length === 4) { h = b.slice(0, 2); m = b.slice(2); } else if (b.length === 5 && b[2] === ':') { h = b.slice(0, 2); m = b.slice(3); } else return null;
    h = digits(h); m = digits(m);
    if (h === null || m === null || h * 60 + m >= 1440) return null;
    return sign * (h * 60 + m);
  }
  function parseTime(s) {
    var z = s.search(/[Zz+-]/), clock = z < 0 ? s : s.slice(0, z), zone = z < 0 ? '' : s.slice(z);
    var parts = clock.split(':');
    if (parts.length < 2 || parts.length > 3) return null;
    var h = two(parts[0]), mi = two(parts[1]), sec = 0, frac = 0;
    if (h === null || mi === null) return null;
    if (parts.length === 3) {
      var sp = parts[2].split('.');
      if (sp.length > 2) return null;
      sec = two(sp[0]);
      if (sec === null) return null;
      if (sp.length === 2) {
        if (digits(sp[1]) === null) return null;
        frac = Number((sp[1] + '000000000').slice(0, 9)) / 1e6;
      }
    }
    if (h > 23 || mi > 59 || sec > 59) return null;
    var off = null;
    if (zone === 'Z' || zone === 'z') off = 0;
    else if (zone !== '') { off = parseOffset(zone); if (off === null) return null; }
    return { t: ((h * 60 + mi) * 60 + sec) * 1000 + frac, off: off };
  }
  function parseMoment(s) {
    s = s.trim();
    var d = parseDate(s.slice(0, 10));
    if (d === null) return null;
    var rest = s.slice(10);
    if (rest === '') return { d: d, t: 0, off: null, dt: false };
    if (rest[0] !== 'T' && rest[0] !== 't') return null;
    var t = parseTime(rest.slice(1));
    return t ? { d: d, t: t.t, off: t.off, dt: true } : null;
  }
  function momentDays(m, local) {
    if (!m.dt) return m.d;
    var off = m.off === null ? local : m.off;
    return (m.d * DAY + Math.floor(m.t) - off * 60000) / DAY;
  }
  function roundAway(x) { return x < 0 ? -Math.round(-x) : Math.round(x); }
  function pad(n, w) { var s = String(Math.abs(n)); while (s.length < w) s = '0' + s; return (n < 0 ? '-' : '') + s; }
  function fmtDate(days) {
    var x = new Date(days * DAY);
    return pad(x.getUTCFullYear(), 4) + '-' + pad(x.getUTCMonth() + 1, 2) + '-' + pad(x.getUTCDate(), 2);
  }
  // A wall-clock time (ms since epoch as written) and its offset, as ODK writes dateTimes.
  function fmtDateTime(wall, off) {
    var x = new Date(wall), a = Math.abs(off);
    return fmtDate(Math.floor(wall / DAY)) + 'T' + pad(x.getUTCHours(), 2) + ':' + pad(x.getUTCMinutes(), 2) + ':' +
      pad(x.getUTCSeconds(), 2) + '.' + pad(x.getUTCMilliseconds(), 3) + (off < 0 ? '-' : '+') +
      pad(Math.floor(a / 60), 2) + ':' + pad(a % 60, 2);
  }
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  function isoWeek(days) {
    var wd = (new Date(days * DAY).getUTCDay() + 6) % 7, thursday = days - wd + 3;
    var y = new Date(thursday * DAY).getUTCFullYear(), jan1 = ymdDays(y, 1, 1);
    return Math.floor((thursday - jan1) / 7) + 1;
  }
  function formatCodes(days, t, format) {
    var x = new Date(days * DAY), out = '', ms = Math.floor(t);
    var hour = Math.floor(ms / 3600000), minute = Math.floor(ms / 60000) % 60, second = Math.floor(ms / 1000) % 60;
    for (var i = 0; i < format.length; i++) {
      var ch = format[i];
      if (ch !== '%') { out += ch; continue; }
      var code = format[++i];
      if (code === undefined) fail('format-date: the format ends with a lone %');
      var y = x.getUTCFullYear(), mo = x.getUTCMonth(), d = x.getUTCDate();
      switch (code) {
        case '%': out += '%'; break;
        case 'Y': out += pad(y, 4); break;
        case 'y': out += pad(((y % 100) + 100) % 100, 2); break;
        case 'm': out += pad(mo + 1, 2); break;
        case 'n': out += String(mo + 1); break;
        case 'b': out += MONTHS[mo]; break;
        case 'd': out += pad(d, 2); break;
        case 'e': out += String(d); break;
        case 'a': out += WEEKDAYS[(x.getUTCDay() + 6) % 7]; break;
        case 'W': out += String(isoWeek(days)); break;
        case 'H': out += pad(hour, 2); break;
        case 'h': out += String(hour); break;
        case 'M': out += pad(minute, 2); break;
        case 'S': out += pad(second, 2); break;
        case '3': out += pad(ms % 1000, 3); break;
        default: fail('format-date: %' + code + ' is not a format code');
      }
    }
    return out;
  }
  // Argument i as a moment (null for empty or NaN); instants: numbers are instants, not days.
  function moment(c, i, instants) {
    var v = c.value(i), days, local = localOff(c.env);
    if (typeof v === 'number') days = v;
    else if (typeof v === 'boolean') fail(c.name + '() needs a date');
    else {
      var s = str(v);
      if (s.trim() === '') return null;
      var m = parseMoment(s);
      if (m) return m;
      if (!NUM_RE.test(s)) fail("'" + s + "' is not a date");
      days = Number(s.replace(/[ \t\n\r]/g, ''));
    }
    if (days !== days) return null;
    if (!isFinite(days) || Math.abs(days) > 1e8) fail('date out of range');
    if (!instants) return { d: Math.trunc(days), t: 0, off: null, dt: false };
    var wall = roundAway(days * DAY) + local * 60000;
    return { d: Math.floor(wall / DAY), t: wall - Math.floor(wall / DAY) * DAY, off: local, dt: true };
  }

  // ---- comparisons -------------------------------------------------------------------
  var FLIP = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
  function cmpNum(op, a, b) {
    switch (op) {
      case '=': return a === b; case '!=': return a !== b; case '<': return a < b;
      case '<=': return a <= b; case '>': return a > b; case '>=': return a >= b;
    }
    return false;
  }
  function cmpAtoms(op, a, b, env) {
    if (op === '=' || op === '!=') {
      var eq;
      if (typeof a === 'boolean' || typeof b === 'boolean') eq = bool(a) === bool(b);
      else if (typeof a === 'number' || typeof b === 'number') eq = num(a, env) === num(b, env);
      else eq = a === b;
      return op === '=' ? eq : !eq;
    }
    return cmpNum(op, num(a, env), num(b, env));
  }
  function cmpSet(op, nodes, other, env) {
    if (typeof other === 'boolean') return cmpAtoms(op, nodes.length > 0, other, env);
    if (typeof other === 'number') return nodes.some(function (n) { return cmpNum(op, strNum(nodeString(n), env), other); });
    if (typeof other === 'string') return nodes.some(function (n) { return cmpAtoms(op, nodeString(n), other, env); });
    return compare(op, nodes, other, env);
  }
  function compare(op, l, r, env) {
    if (isSet(l) && isSet(r)) {
      var rs = r.map(nodeString);
      return l.some(function (n) { var s = nodeString(n); return rs.some(function (t) { return cmpAtoms(op, s, t, env); }); });
    }
    if (isSet(l)) return cmpSet(op, l, r, env);
    if (isSet(r)) return cmpSet(FLIP[op] || op, r, l, env);
    return cmpAtoms(op, l, r, env);
  }

  // ---- paths ---------------------------------------------------------------------------
  function children(n) { return n.c || []; }
  function descendants(n, out) {
    var c = children(n);
    for (var i = 0; i < c.length; i++) { out.push(c[i]); descendants(c[i], out); }
    return out;
  }
  function siblings(n) {
    var p = n.p;
    if (!p || n.k === 'a') return [[], []];
    var all = children(p), i = all.indexOf(n);
    return i < 0 ? [[], []] : [all.slice(0, i), all.slice(i + 1)];
  }
  function ancestors(n) { var out = []; while (n.p) { out.push(n.p); n = n.p; } return out; }
  function axis(n, a) {
    var out, s;
    switch (a) {
      case 'c': return children(n).slice();
      case 'a': return (n.a || []).slice();
      case 's': return [n];
      case 'p': return n.p ? [n.p] : [];
      case 'd': return descendants(n, []);
      case 'ds': return descendants(n, [n]);
      case 'an': return ancestors(n);
      case 'as': return [n].concat(ancestors(n));
      case 'fs': return siblings(n)[1];
      case 'ps': return siblings(n)[0].reverse();
      case 'f':
        out = [];
        if (n.k === 'a' && n.p) descendants(n.p, out);
        for (s = n; s; s = s.p) siblings(s)[1].forEach(function (x) { out.push(x); descendants(x, out); });
        return out;
      case 'pr':
        out = [];
        for (s = n; s; s = s.p) {
          siblings(s)[0].reverse().forEach(function (x) { out = out.concat(descendants(x, [x]).reverse()); });
        }
        return out;
    }
    return [];
  }
  var REVERSE = { an: 1, as: 1, pr: 1, ps: 1 };
  function matches(n, a, test) {
    var principal = a === 'a' ? 'a' : 'e';
    if (test === 'node()') return true;
    if (test === 'text()' || test === 'none()') return false;
    if (n.k !== principal) return false;
    if (test === '*') return true;
    if (test.slice(-2) === ':*') return n.n.indexOf(test.slice(0, -1)) === 0;
    return n.n === test;
  }
  function docOrder(nodes) {
    var seen = new Set(), out = [];
    nodes.slice().sort(function (x, y) { return (x.o || 0) - (y.o || 0); }).forEach(function (n) {
      if (!seen.has(n)) { seen.add(n); out.push(n); }
    });
    return out;
  }
  function predicate(nodes, p, cur, env) {
    if (typeof p === 'number') return p % 1 === 0 && p >= 1 && nodes[p - 1] ? [nodes[p - 1]] : [];
    var size = nodes.length;
    return nodes.filter(function (n, i) {
      var v = ev(p, { node: n, pos: i + 1, size: size, cur: cur }, env);
      return typeof v === 'number' ? v === i + 1 : bool(v);
    });
  }
  function path(e, ctx, env) {
    var start = e[1], nodes;
    if (start === '/') nodes = [env.root];
    else if (start === '.') nodes = [ctx.node];
    else { nodes = ev(start, ctx, env); if (!isSet(nodes)) fail('a path needs a node-set to start from'); }
    for (var i = 2; i < e.length; i++) {
      var st = e[i], out = [];
      for (var j = 0; j < nodes.length; j++) {
        var sel = axis(nodes[j], st[0]).filter(function (n) { return matches(n, st[0], st[1]); });
        for (var k = 2; k < st.length; k++) sel = predicate(sel, st[k], ctx.cur, env);
        out = out.concat(sel);
      }
      nodes = nodes.length > 1 ? docOrder(out) : REVERSE[st[0]] ? out.reverse() : out;
    }
    return nodes;
  }

  // ---- functions -----------------------------------------------------------------------
  function Call(name, args, ctx, env) { this.name = name; this.args = args; this.ctx = ctx; this.env = env; }
  Call.prototype.value = function (i) { return i < this.args.length ? ev(this.args[i], this.ctx, this.env) : ''; };
  Call.prototype.str = function (i) { return i < this.args.length ? str(this.value(i)) : nodeString(this.ctx.node); };
  Call.prototype.num = function (i) { return i < this.args.length ? num(this.value(i), this.env) : strNum(nodeString(this.ctx.node), this.env); };
  Call.prototype.bool = function (i) { return i < this.args.length ? bool(this.value(i)) : false; };
  Call.prototype.nodes = function (i) {
    if (i >= this.args.length) return [this.ctx.node];
    var v = this.value(i);
    if (!isSet(v)) fail(this.name + '() needs a node-set as argument ' + (i + 1));
    return v;
  };
  Call.prototype.strings = function (v) { return isSet(v) ? v.map(nodeString) : [str(v)]; };
  Call.prototype.numbers = function (v) {
    var env = this.env;
    return isSet(v) ? v.map(function (n) { return strNum(nodeString(n), env); }) : [num(v, env)];
  };
  function words(s) { return s.split(/\s+/).filter(function (w) { return w !== ''; }); }
  function chars(s) { return Array.from(s); }
  function within(n, a) { for (; n; n = n.p) if (n === a) return true; return false; }
  function absolutePath(n) {
    var parts = [];
    for (; n; n = n.p) if (n.k === 'e') parts.unshift(n.n); else if (n.k === 'a') parts.unshift('@' + n.n);
    return '/' + parts.join('/');
  }
  function roundTo(x, places) {
    if (!isFinite(x) || places !== places) return places !== places ? NaN : x;
    places = Math.trunc(places);
    if (Math.abs(places) > 30) return NaN;
    var text = numStr(Math.abs(x)), sp = text.split('.'), ip = sp[0], fp = sp[1] || '';
    var dg = (ip + fp).split('').map(Number), keep = ip.length + places, neg = x < 0;
    if (keep < 0) return neg ? -0 : 0;
    var kept = dg.slice(0, keep);
    while (kept.length < keep) kept.push(0);
    var next = dg[keep] || 0, restNonZero = dg.slice(keep + 1).some(function (d) { return d !== 0; });
    if (neg ? next > 5 || (next === 5 && restNonZero) : next >= 5) {
      var i = kept.length;
      for (;;) {
        if (i === 0) { kept.unshift(1); break; }
        i--;
        if (kept[i] === 9) kept[i] = 0; else { kept[i]++; break; }
      }
    }
    var v = Number((kept.join('') || '0') + 'e' + (-places));
    return neg ? -v : v;
  }
  function substr(s, start, end) {
    var cs = chars(s), len = cs.length;
    function clamp(v) {
      v = v !== v ? 0 : Math.trunc(Math.max(-len * 2 - 1, Math.min(len * 2 + 1, v)));
      if (v < 0) v = len + v;
      return Math.max(0, Math.min(len, v));
    }
    var from = clamp(start), to = end === undefined ? len : clamp(end);
    return from <= to ? cs.slice(from, to).join('') : '';
  }
  function regex(pattern) {
    try { return new RegExp('^(?:' + pattern + ')$', 'u'); } catch (e) {
      try { return new RegExp('^(?:' + pattern + ')$'); } catch (e2) { fail("regex: '" + pattern + "' is not a regular expression"); }
    }
  }
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  var F = {
    'last': function (c) { return c.ctx.size == null ? 1 : c.ctx.size; },
    'position': function (c) {
      if (c.args.length === 0 && c.ctx.pos != null) return c.ctx.pos;
      var n = c.nodes(0)[0];
      if (!n) return NaN;
      if (!n.p) return 1;
      var same = children(n.p).filter(function (x) { return x.n === n.n; }), i = same.indexOf(n);
      return i < 0 ? 1 : i + 1;
    },
    'count': function (c) { return c.nodes(0).length; },
    'count-non-empty': function (c) { return c.nodes(0).filter(function (n) { return nodeString(n) !== ''; }).length; },
    'name': function (c) { var n = c.nodes(0)[0]; return n ? n.n || '' : ''; },
    'local-name': function (c) { var n = c.nodes(0)[0]; return n ? (n.n || '').split(':').pop() : ''; },
    'namespace-uri': function (c) { c.nodes(0); return ''; },
    'string': function (c) { return c.str(0); },
    'concat': function (c) {
      var out = '';
      for (var i = 0; i < c.args.length; i++) out += c.strings(c.value(i)).join('');
      return out;
    },
    'join': function (c) {
      var sep = c.str(0), parts = [];
      for (var i = 1; i < c.args.length; i++) parts = parts.concat(c.strings(c.value(i)));
      return parts.join(sep);
    },
    'starts-with': function (c) { return c.str(0).indexOf(c.str(1)) === 0; },
    'ends-with': function (c) { var s = c.str(0), t = c.str(1); return s.length >= t.length && s.slice(s.length - t.length) === t; },
    'contains': function (c) { return c.str(0).indexOf(c.str(1)) >= 0; },
    'substring-before': function (c) { var s = c.str(0), i = s.indexOf(c.str(1)); return i < 0 ? '' : s.slice(0, i); },
    'substring-after': function (c) { var s = c.str(0), t = c.str(1), i = s.indexOf(t); return i < 0 ? '' : s.slice(i + t.length); },
    'substring': function (c) {
      var cs = chars(c.str(0)), start = xround(c.num(1)), len = c.args.length > 2 ? xround(c.num(2)) : Infinity;
      return cs.filter(function (_, i) { return i + 1 >= start && i + 1 < start + len; }).join('');
    },
    'substr': function (c) { return substr(c.str(0), c.num(1), c.args.length > 2 ? c.num(2) : undefined); },
    'string-length': function (c) { return chars(c.str(0)).length; },
    'normalize-space': function (c) { return c.str(0).split(/[ \t\n\r]+/).filter(function (w) { return w; }).join(' '); },
    'translate': function (c) {
      var from = chars(c.str(1)), to = chars(c.str(2));
      return chars(c.str(0)).map(function (ch) { var i = from.indexOf(ch); return i < 0 ? ch : to[i] || ''; }).join('');
    },
    'regex': function (c) { var s = c.str(0); return regex(c.str(1)).test(s); },
    'boolean': function (c) { return c.bool(0); },
    'not': function (c) { return !c.bool(0); },
    'true': function () { return true; },
    'false': function () { return false; },
    'if': function (c) { return c.bool(0) ? c.value(1) : c.value(2); },
    'coalesce': function (c) { var v = c.value(0); return str(v) === '' ? c.value(1) : v; },
    'boolean-from-string': function (c) { var s = c.str(0); return s.toLowerCase() === 'true' || s === '1'; },
    'checklist': function (c) {
      var min = Math.trunc(c.num(0)), max = Math.trunc(c.num(1)), n = 0;
      for (var i = 2; i < c.args.length; i++) n += c.numbers(c.value(i)).filter(function (x) { return x > 0; }).length;
      return (min < 0 || n >= min) && (max < 0 || n <= max);
    },
    'weighted-checklist': function (c) {
      var min = c.num(0), max = c.num(1), total = 0;
      for (var i = 2; i < c.args.length; i += 2) {
        var f = c.numbers(c.value(i)), w = c.numbers(c.value(i + 1));
        if (f.length !== w.length) fail('weighted-checklist: values and weights must match');
        f.forEach(function (x, j) { if (x > 0) total += w[j]; });
      }
      return total >= min && total <= max;
    },
    'once': function (c) { var v = nodeString(c.ctx.cur); return v === '' ? c.value(0) : v; },
    'number': function (c) { return c.num(0); },
    'sum': function (c) {
      var env = c.env;
      return c.nodes(0).map(function (n) { return strNum(nodeString(n), env); }).filter(function (x) { return x === x; }).reduce(function (a, b) { return a + b; }, 0);
    },
    'floor': function (c) { return Math.floor(c.num(0)); },
    'ceiling': function (c) { return Math.ceil(c.num(0)); },
    'round': function (c) { var x = c.num(0); return c.args.length > 1 ? roundTo(x, c.num(1)) : xround(x); },
    'int': function (c) { return Math.trunc(c.num(0)); },
    'pow': function (c) { return Math.pow(c.num(0), c.num(1)); },
    'abs': function (c) { return Math.abs(c.num(0)); },
    'min': function (c) { return extreme(c, Math.min); },
    'max': function (c) { return extreme(c, Math.max); },
    'log': function (c) { return Math.log(c.num(0)); },
    'log10': function (c) { return Math.log10(c.num(0)); },
    'exp': function (c) { return Math.exp(c.num(0)); },
    'exp10': function (c) { return Math.pow(10, c.num(0)); },
    'sqrt': function (c) { return Math.sqrt(c.num(0)); },
    'sin': function (c) { return Math.sin(c.num(0)); },
    'cos': function (c) { return Math.cos(c.num(0)); },
    'tan': function (c) { return Math.tan(c.num(0)); },
    'asin': function (c) { return Math.asin(c.num(0)); },
    'acos': function (c) { return Math.acos(c.num(0)); },
    'atan': function (c) { return Math.atan(c.num(0)); },
    'atan2': function (c) { return Math.atan2(c.num(0), c.num(1)); },
    'pi': function () { return Math.PI; },
    'random': function (c) { return c.env.random(); },
    'uuid': function (c) {
      if (c.args.length === 0) return c.env.uuid();
      var n = c.num(0), out = '';
      if (!(n >= 0 && n <= 10000)) fail('uuid: the length must be between 0 and 10000');
      for (var i = 0; i < Math.floor(n); i++) out += ALPHABET[Math.min(35, Math.floor(c.env.random() * 36))];
      return out;
    },
    'instance': function (c) {
      var id = c.str(0), root = c.env.instance(id);
      if (!root) fail("there is no secondary instance with id '" + id + "'");
      return [root];
    },
    'current': function (c) { return [c.ctx.cur]; },
    'indexed-repeat': function (c) {
      var targets = c.nodes(0), scope = null;
      for (var i = 1; i < c.args.length; i += 2) {
        var repeats = c.nodes(i).filter(function (r) { return scope === null || (r !== scope && within(r, scope)); });
        var idx = c.num(i + 1), chosen = idx % 1 === 0 && idx >= 1 ? repeats[idx - 1] : undefined;
        if (!chosen) return [];
        scope = chosen;
      }
      var found = targets.filter(function (t) { return scope !== null && within(t, scope); })[0];
      return found ? [found] : [];
    },
    'pulldata': function (c) {
      var id = c.str(0), wanted = c.str(1), key = c.str(2), value = c.str(3), doc = c.env.instance(id);
      if (!doc) fail("there is no secondary instance with id '" + id + "'");
      function named(p, n) { return children(p).filter(function (x) { return x.n === n; }); }
      var tops = named(doc, 'root');
      for (var i = 0; i < tops.length; i++) {
        var items = named(tops[i], 'item');
        for (var j = 0; j < items.length; j++) {
          if (named(items[j], key).some(function (k) { return nodeString(k) === value; })) {
            var w = named(items[j], wanted)[0];
            return w ? nodeString(w) : '';
          }
        }
      }
      return '';
    },
    'selected': function (c) { var a = words(c.str(0)), w = c.str(1).trim(); return a.indexOf(w) >= 0; },
    'count-selected': function (c) { return words(c.str(0)).length; },
    'selected-at': function (c) { var i = Math.trunc(c.num(1)); return i >= 0 ? words(c.str(0))[i] || '' : ''; },
    'jr:choice-name': function (c) {
      var value = c.str(0), q = c.args[1], question;
      if (Array.isArray(q) && q[0] === 'cn') {
        var found = q[2] ? ev(q[2], c.ctx, c.env) : null;
        question = isSet(found) && found.length ? absolutePath(found[0]) : q[1].trim();
      } else question = c.str(1).trim();
      return (c.env.choiceLabel && c.env.choiceLabel(question, value)) || '';
    },
    'version': function (c) { return c.env.version || ''; },
    'today': function (c) { var now = c.env.now(); return fmtDate(Math.floor((now.ms + now.off * 60000) / DAY)); },
    'now': function (c) { var now = c.env.now(); return fmtDateTime(now.ms + now.off * 60000, now.off); },
    'date': function (c) { var m = moment(c, 0, false); return m ? fmtDate(m.d) : ''; },
    'date-time': function (c) {
      var m = moment(c, 0, true);
      if (!m) return '';
      var off = m.dt && m.off !== null ? m.off : localOff(c.env);
      return fmtDateTime(m.d * DAY + Math.floor(m.t), off);
    },
    'decimal-date': function (c) { var m = moment(c, 0, false); return m ? m.d : ''; },
    'decimal-date-time': function (c) { var m = moment(c, 0, true); return m ? momentDays(m, localOff(c.env)) : ''; },
    'decimal-time': function (c) {
      var v = c.value(0);
      if (typeof v === 'number') return v - Math.floor(v);
      var s = str(v).trim();
      if (s === '') return '';
      var t = parseTime(s);
      if (!t) { var m = parseMoment(s); if (!m || !m.dt) fail("'" + s + "' is not a time"); t = m; }
      var local = localOff(c.env), shift = t.off === null ? 0 : (local - t.off) * 60;
      var secs = t.t / 1000 + shift, r = ((secs % 86400) + 86400) % 86400;
      return r / 86400;
    },
    'format-date': function (c) { var f = c.str(1), m = moment(c, 0, false); return m ? formatCodes(m.d, m.t, f) : ''; },
    'format-date-time': function (c) { var f = c.str(1), m = moment(c, 0, true); return m ? formatCodes(m.d, m.t, f) : ''; }
  };
  function extreme(c, pick) {
    var all = [];
    for (var i = 0; i < c.args.length; i++) all = all.concat(c.numbers(c.value(i)));
    all = all.filter(function (x) { return x === x; });
    return all.length ? all.reduce(function (a, b) { return pick(a, b); }) : NaN;
  }

  // ---- the interpreter -------------------------------------------------------------------
  function ev(e, ctx, env) {
    if (typeof e === 'number' || typeof e === 'string') return e;
    var op = e[0], l, r;
    switch (op) {
      case 'or': return bool(ev(e[1], ctx, env)) || bool(ev(e[2], ctx, env));
      case 'and': return bool(ev(e[1], ctx, env)) && bool(ev(e[2], ctx, env));
      case '=': case '!=': case '<': case '<=': case '>': case '>=':
        return compare(op, ev(e[1], ctx, env), ev(e[2], ctx, env), env);
      case '+': case '-': case '*': case 'div': case 'mod':
        l = num(ev(e[1], ctx, env), env); r = num(ev(e[2], ctx, env), env);
        return op === '+' ? l + r : op === '-' ? l - r : op === '*' ? l * r : op === 'div' ? l / r : l % r;
      case '|':
        l = ev(e[1], ctx, env); r = ev(e[2], ctx, env);
        if (!isSet(l) || !isSet(r)) fail("the '|' operator needs node-sets");
        return docOrder(l.concat(r));
      case 'neg': return -num(ev(e[1], ctx, env), env);
      case 'f': return F[e[1]](new Call(e[1], e.slice(2), ctx, env));
      case 'p': return path(e, ctx, env);
      case 'flt':
        var nodes = ev(e[1], ctx, env);
        if (!isSet(nodes)) fail('a predicate [...] needs a node-set');
        for (var i = 2; i < e.length; i++) nodes = predicate(nodes, e[i], ctx.cur, env);
        return nodes;
    }
    fail('unknown operation ' + op);
  }

  // Numbers every node of the given documents in document order (attributes before children).
  function renumber(docs) {
    var o = 0;
    function walk(n) {
      n.o = o++;
      (n.a || []).forEach(function (a) { a.o = o++; a.p = n; });
      (n.c || []).forEach(function (c) { c.p = n; walk(c); });
    }
    docs.forEach(walk);
  }

  return {
    evaluate: function (e, node, env) { return ev(e, { node: node, pos: null, size: null, cur: node }, env); },
    string: str, number: num, boolean: bool, nodeString: nodeString, numberToString: numStr,
    renumber: renumber, fmtDateTime: fmtDateTime, fmtDate: fmtDate, parseMoment: parseMoment
  };
})();
if (typeof module !== 'undefined') module.exports = XPathRuntime;
