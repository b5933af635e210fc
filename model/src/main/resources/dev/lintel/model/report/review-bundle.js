// Pan and zoom of the inline diagram by rewriting the SVG viewBox; no libraries, no requests.
(function () {
  var svg = document.getElementById('diagram-svg');
  if (!svg) { return; }
  var initial = svg.getAttribute('viewBox').split(' ').map(Number);
  var box = initial.slice();
  function apply() { svg.setAttribute('viewBox', box.join(' ')); }
  function zoom(factor, cx, cy) {
    var w = box[2] / factor, h = box[3] / factor;
    box[0] = cx - (cx - box[0]) / factor;
    box[1] = cy - (cy - box[1]) / factor;
    box[2] = w; box[3] = h;
    apply();
  }
  function toDiagram(evt) {
    var r = svg.getBoundingClientRect();
    var s = Math.max(box[2] / r.width, box[3] / r.height);
    var ox = box[0] + (box[2] - r.width * s) / 2, oy = box[1] + (box[3] - r.height * s) / 2;
    return [ox + (evt.clientX - r.left) * s, oy + (evt.clientY - r.top) * s, s];
  }
  svg.addEventListener('wheel', function (evt) {
    evt.preventDefault();
    var p = toDiagram(evt);
    zoom(evt.deltaY < 0 ? 1.15 : 1 / 1.15, p[0], p[1]);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('mousedown', function (evt) { drag = toDiagram(evt); });
  window.addEventListener('mouseup', function () { drag = null; });
  window.addEventListener('mousemove', function (evt) {
    if (!drag) { return; }
    var p = toDiagram(evt);
    box[0] -= p[0] - drag[0]; box[1] -= p[1] - drag[1];
    apply();
  });
  function center() { return [box[0] + box[2] / 2, box[1] + box[3] / 2]; }
  document.querySelectorAll('[data-zoom]').forEach(function (b) {
    b.addEventListener('click', function () {
      var f = Number(b.getAttribute('data-zoom'));
      if (f === 0) { box = initial.slice(); apply(); } else { var c = center(); zoom(f, c[0], c[1]); }
    });
  });
  window.addEventListener('keydown', function (evt) {
    if (evt.target.tagName === 'INPUT' || evt.target.tagName === 'TEXTAREA') { return; }
    var c = center();
    if (evt.key === '+' || evt.key === '=') { zoom(1.25, c[0], c[1]); }
    else if (evt.key === '-') { zoom(0.8, c[0], c[1]); }
    else if (evt.key === '0') { box = initial.slice(); apply(); }
  });
})();
