/* vanban tracking: re-reads "chưa đến hạn" / "quá hạn" against the reader's date. The page was built
   with statuses as of its build day (said on the page) and is complete without this script; here, rows
   not yet fulfilled whose due date has passed since then are marked overdue, and a note says so.
   Only the reader's clock moves them forward: a clock behind the build day changes nothing. Rows with no due
   ("Chưa thấy văn bản thực hiện") or not followed by documents carry no data-vb-due: they never fall due. No library. */
(function () {
  'use strict';

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function shown(iso) { var p = iso.split('-'); return p[2] + '/' + p[1] + '/' + p[0]; }

  var now = new Date();
  var today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  var notes = document.querySelectorAll('[data-vb-recheck]');

  function recheck(note) {
    var d = note.dataset;
    if (!d.vbAsof || today < d.vbAsof) return;
    var rows = note.parentNode.querySelectorAll('tr[data-vb-due]');
    var changed = 0, overdue = 0, open = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], was = row.getAttribute('data-vb-status');
      var is = row.getAttribute('data-vb-due') < today ? 'overdue' : 'open';
      if (is === 'overdue') { overdue++; } else { open++; }
      if (is === was) continue;
      changed++;
      row.classList.remove('vb-track__row--' + was);
      row.classList.add('vb-track__row--' + is);
      row.setAttribute('data-vb-status', is);
      var cell = row.querySelector('.vb-status');
      cell.className = 'vb-status vb-status--' + is;
      cell.firstElementChild.textContent = d[is === 'overdue' ? 'vbMarkOverdue' : 'vbMarkOpen'];
      cell.lastChild.textContent = ' ' + d[is === 'overdue' ? 'vbOverdue' : 'vbOpen'];
    }
    note.textContent = 'Tính lại theo ngày hôm nay (' + shown(today) + '): ' +
      (changed ? changed + ' nhiệm vụ vừa quá hạn' : 'không nhiệm vụ nào đổi tình trạng') +
      '; trong ' + rows.length + ' nhiệm vụ có hạn chưa thực hiện, ' + overdue + ' quá hạn, ' +
      open + ' chưa đến hạn.';
    var count = note.parentNode.querySelector('.vb-count');  /* beside "Tính đến ngày …", where it is read */
    if (count) count.parentNode.insertBefore(note, count.nextSibling);
    note.hidden = false;
  }

  for (var i = 0; i < notes.length; i++) recheck(notes[i]);
})();
