/* vanban: rows fallen due since the build re-marked overdue by the reader's date, said in a note; a grouped
   panel's rows moved, its counts said again, a group of 8 rows or fewer open (partials/task_rows.html). */
(function () {
  'use strict';

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function shown(iso) { var p = iso.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  var now = new Date();
  var today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  var notes = document.querySelectorAll('[data-vb-recheck]');

  function regroup(box, moved, label) {
    var open = box.querySelector('#vb-track-open'), head = box.querySelector('#vb-track-overdue');
    if (!open || !moved.length) return;
    if (!head) {  /* none at build: the open group's shape (folded or not), made before it */
      var at = open.closest('details') || open, made = at.cloneNode(true);
      box.insertBefore(made, at);
      if (at === open) box.insertBefore(open.nextElementSibling.cloneNode(true), at);
      head = at === open ? made : made.firstElementChild;
      head.id = 'vb-track-overdue';
      head.textContent = label + ' (0)';
      made.open = true;  /* what an official looks for */
      head.nextElementSibling.querySelector('tbody').innerHTML = '';
    }
    var into = head.nextElementSibling.querySelector('tbody');
    for (var i = 0; i < moved.length; i++) into.appendChild(moved[i]);
    var heads = box.querySelectorAll('.vb-track__group-h');
    for (var j = 0; j < heads.length; j++) {
      var h = heads[j], n = h.nextElementSibling.querySelectorAll('tbody tr').length;
      var fold = h.closest('details');
      if (n) { h.textContent = h.textContent.replace(/\(\d+\)$/, '(' + n + ')'); if (n < 9 && fold) fold.open = true; continue; }
      if (fold) { box.removeChild(fold); continue; }
      box.removeChild(h.nextElementSibling);
      box.removeChild(h);
    }
  }

  function recheck(note) {
    var d = note.dataset, box = note.parentNode;
    if (!d.vbAsof || today <= d.vbAsof) return;
    var rows = box.querySelectorAll('tr[data-vb-due]');
    var changed = [], overdue = 0, open = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], was = row.getAttribute('data-vb-status');
      var is = row.getAttribute('data-vb-due') < today ? 'overdue' : 'open';
      if (is === 'overdue') { overdue++; } else { open++; }
      if (is === was) continue;
      changed.push(row);
      row.classList.remove('vb-track__row--' + was);
      row.classList.add('vb-track__row--' + is);
      row.setAttribute('data-vb-status', is);
      var cell = row.querySelector('.vb-status');
      cell.className = 'vb-status vb-status--' + is;
      cell.firstElementChild.textContent = d[is === 'overdue' ? 'vbMarkOverdue' : 'vbMarkOpen'];
      cell.lastChild.textContent = ' ' + d[is === 'overdue' ? 'vbOverdue' : 'vbOpen'];
    }
    regroup(box, changed, d.vbOverdue);
    note.textContent = 'Tính lại theo ngày hôm nay (' + shown(today) + '): ' +
      (changed.length ? changed.length + ' nhiệm vụ vừa quá hạn' : 'không nhiệm vụ nào đổi tình trạng') +
      '; trong ' + rows.length + ' nhiệm vụ có hạn chưa thực hiện, ' + overdue + ' quá hạn, ' +
      open + ' chưa đến hạn.';
    /* beside the "Tính đến ngày …" before it (a unit page has another count above) */
    var count = note.previousElementSibling;
    while (count && !count.classList.contains('vb-count')) count = count.previousElementSibling;
    if (count) box.insertBefore(note, count.nextSibling);
    note.hidden = false;
  }

  for (var i = 0; i < notes.length; i++) recheck(notes[i]);
})();
