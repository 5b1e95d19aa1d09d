// The virtual-training-capacity connection check: measures round-trip latency, download and
// upload throughput against this server (never a third party), several samples each, and
// puts the medians into the form for the CSO to save. Texts come from the page, translated.
(function () {
  "use strict";
  var form = document.getElementById("connection-check");
  if (!form || !window.fetch || !window.performance) return;
  var start = document.getElementById("start-check");
  var save = document.getElementById("save-check");
  var bar = document.getElementById("check-progress");
  var status = document.getElementById("check-status");
  var PINGS = 7, DOWNLOADS = 4, UPLOADS = 4;
  var DOWNLOAD_BYTES = 512 * 1024, UPLOAD_BYTES = 256 * 1024;
  var steps = PINGS + DOWNLOADS + UPLOADS, done = 0;

  function median(values) {
    var s = values.slice().sort(function (a, b) { return a - b; });
    var m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
  function tick() { done += 1; bar.value = Math.round((100 * done) / steps); }
  function say(key, value) { return form.dataset[key].replace("{$value}", value); }
  function url(path) { return path + (path.indexOf("?") < 0 ? "?" : "&") + "n=" + Math.random(); }

  async function timed(request) {
    var t0 = performance.now();
    var response = await request();
    if (!response.ok) throw new Error("HTTP " + response.status);
    await response.arrayBuffer();
    return performance.now() - t0;
  }

  async function run() {
    start.disabled = true; save.hidden = true; bar.hidden = false; bar.value = 0; done = 0;
    status.textContent = form.dataset.running;
    var samples = { latency_ms: [], download_kbps: [], upload_kbps: [] };
    var headers = { "X-CSRF-Token": form.dataset.csrf };
    try {
      for (var i = 0; i < PINGS; i++) {
        samples.latency_ms.push(await timed(function () { return fetch(url("/connection-check/ping"), { cache: "no-store", credentials: "same-origin" }); }));
        tick();
      }
      for (var d = 0; d < DOWNLOADS; d++) {
        var ms = await timed(function () { return fetch(url("/connection-check/download?bytes=" + DOWNLOAD_BYTES), { cache: "no-store", credentials: "same-origin" }); });
        samples.download_kbps.push((DOWNLOAD_BYTES * 8) / ms);
        tick();
      }
      var payload = new Uint8Array(UPLOAD_BYTES);
      if (window.crypto && crypto.getRandomValues) {
        for (var o = 0; o < payload.length; o += 65536) crypto.getRandomValues(payload.subarray(o, o + 65536));
      }
      for (var u = 0; u < UPLOADS; u++) {
        var upMs = await timed(function () {
          return fetch(url("/connection-check/upload"), { method: "POST", body: payload, headers: headers, cache: "no-store", credentials: "same-origin" });
        });
        samples.upload_kbps.push((UPLOAD_BYTES * 8) / upMs);
        tick();
      }
    } catch (err) {
      status.textContent = form.dataset.failed;
      start.disabled = false;
      return;
    }
    // The first ping pays for connection set-up, so it is not counted in the median.
    var latency = median(samples.latency_ms.slice(1));
    var down = median(samples.download_kbps), up = median(samples.upload_kbps);
    form.elements.latency_ms.value = Math.round(latency);
    form.elements.download_kbps.value = Math.round(down);
    form.elements.upload_kbps.value = Math.round(up);
    form.elements.samples.value = JSON.stringify(samples);
    status.textContent = [say("latency", Math.round(latency)), say("download", Math.round(down)), say("upload", Math.round(up))].join(" · ");
    start.disabled = false;
    save.hidden = false;
  }

  start.hidden = false;
  start.addEventListener("click", run);
})();
