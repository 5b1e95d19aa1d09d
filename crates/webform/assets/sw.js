// The web form's service worker: the form page network first (the cached copy when the
// network fails or is too slow), its assets and media cache first (refreshed in the
// background), and the queued submissions sent on a background sync.
'use strict';
var CACHE = 'datashift-webform-v1';
var SLOW_MS = 8000;

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (e) { e.waitUntil(self.clients.claim()); });

function put(request, response) {
  if (!response || !response.ok || response.type === 'opaque') return;
  var copy = response.clone();
  return caches.open(CACHE).then(function (c) { return c.put(request, copy); });
}

// The page asks for what it loaded before this worker was in control.
self.addEventListener('message', function (e) {
  if (!e.data || e.data.type !== 'cache' || !Array.isArray(e.data.urls)) return;
  e.waitUntil(Promise.all(e.data.urls.map(function (url) {
    if (new URL(url).origin !== self.location.origin) return null;
    return caches.match(url).then(function (hit) {
      if (hit) return null;
      return fetch(url, { credentials: 'same-origin' }).then(function (r) { return put(url, r); }).catch(function () {});
    });
  })));
});

self.addEventListener('fetch', function (e) {
  var req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith(new Promise(function (resolve) {
      var done = false;
      function fallback() {
        return caches.match(req, { ignoreVary: true }).then(function (hit) { return hit || caches.match(req, { ignoreSearch: true }); });
      }
      var timer = setTimeout(function () {
        fallback().then(function (hit) { if (hit && !done) { done = true; resolve(hit); } });
      }, SLOW_MS);
      fetch(req).then(function (res) {
        clearTimeout(timer);
        e.waitUntil(Promise.resolve(put(req, res)));
        if (!done) { done = true; resolve(res); }
      }, function () {
        clearTimeout(timer);
        fallback().then(function (hit) { if (!done) { done = true; resolve(hit || Response.error()); } });
      });
    }));
    return;
  }
  e.respondWith(caches.match(req).then(function (hit) {
    var net = fetch(req).then(function (res) { e.waitUntil(Promise.resolve(put(req, res))); return res; });
    if (hit) { e.waitUntil(net.catch(function () {})); return hit; }
    return net;
  }));
});

// ---- background sync: the same queue the page writes (IndexedDB 'datashift-webform') ----
function openDb() {
  return new Promise(function (resolve, reject) {
    var r = indexedDB.open('datashift-webform', 1);
    r.onupgradeneeded = function () { r.result.createObjectStore('queue', { keyPath: 'id' }); r.result.createObjectStore('drafts', { keyPath: 'key' }); };
    r.onsuccess = function () { resolve(r.result); };
    r.onerror = function () { reject(r.error); };
  });
}
function op(db, mode, fn) {
  return new Promise(function (resolve, reject) {
    var tx = db.transaction('queue', mode), req = fn(tx.objectStore('queue'));
    tx.oncomplete = function () { resolve(req.result); };
    tx.onerror = function () { reject(tx.error); };
  });
}
function openRosaMessage(text) {
  var m = /<message[^>]*>([\s\S]*?)<\/message>/.exec(text);
  return (m ? m[1] : text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim().slice(0, 300);
}
function flush() {
  return openDb().then(function (db) {
    return op(db, 'readonly', function (s) { return s.getAll(); }).then(function (items) {
      var chain = Promise.resolve();
      items.filter(function (i) { return i.state !== 'failed'; }).sort(function (a, b) { return a.at - b.at; }).forEach(function (item) {
        chain = chain.then(function () {
          var body = new FormData();
          body.append('xml_submission_file', new Blob([item.xml], { type: 'text/xml' }), 'submission.xml');
          (item.files || []).forEach(function (f) { body.append(f.name, f.blob, f.name); });
          return fetch(item.url, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'X-OpenRosa-Version': '1.0' } }).then(function (res) {
            if (res.status === 201) return op(db, 'readwrite', function (s) { return s.delete(item.id); });
            return res.text().then(function (t) {
              if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
                item.state = 'failed';
                item.message = openRosaMessage(t);
                return op(db, 'readwrite', function (s) { return s.put(item); });
              }
              throw new Error('server error ' + res.status);
            });
          });
        });
      });
      return chain;
    });
  }).finally(function () {
    return self.clients.matchAll().then(function (cs) { cs.forEach(function (c) { c.postMessage({ type: 'queue-changed' }); }); });
  });
}
self.addEventListener('sync', function (e) {
  if (e.tag !== 'datashift-webform-send') return;
  var locks = self.navigator && self.navigator.locks;
  e.waitUntil(locks ? locks.request('datashift-webform-queue', flush) : flush());
});
