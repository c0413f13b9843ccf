// The progress page: poll the job's status every second; every tab polls the same job, so all see the same progress.
(function () {
  var box = document.getElementById('progress');
  if (!box) return;
  var bar = document.getElementById('bar');
  var line = document.getElementById('line');
  var elapsed = document.getElementById('elapsed');
  function poll() {
    fetch(box.getAttribute('data-status'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        box.setAttribute('data-state', s.state);
        if (s.total) { bar.max = s.total; bar.value = s.done; }
        if (line.textContent !== s.line) line.textContent = s.line;
        if (s.elapsed) elapsed.textContent = s.elapsed;
        if (s.state === 'DONE') { window.location.reload(); return; }
        if (s.state === 'FAILED' || s.state === 'CANCELLED') {
          var c = document.getElementById('cancel-form');
          if (c) c.remove();
          return;
        }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
