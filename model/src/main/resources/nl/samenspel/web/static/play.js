// A student's phone: reload when her screen must change (a round starts or ends).
(function () {
  var box = document.getElementById('play');
  if (!box) return;
  function poll() {
    fetch(box.getAttribute('data-state'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.view && s.view !== box.getAttribute('data-view')) { window.location.reload(); return; }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 1000);
})();
