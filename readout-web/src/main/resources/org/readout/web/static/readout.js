// Progressive enhancement only: every page works without this file.
// A pair link scrolls its counterpart into view and flashes it.
document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a.pair');
  if (!a) { return; }
  var target = document.getElementById(a.getAttribute('data-target'));
  if (!target) { return; }
  e.preventDefault();
  target.scrollIntoView({block: 'center'});
  document.querySelectorAll('.sent.flash').forEach(function (s) { s.classList.remove('flash'); });
  target.classList.add('flash');
  history.replaceState(null, '', '#' + target.id);
});

// A heatmap cell loads its evidence sentences below the chart (htmx) instead of opening the evidence page.
document.addEventListener('click', function (e) {
  var cell = e.target.closest && e.target.closest('svg a.cell');
  if (!cell || !window.htmx) { return; }
  e.preventDefault();
  var href = cell.getAttribute('href');
  htmx.ajax('GET', href + '&fragment=1', {target: '#evidence', swap: 'innerHTML'}).then(function () {
    document.getElementById('evidence').scrollIntoView({block: 'nearest'});
  });
});
