// The start page: ask the server for the estimated time and disk as the choices change.
(function () {
  var form = document.getElementById('compare');
  var out = document.getElementById('estimate');
  if (!form || !out) return;
  var fields = ['scenario', 'replications', 'years', 'municipality', 'residents', 'districts'];
  var timer = null;
  function update() {
    var data = new FormData(form);
    var q = new URLSearchParams();
    fields.forEach(function (f) { data.getAll(f).forEach(function (v) { q.append(f, v); }); });
    fetch('/estimate?' + q.toString(), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (j) { out.textContent = j.text || j.error || ''; })
      .catch(function () { out.textContent = ''; });
  }
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 300); });
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(update, 100); });
  update();
})();
