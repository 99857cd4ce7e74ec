// A little convenience; every page works without it.
document.addEventListener("keydown", function (e) {
  if (e.key === "/" && document.activeElement === document.body) {
    var q = document.querySelector('input[name="q"]');
    if (q) { e.preventDefault(); q.focus(); }
  }
});
