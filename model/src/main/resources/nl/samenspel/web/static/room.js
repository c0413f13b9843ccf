// The teacher's screen: reload when anything changed (a student joined or answered, a round ended).
(function () {
  var box = document.getElementById('room-state');
  if (!box) return;
  function poll() {
    fetch(box.getAttribute('data-state'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (String(s.version) !== box.getAttribute('data-version')) { window.location.reload(); return; }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 1000);
})();
