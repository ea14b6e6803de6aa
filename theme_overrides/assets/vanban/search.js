/* vanban search: answers a query from prebuilt files, loading only those it needs.
   The steps (plan, look-ups, ranking) are those of vanban/search/reference.py; the file layout is
   described in vanban/search/bundle.py. No library. */
(function () {
  'use strict';

  /* Text: the character classes of vanban/tokens.py (a test compares them). */
  var SYLLABLE = '[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]+';
  var PHRASE_BREAK = '[.,;:!?()[\\]{}"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2026|*#>\\n]+';
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
  var MAX_WORDS = 30, PAGE = 20, PREFIX_MIN = 2, SCALE = 100, BODY_DELAY_MS = 300;

  /* Which fields a clause looks in, in the meta shards and in the body shards. */
  var META_LOOKUP = { word: ['n', 'f'], exact: ['x'], pair: ['b'], prefix: ['n', 'f'] };
  var BODY_LOOKUP = { word: ['f'], exact: ['x'], pair: ['b'], prefix: [] };
  /* A result row (store_row in bundle.py). */
  var ROW = { url: 0, number: 1, type: 2, issuer: 3, dateShown: 4, iso: 5, title: 6, held: 7 };
  /* URL parameter → select element id. */
  var FILTERS = { loai: 'vb-search-loai', coquan: 'vb-search-coquan', nam: 'vb-search-nam' };

  var form = document.getElementById('vb-search');
  if (!form) return;
  var input = document.getElementById('vb-search-q');
  var list = document.getElementById('ket-qua-tim-kiem');
  var status = document.getElementById('vb-search-status');
  var more = document.getElementById('vb-search-more');
  var selects = {};
  Object.keys(FILTERS).forEach(function (name) { selects[name] = document.getElementById(FILTERS[name]); });
  var siteRoot = form.getAttribute('data-base').replace(/\/$/, '');
  var indexUrl = form.getAttribute('data-index');
  var folder = indexUrl.replace(/[^/]*$/, '');

  /* ------------------------------------------------------------------ text */

  function lower(text) { return text.normalize('NFC').replace(DASHES, '-').toLowerCase(); }
  function fold(text) {  /* a number's leading zeros dropped, as fold_lower in tokens.py ("02 cấp", "2 cap") */
    var folded = text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
    return /^0[0-9]*$/.test(folded) ? folded.replace(/^0+(?=[0-9])/, '') : folded;
  }
  function syllables(text) { return lower(text).match(new RegExp(SYLLABLE, 'g')) || []; }
  /* Letters glued to a number on a phone keyboard ("qd4159", "57nq") cut in two (query_syllables in tokens.py). */
  var GLUED = /^([^0-9]+)([0-9]+)$|^([0-9]+)([^0-9]+)$/;
  function querySyllables(chunk) {
    var out = [];
    syllables(chunk).forEach(function (s) {
      var m = GLUED.exec(s);
      if (m) m.slice(1).forEach(function (g) { if (g) out.push(g); }); else out.push(s);
    });
    return out;
  }
  function startsWithDigit(word) { return /^[0-9]/.test(word); }
  function joinedNumber(chunk) {
    var parts = querySyllables(chunk).map(fold);
    return parts.length > 1 ? parts.join('') : '';
  }
  function bitCount(bits) { var n = 0; while (bits) { n += bits & 1; bits >>>= 1; } return n; }
  function fnv1a(text) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) { hash ^= text.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; }
    return hash >>> 0;
  }

  /* ------------------------------------------------------------------ the plan of a query (query_plan) */

  /* ownMask: what a clause matches of a document's own number, only by a term with a digit (own_mask). */
  function clause(term, kind, mask, boost, pairBits) {
    return { term: term, kind: kind, mask: mask, boost: boost || 1, pairBits: pairBits || 0,
      ownMask: /[0-9]/.test(term) ? mask : 0 };
  }

  function plan(query, typing) {
    var words = [], exact = [], joined = [], pairs = {}, pairOrder = [];
    lower(query).split(new RegExp(PHRASE_BREAK)).forEach(function (part) {
      var chunks = part.split(/\s+/).filter(Boolean), tagged = [];
      chunks.forEach(function (chunk, c) { querySyllables(chunk).forEach(function (s) { tagged.push({ word: s, chunk: c }); }); });
      var kept = tagged.filter(function (t, i) {  /* "số" before a number is dropped */
        return !(fold(t.word) === 'so' && i + 1 < tagged.length && startsWithDigit(tagged[i + 1].word));
      }).slice(0, MAX_WORDS - words.length);
      var start = words.length, consumed = start;
      kept.forEach(function (t) { exact.push(t.word); words.push(fold(t.word)); });
      for (var i = start; i < words.length - 1; i++) {
        var key = words[i] + '_' + words[i + 1];
        if (!(key in pairs)) { pairs[key] = 0; pairOrder.push(key); }
        pairs[key] |= 1 << i;
      }
      chunks.forEach(function (chunk, c) {
        var n = kept.filter(function (t) { return t.chunk === c; }).length, number = joinedNumber(chunk);
        if (number && n > 1) joined.push(clause(number, 'word', ((1 << n) - 1) << consumed, 2));
        consumed += n;
      });
    });
    var clauses = joined.slice();
    words.forEach(function (word, i) {
      if (exact[i] !== word && !/^[0-9]+$/.test(exact[i])) clauses.push(clause(exact[i], 'exact', 1 << i));
      clauses.push(clause(word, 'word', 1 << i));
    });
    pairOrder.forEach(function (key) { clauses.push(clause(key, 'pair', pairs[key] | pairs[key] << 1, 1, pairs[key])); });
    var last = words[words.length - 1], prefix = typing && last && last.length >= PREFIX_MIN ? last : '';
    if (prefix) clauses.push(clause(prefix, 'prefix', 1 << (words.length - 1), 0.5));
    return { words: words, exact: exact, pairs: pairs, clauses: clauses, prefix: prefix };
  }

  function filterTerms(filters) {
    return Object.keys(filters).sort().filter(function (name) { return filters[name]; })
      .map(function (name) { return ':' + name + ':' + filters[name]; });
  }

  /* ------------------------------------------------------------------ files, fetched once each */

  var index = null, indexLoading = null, files = {};

  function loadIndex() {
    if (!indexLoading) {
      indexLoading = fetch(indexUrl).then(function (r) { return r.json(); }).then(function (json) { index = json; });
    }
    return indexLoading;
  }
  /* The parsed file, or null while it loads (fetched on the first ask; refresh() runs again when it arrives). */
  function file(name) {
    var entry = files[name];
    if (!entry) {
      entry = files[name] = { data: null };
      fetch(folder + name).then(function (r) { return r.json(); }).then(function (json) {
        entry.data = json; refreshSoon();
      }, function () { delete files[name]; showLoadError(); });
    }
    return entry.data;
  }
  function metaShardIndex(term) {  /* the last shard whose first term is <= term (JS compares UTF-16, as the build sorts) */
    var low = 0, high = index.meta.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (index.meta[mid] <= term) low = mid; else high = mid - 1;
    }
    return low;
  }
  function metaShardName(term) { return 'm' + metaShardIndex(term) + '.json'; }
  function bodyShardName(term) { return 'b' + (index.body > 1 ? fnv1a(fold(term)) % index.body : 0) + '.json'; }
  function prefixShardNames(prefix) {
    var names = [];
    for (var k = metaShardIndex(prefix); k <= metaShardIndex(prefix + '\uffff'); k++) names.push('m' + k + '.json');
    return names;
  }
  function storeName(ref) { return 'd' + Math.floor(ref / index.chunk) + '.json'; }

  /* ------------------------------------------------------------------ ranking (rank in reference.py) */

  function newHit(ref) { return { ref: ref, score: 0, cover: 0, own: 0, pairs: 0, exact: 0, shown: 0 }; }

  /* The documents of a posting list: gaps, or a bitmap in base64 (documents() in reference.py). */
  function documentsIn(listed) {
    var docs = [], i, doc = 0;
    if (typeof listed === 'string') {
      var bytes = atob(listed);
      for (i = 0; i < bytes.length; i++) {
        var byte = bytes.charCodeAt(i);
        for (var bit = 0; bit < 8; bit++) if (byte >> bit & 1) docs.push(i * 8 + bit);
      }
      return docs;
    }
    for (i = 0; i < listed.length; i++) { doc += listed[i]; docs.push(doc); }
    return docs;
  }
  function applyEntry(hits, entry, fields, c, weight, tail, meta) {
    fields.forEach(function (name) {
      if (!entry[name]) return;
      var docs = documentsIn(entry[name][0]), scores = entry[name][1];
      if (tail && tail[name]) docs = docs.concat(tail[name]);  /* a tail's documents read: score 0 */
      for (var i = 0; i < docs.length; i++) {
        var doc = docs[i], hit = hits.get(doc);
        if (!hit) { hit = newHit(doc); hits.set(doc, hit); }
        hit.cover |= c.mask;
        if (meta && (name === 'n' || name === 'f')) hit.shown |= c.mask;
        if (name === 'n') hit.own |= c.ownMask;
        else if (name === 'x') hit.exact |= c.mask;
        else if (name === 'b') hit.pairs |= c.pairBits;
        if (scores.length && scores[i]) hit.score += scores[i] / SCALE * c.boost * weight;
      }
    });
  }
  function entryIn(shard, term) { return Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null; }
  function compareHits(a, b) {
    return bitCount(b.cover) - bitCount(a.cover) || bitCount(b.own) - bitCount(a.own) ||
      bitCount(b.pairs) - bitCount(a.pairs) || bitCount(b.exact) - bitCount(a.exact) ||
      bitCount(b.shown) - bitCount(a.shown) || b.rounded - a.rounded || a.ref - b.ref;
  }

  /* Heads and tails (the rule is in reference.py): a term's entry holds the head of each list,
     [documents, scores, count, blocks] when the rest is in tail blocks (t<j>-<k>.json), read newest first
     only while the page is not settled. */
  function tailBlocks(entry) {
    var blocks = 0;
    Object.keys(entry).forEach(function (name) { if (entry[name].length > 3) blocks = Math.max(blocks, entry[name][3]); });
    return blocks;
  }
  function tailName(term, block) {
    var count = index.tails[block];
    return 't' + block + '-' + (count > 1 ? fnv1a(fold(term)) % count : 0) + '.json';
  }

  /* The entries of a pass: heads of the meta (and body) shards, or null while one is loading. */
  function lookUp(p, filters, withBody) {
    var terms = filterTerms(filters), needed = [];
    p.clauses.forEach(function (c) {
      if (c.kind === 'prefix') needed = needed.concat(prefixShardNames(c.term));
      else needed.push(metaShardName(c.term));
      if (withBody && BODY_LOOKUP[c.kind].length) needed.push(bodyShardName(c.term));
    });
    terms.forEach(function (t) { needed.push(metaShardName(t)); });
    if (needed.filter(function (name) { return !file(name); }).length) return null;
    var found = { meta: {}, body: {}, prefixed: [], tails: {}, blocks: {} };
    p.clauses.concat(terms.map(function (t) { return clause(t, 'filter', 0); })).forEach(function (c) {
      if (c.kind === 'prefix') {
        prefixShardNames(c.term).forEach(function (name) {
          var shard = file(name);
          Object.keys(shard).sort().forEach(function (term) {
            if (term.lastIndexOf(c.term, 0) === 0) found.prefixed.push(shard[term]);
          });
        });
        return;
      }
      var entry = entryIn(file(metaShardName(c.term)), c.term);
      if (entry) found.meta[c.term] = entry;
      if (withBody && c.kind !== 'filter' && BODY_LOOKUP[c.kind].length) {
        entry = entryIn(file(bodyShardName(c.term)), c.term);
        if (entry) found.body[c.term] = entry;
      }
    });
    return readTails(found, terms.map(function (t) { return ['m', t]; }), Infinity) ? found : null;
  }
  /* Reads the tail blocks below `upto` of [kind, term] not read yet into found (read_tails); false while one loads. */
  function readTails(found, wanted, upto) {
    var ready = true;
    wanted.forEach(function (kt) {
      var entry = (kt[0] === 'm' ? found.meta : found.body)[kt[1]], key = kt[0] + ':' + kt[1];
      var last = entry ? Math.min(upto, tailBlocks(entry)) : 0;
      if (!last) return;
      var got = found.tails[key] || (found.tails[key] = {});
      for (var block = found.blocks[key] || 0; block < last; block++) {
        var shard = file(tailName(kt[1], block));
        if (!shard) { ready = false; continue; }
        var listed = entryIn(shard, key) || {}, start = index.newest * Math.pow(2, block);
        Object.keys(listed).forEach(function (name) {
          got[name] = (got[name] || []).concat(documentsIn(listed[name]).map(function (d) { return d + start; }));
        });
        found.blocks[key] = block + 1;
      }
    });
    return ready;
  }
  function tailsOf(p, found) {
    var seen = {}, out = [];
    p.clauses.forEach(function (c) {
      if (c.kind === 'prefix' || seen[c.term]) return;
      seen[c.term] = true;
      [['m', found.meta], ['b', found.body]].forEach(function (k) {
        if (k[1][c.term] && tailBlocks(k[1][c.term])) out.push([k[0], c.term]);
      });
    });
    return out;
  }
  function allTailsRead(p, found) {  /* whole() */
    return tailsOf(p, found).every(function (kt) {
      return (found.blocks[kt[0] + ':' + kt[1]] || 0) >= tailBlocks((kt[0] === 'm' ? found.meta : found.body)[kt[1]]);
    });
  }
  /* The most a document can match (cover, own, pairs, exact): every list the query found, at once (best_possible). */
  function bestPossible(p, found) {
    var best = newHit(-1);
    p.clauses.forEach(function (c) {
      if (c.kind === 'prefix') { if (found.prefixed.length) best.cover |= c.mask; return; }
      [[found.meta, META_LOOKUP], [found.body, BODY_LOOKUP]].forEach(function (k) {
        var entry = k[0][c.term];
        if (!entry) return;
        k[1][c.kind].forEach(function (name) {
          if (!entry[name]) return;
          best.cover |= c.mask;
          if (name === 'n') best.own |= c.ownMask;
          else if (name === 'x') best.exact |= c.mask;
          else if (name === 'b') best.pairs |= c.pairBits;
        });
      });
    });
    return best;
  }
  function settled(p, found, hits, shown) {
    if (allTailsRead(p, found)) return true;
    var best = bestPossible(p, found), n = 0;
    hits.forEach(function (h) {
      if (h.cover === best.cover && h.own === best.own && h.pairs === best.pairs && h.exact === best.exact) n++;
    });
    return n >= shown;
  }
  /* The announced count and whether it is exact (count_shown). */
  function countOf(p, found, hits, filters) {
    if (allTailsRead(p, found)) return { total: hits.length, exact: true };
    var longest = 0;
    if (!filterTerms(filters).length) {
      p.clauses.forEach(function (c) {
        [found.meta[c.term], found.body[c.term]].forEach(function (entry) {
          if (entry) Object.keys(entry).forEach(function (name) { if (entry[name].length > 2) longest = Math.max(longest, entry[name][2]); });
        });
      });
    }
    return { total: Math.max(hits.length, longest), exact: false };
  }

  function scoreHits(p, found, filters, withBody) {
    var terms = filterTerms(filters), hits = new Map();
    p.clauses.forEach(function (c) {
      if (c.kind === 'prefix') {
        found.prefixed.forEach(function (entry) { applyEntry(hits, entry, META_LOOKUP.prefix, c, 1, null, true); });
      } else if (found.meta[c.term]) {
        applyEntry(hits, found.meta[c.term], META_LOOKUP[c.kind], c, 1, found.tails['m:' + c.term], true);
      }
    });
    if (withBody) {
      p.clauses.forEach(function (c) {
        if (BODY_LOOKUP[c.kind].length && found.body[c.term]) {
          applyEntry(hits, found.body[c.term], BODY_LOOKUP[c.kind], c, index.bodyWeight, found.tails['b:' + c.term]);
        }
      });
    }
    if (!p.words.length) {
      hits = new Map();
      if (terms.length) for (var ref = 0; ref < index.count; ref++) hits.set(ref, newHit(ref));
    }
    terms.forEach(function (t) {
      var entry = found.meta[t], allowed = new Set();
      if (entry && entry.d) {
        documentsIn(entry.d[0]).forEach(function (d) { allowed.add(d); });
        var tail = found.tails['m:' + t];
        if (tail && tail.d) tail.d.forEach(function (d) { allowed.add(d); });
      }
      hits.forEach(function (hit, ref) { if (!allowed.has(ref)) hits.delete(ref); });
    });
    var ranked = [];
    hits.forEach(function (hit) { hit.rounded = Math.round(hit.score * 1e6) / 1e6; ranked.push(hit); });
    return ranked.sort(compareHits);
  }

  /* The ranked hits with the announced count ({hits, total, exact}), or null while a file the query needs is loading
     (answer in reference.py: the heads, then, with the body, tail blocks while they do not settle the first `shown`). */
  function rank(p, filters, withBody, shown) {
    var found = lookUp(p, filters, withBody);
    if (!found) return null;
    var hits = scoreHits(p, found, filters, withBody);
    for (var block = 1; withBody && !settled(p, found, hits, shown); block++) {
      if (!readTails(found, tailsOf(p, found), block)) return null;
      hits = scoreHits(p, found, filters, withBody);
    }
    var count = countOf(p, found, hits, filters);
    return { hits: hits, total: count.total, exact: count.exact };
  }

  /* The rows of the first hits, or null while a store chunk is still loading. */
  function rowsOf(hits) {
    var rows = [];
    for (var i = 0; i < hits.length; i++) {
      var chunk = file(storeName(hits[i].ref));
      if (!chunk) return null;
      rows.push(chunk[hits[i].ref % index.chunk]);
    }
    return rows;
  }

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

  /* ------------------------------------------------------------------ the page's state and events */

  var state = { shown: PAGE, lastKey: '', typing: false, withBody: false, inputAt: 0, bodyTimer: 0, pending: 0 };
  window.vbSearchLatency = [];

  function currentFilters() {
    var filters = {};
    Object.keys(selects).forEach(function (name) { filters[name] = selects[name].value; });
    return filters;
  }
  function rememberInUrl(query, filters) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    Object.keys(filters).forEach(function (name) { if (filters[name]) params.set(name, filters[name]); });
    var key = params.toString();
    history.replaceState(null, '', location.pathname + (key ? '?' + key : ''));
    return key;
  }

  /* Runs the query in the box with what has arrived; again each time a file arrives. */
  function refresh() {
    state.pending = 0;
    var query = input.value.trim(), filters = currentFilters();
    var key = rememberInUrl(query, filters);
    if (!query && !filters.loai && !filters.coquan && !filters.nam) {
      list.textContent = ''; status.textContent = ''; more.hidden = true; list.setAttribute('aria-busy', 'false');
      return;
    }
    if (!index) { showLoading(); loadIndex().then(refresh, showLoadError); return; }
    if (key !== state.lastKey) { state.shown = PAGE; state.lastKey = key; }
    var p = plan(query, state.typing);
    var ranked = rank(p, filters, state.withBody, state.shown);
    var rows = ranked && rowsOf(ranked.hits.slice(0, state.shown));
    if (!rows) {
      if (!list.childElementCount) showLoading(); else list.setAttribute('aria-busy', 'true');
      return;
    }
    render(rows, ranked.total, ranked.exact, query, p);
    if (state.inputAt) { window.vbSearchLatency.push(performance.now() - state.inputAt); state.inputAt = 0; }
    var bodyComing = !state.withBody && p.words.length > 0;
    list.setAttribute('aria-busy', bodyComing ? 'true' : 'false');
    if (bodyComing) scheduleBody();
  }
  function refreshSoon() {
    if (state.pending) return;
    state.pending = setTimeout(refresh, 0);
  }
  /* The body shards are fetched when typing pauses: the first results come from the meta shards alone. */
  function scheduleBody() {
    clearTimeout(state.bodyTimer);
    state.bodyTimer = setTimeout(function () { state.withBody = true; refresh(); }, BODY_DELAY_MS);
  }
  function restart(typing) {
    clearTimeout(state.bodyTimer);
    state.typing = typing;
    state.withBody = false;
    refreshSoon();
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  Object.keys(selects).forEach(function (name) { if (params.get(name)) selects[name].value = params.get(name); });
  input.addEventListener('input', function () {
    state.inputAt = state.inputAt || performance.now();
    restart(!/\s$/.test(input.value));
  });
  input.addEventListener('focus', function () { loadIndex(); }, { once: true });
  Object.keys(selects).forEach(function (name) { selects[name].addEventListener('change', function () { restart(false); }); });
  form.addEventListener('submit', function (event) { event.preventDefault(); restart(false); });
  more.addEventListener('click', function () { state.shown += PAGE; refresh(); });
  if (input.value || params.get('loai') || params.get('coquan') || params.get('nam')) restart(false);

  window.vbSearch = {
    plan: plan, fold: fold, fnv: fnv1a, load: loadIndex,
    /* The URLs of the ranked results, once the files they need have arrived (for tests). */
    query: function (query, filters) {
      var p = plan(query, false), ranked = rank(p, filters || {}, true, PAGE), rows = ranked && rowsOf(ranked.hits);
      return rows && rows.map(function (row) { return row[ROW.url]; });
    }
  };
})();
