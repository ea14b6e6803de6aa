  /* ------------------------------------------------------------------ highlighting */

  /* The syllables of a text with their places, and whether a phrase break comes before each. */
  function tokens(text) {
    var re = new RegExp('(' + SYLLABLE + ')|' + PHRASE_BREAK, 'gi'), out = [], broken = false, m;
    while ((m = re.exec(text))) {
      if (!m[1]) { broken = true; continue; }
      var word = lower(m[1]);
      out.push({ start: m.index, end: m.index + m[1].length, word: word, folded: fold(word), afterBreak: broken });
      broken = false;
    }
    return out;
  }
  function wordBits(p, folded) {
    var bits = 0, n = p.words.length;
    for (var i = 0; i < n; i++) {
      if (folded === p.words[i] || (p.prefix && i === n - 1 && folded.lastIndexOf(p.prefix, 0) === 0)) bits |= 1 << i;
    }
    return bits;
  }
  function exactBits(p, word) {
    var bits = 0;
    for (var i = 0; i < p.exact.length; i++) if (word === p.exact[i]) bits |= 1 << i;
    return bits;
  }
  /* Marks the phrase (adjacent query pairs) and syllables as typed; a syllable matching only once folded
     is marked when its query syllable found nothing better in the row ("số" and "sơ" for "so" are not
     marked beside "chuyển đổi số"). */
  function markPlan(p, texts) {
    var perText = texts.map(tokens), strong = 0;
    perText.forEach(function (list) {
      var kept = list.filter(function (t, i) {  /* "số" before a number is not part of a phrase */
        return !(t.folded === 'so' && i + 1 < list.length && startsWithDigit(list[i + 1].word) && !list[i + 1].afterBreak);
      });
      kept.forEach(function (t, i) {
        var next = kept[i + 1];
        if (next && !next.afterBreak && p.pairs[t.folded + '_' + next.folded]) {
          var bits = p.pairs[t.folded + '_' + next.folded];
          t.phrase = next.phrase = true;
          strong |= bits | bits << 1;
        }
        t.exact = exactBits(p, t.word);
        strong |= t.exact;
      });
    });
    return perText.map(function (list) {
      return list.filter(function (t) {
        return t.phrase || t.exact || (wordBits(p, t.folded) & ~strong);
      });
    });
  }
  function markedInto(el, text, marks) {
    var at = 0;
    marks.forEach(function (t) {
      el.appendChild(document.createTextNode(text.slice(at, t.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(t.start, t.end);
      el.appendChild(mark);
      at = t.end;
    });
    el.appendChild(document.createTextNode(text.slice(at)));
    return el;
  }

  /* ------------------------------------------------------------------ rendering */

  /* A trích yếu as every listing shows it (the "capitalised" filter): originals write it after "V/v" in
     lower case; only the first letter changes, so the marks' places hold. */
  function capitalised(text) {
    var first = text ? text.charAt(0).toUpperCase() : '';
    return first.length === 1 ? first + text.slice(1) : text;
  }
  function span(className, text, marks) {
    var el = document.createElement('span');
    el.className = className;
    return markedInto(el, text, marks);
  }
  /* The badge of a listing row with open import doubts, as partials/doc_row.html writes it
     (vanban.mkdocs.task_tables.unverified_badge): seen "chưa đối chiếu", the fields read by screen readers. */
  function doubtBadge(names) {
    var badge = document.createElement('span'), hidden = document.createElement('span');
    badge.className = 'vb-badge vb-badge--unverified';
    badge.textContent = 'chưa đối chiếu';
    hidden.className = 'vb-visually-hidden';
    hidden.textContent = ': ' + names + ' do máy đọc';
    badge.appendChild(hidden);
    return badge;
  }
  function resultItem(row, p) {
    var type = row[ROW.type];
    var texts = [capitalised(row[ROW.title]) || (type + (row[ROW.number] ? ' số ' + row[ROW.number] : '')), type,
      row[ROW.number] ? 'số ' + row[ROW.number] : 'chưa ghi số', row[ROW.dateShown] || 'chưa ghi ngày', row[ROW.issuer]];
    var marks = markPlan(p, texts);
    var li = document.createElement('li'), link = document.createElement('a'), meta = document.createElement('span');
    li.className = 'vb-row' + (row[ROW.held] ? '' : ' vb-row--stub');
    link.className = 'vb-row__title';
    link.href = siteRoot + '/' + row[ROW.url];
    markedInto(link, texts[0], marks[0]);
    meta.className = 'vb-row__meta';
    meta.appendChild(span('vb-row__type', texts[1], marks[1]));
    meta.appendChild(span('vb-row__number', texts[2], marks[2]));
    meta.appendChild(span('vb-row__date', texts[3], marks[3]));
    meta.appendChild(span('vb-row__issuer', texts[4], marks[4]));
    if (!row[ROW.held]) {
      var badge = document.createElement('span');
      badge.className = 'vb-badge';
      badge.textContent = 'chưa có toàn văn';
      meta.appendChild(badge);
    }
    if (row[ROW.doubted]) meta.appendChild(doubtBadge(row[ROW.doubted]));
    li.appendChild(link);
    li.appendChild(meta);
    return li;
  }
  function render(rows, total, exact, query, p) {
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) { fragment.appendChild(resultItem(row, p)); });
    list.textContent = '';
    list.appendChild(fragment);
    more.hidden = total <= rows.length;
    var what = query ? ' phù hợp với “' + query + '”' : ' phù hợp';
    status.textContent = total ? 'Tìm thấy ' + (exact ? '' : 'ít nhất ') + total + ' văn bản' + (query ? what : '') + '.' :
      'Không tìm thấy văn bản nào' + what + '. Hãy thử bớt từ, gõ số ký hiệu hoặc bỏ bộ lọc.';
  }
  function showLoading() {
    status.textContent = 'Đang tải dữ liệu tìm kiếm…';
    list.setAttribute('aria-busy', 'true');
  }
  function showLoadError() { status.textContent = 'Không tải được dữ liệu tìm kiếm. Hãy tải lại trang.'; }

