// sigbench perceive: plays one stimulus at a time in real time and posts the answer.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var canvas = $("stage"), ctx = canvas.getContext("2d");
  var state = { trial: null, stim: null, start: 0, yaw: 0, pitch: 0.15, dragging: false, lastX: 0, lastY: 0,
    userRotated: false, answer: null, confidence: 0, shownAt: 0, busy: false };

  function status(text) { $("status").textContent = text || ""; }

  function request(method, url, body) {
    var init = { method: method, credentials: "same-origin", headers: {} };
    if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j && j.error ? j.error : "HTTP " + r.status); }
        return j;
      });
    });
  }

  function resize() {
    var w = Math.round(canvas.clientWidth * (window.devicePixelRatio || 1));
    if (w > 0 && canvas.width !== w) { canvas.width = w; canvas.height = w; }
  }

  // position of point i projected on the canvas: centre the unit box, rotate (yaw, pitch) for 3D
  function project(p, w) {
    var x = p[1] - 0.5, y = p[2] - 0.5, z = state.stim.dims === 3 ? p[3] - 0.5 : 0;
    if (state.stim.dims === 3) {
      var cy = Math.cos(state.yaw), sy = Math.sin(state.yaw), cp = Math.cos(state.pitch), sp = Math.sin(state.pitch);
      var x1 = cy * x + sy * z, z1 = -sy * x + cy * z;
      var y1 = cp * y - sp * z1, z2 = sp * y + cp * z1;
      x = x1; y = y1; z = z2;
    }
    var s = w * 0.78;
    return [w / 2 + x * s, w / 2 - y * s, z];
  }

  function draw(now) {
    requestAnimationFrame(draw);
    if (!state.stim) { return; }
    resize();
    var w = canvas.width, pts = state.stim.points, elapsed = (now - state.start) / 1000;
    // 3D: a slow swing about the front view (about +-30 degrees, period 16 s) until the user drags
    if (state.stim.dims === 3 && !state.dragging && !state.userRotated) { state.yaw = 0.5 * Math.sin(now / 2500); }
    ctx.clearRect(0, 0, w, w);
    var n = 0;
    while (n < pts.length && pts[n][0] <= elapsed) { n++; }
    if (n === 0) { n = 1; }
    ctx.lineCap = "round"; ctx.lineJoin = "round";
    ctx.strokeStyle = "rgba(31, 95, 168, 0.85)"; ctx.lineWidth = Math.max(2, w / 220);
    ctx.beginPath();
    for (var i = 0; i < n; i++) {
      var q = project(pts[i], w);
      if (i === 0) { ctx.moveTo(q[0], q[1]); } else { ctx.lineTo(q[0], q[1]); }
    }
    var head = project(pts[n - 1], w);
    if (n < pts.length) {
      var a = pts[n - 1], b = pts[n], f = Math.min(1, Math.max(0, (elapsed - a[0]) / (b[0] - a[0] || 1)));
      var mid = [0, a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2]), a.length > 3 ? a[3] + f * (b[3] - a[3]) : 0];
      head = project(mid, w);
      ctx.lineTo(head[0], head[1]);
    }
    ctx.stroke();
    ctx.fillStyle = n < pts.length ? "#d9480f" : "#888";
    ctx.beginPath(); ctx.arc(head[0], head[1], Math.max(5, w / 80), 0, 2 * Math.PI); ctx.fill();
  }

  function replay() { state.start = performance.now(); }

  function select(cls, el) {
    var all = document.querySelectorAll("." + cls);
    for (var i = 0; i < all.length; i++) { all[i].classList.toggle("selected", all[i] === el); }
    $("submit").disabled = !(state.answer && state.confidence);
  }

  function show(next) {
    $("progress").textContent = next.trial ? "Movement " + (next.position + 1) + " of " + next.total
      : "Done: " + next.total + " of " + next.total;
    if (!next.trial) { $("trial").hidden = true; $("done").hidden = false; state.stim = null; return Promise.resolve(); }
    return request("GET", "/api/stimulus/" + next.trial).then(function (stim) {
      state.trial = next.trial; state.stim = stim; state.answer = null; state.confidence = 0; state.userRotated = false;
      state.yaw = 0; state.pitch = stim.dims === 3 ? 0.15 : 0;
      select("choice", null); select("conf", null);
      $("hint").textContent = stim.dims === 3 ? "Watch the movement. Drag to rotate." : "Watch the movement.";
      $("trial").hidden = false; $("done").hidden = true;
      canvas.setAttribute("data-trial", next.trial);
      state.shownAt = performance.now(); replay();
    });
  }

  function submit() {
    if (state.busy || !state.answer || !state.confidence) { return; }
    state.busy = true; $("submit").disabled = true; status("");
    var body = { trial: state.trial, answer: state.answer, confidence: state.confidence,
      responseMs: Math.round(performance.now() - state.shownAt) };
    request("POST", "/api/answer", body).then(show).catch(function (e) {
      status("Could not save the answer: " + e.message + ". Reloading…");
      return request("GET", "/api/next").then(show);
    }).catch(function (e) { status("Server unreachable: " + e.message); $("submit").disabled = false; })
      .then(function () { state.busy = false; });
  }

  canvas.addEventListener("pointerdown", function (e) {
    state.dragging = true; state.userRotated = true; state.lastX = e.clientX; state.lastY = e.clientY;
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener("pointermove", function (e) {
    if (!state.dragging || !state.stim || state.stim.dims !== 3) { return; }
    state.yaw += (e.clientX - state.lastX) * 0.01;
    state.pitch = Math.max(-1.5, Math.min(1.5, state.pitch + (e.clientY - state.lastY) * 0.01));
    state.lastX = e.clientX; state.lastY = e.clientY;
  });
  canvas.addEventListener("pointerup", function () { state.dragging = false; });
  canvas.addEventListener("pointercancel", function () { state.dragging = false; });
  $("replay").addEventListener("click", replay);
  $("submit").addEventListener("click", submit);
  Array.prototype.forEach.call(document.querySelectorAll(".choice"), function (b) {
    b.addEventListener("click", function () { state.answer = b.getAttribute("data-answer"); select("choice", b); });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".conf"), function (b) {
    b.addEventListener("click", function () { state.confidence = +b.getAttribute("data-confidence"); select("conf", b); });
  });

  requestAnimationFrame(draw);
  request("GET", "/api/next").then(show).catch(function (e) { status("Cannot load the test: " + e.message); });
})();
