/* vanban search: loads lunr.js and the prebuilt index on demand; mirrors vanban/search.py. */
(function () {
  'use strict';
  var SYL = '[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]+';
  var SEG = /[.,;:!?()[\]{}"\u201c\u201d\u2018\u2019\u00ab\u00bb\u2026|*#>\n]+/;
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
  var MAX_WORDS = 30, PAGE = 20;
  /* Pipeline functions the index needs registered (lunr.Pipeline.registerFunction): none, tokens are final. */
  var PIPELINE_FUNCTIONS = [];
  var form = document.getElementById('vb-search');
  if (!form) return;
  var input = document.getElementById('vb-search-q');
  var list = document.getElementById('ket-qua-tim-kiem');
  var status = document.getElementById('vb-search-status');
  var more = document.getElementById('vb-search-more');
  var selects = { loai: 'vb-search-loai', coquan: 'vb-search-coquan', nam: 'vb-search-nam' };
  Object.keys(selects).forEach(function (k) { selects[k] = document.getElementById(selects[k]); });
  var base = form.getAttribute('data-base').replace(/\/$/, '');
  var data = null, mainIndex = null, loading = null, shards = {}, bodyTimer = 0;
  var shown = PAGE, lastKey = '', inputAt = 0, scheduled = false, lastTyping = false;
  window.vbSearchLatency = [];

  function lower(s) { return s.normalize('NFC').replace(DASHES, '-').toLowerCase(); }
  function fold(s) { return s.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC'); }
  function syllables(s) { return lower(s).match(new RegExp(SYL, 'g')) || []; }
  function dropSo(w) {
    return w.filter(function (x, i) { return !(fold(x) === 'so' && i + 1 < w.length && /^[0-9]/.test(w[i + 1])); });
  }
  function segments(s) {
    return lower(s).split(SEG).map(function (p) { return dropSo(p.match(new RegExp(SYL, 'g')) || []); })
      .filter(function (x) { return x.length; });
  }
  function joined(chunk) { var p = syllables(chunk).map(fold); return p.length > 1 ? p.join('') : ''; }
  function bits(x) { var n = 0; while (x) { n += x & 1; x >>>= 1; } return n; }
  function fnv(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }
  function shardOf(term) { var n = data.shards.length; return n > 1 ? fnv(fold(term)) % n : 0; }

  /* The lunr clauses of a query: query_plan() in search.py. */
  function plan(q, typing) {
    var p = { words: [], exact: [], main: [], body: [], cover: {}, pairs: {}, prefix: '' };
    function add(term, fields, mask, boost) {
      p.cover[term] = (p.cover[term] || 0) | mask;
      var m = fields.filter(function (f) { return f === 'n' || f === 'f'; });
      var b = fields.filter(function (f) { return f !== 'n'; });
      if (m.length) p.main.push({ term: term, fields: m, boost: boost || 1 });
      if (b.length) p.body.push({ term: term, fields: b, boost: boost || 1 });
    }
    lower(q).split(SEG).forEach(function (part) {
      var chunks = part.split(/\s+/).filter(Boolean), tagged = [];
      chunks.forEach(function (ch, c) { syllables(ch).forEach(function (s) { tagged.push([s, c]); }); });
      var kept = tagged.filter(function (t, i) {
        return !(fold(t[0]) === 'so' && i + 1 < tagged.length && /^[0-9]/.test(tagged[i + 1][0]));
      }).slice(0, MAX_WORDS - p.words.length);
      var start = p.words.length, consumed = start;
      kept.forEach(function (t) { p.exact.push(t[0]); p.words.push(fold(t[0])); });
      for (var i = start; i < p.words.length - 1; i++) { var pk = p.words[i] + '_' + p.words[i + 1]; p.pairs[pk] = (p.pairs[pk] || 0) | 1 << i; }
      chunks.forEach(function (chunk, c) {
        var n = kept.filter(function (t) { return t[1] === c; }).length, j = joined(chunk);
        if (j && n > 1) add(j, ['n', 'f'], ((1 << n) - 1) << consumed, 2);
        consumed += n;
      });
    });
    p.words.forEach(function (w, i) {
      if (p.exact[i] !== w) add(p.exact[i], ['x'], 1 << i);
      add(w, ['n', 'f'], 1 << i);
    });
    Object.keys(p.pairs).forEach(function (t) { add(t, ['b'], p.pairs[t] | p.pairs[t] << 1); });
    var last = p.words[p.words.length - 1];
    if (typing && last && last.length >= 2) {
      p.prefix = last;
      p.main.push({ term: last, fields: ['n', 'f'], boost: 0.5, wildcard: true });
    }
    return p;
  }

  /* Packed index → lunr.Index: unpack() in search.py; no tokenising, no scoring. */
  function unpack(pk) {
    var inv = {}, vec = {};
    pk.terms.forEach(function (t, i) {
      var post = { _index: i };
      pk.fields.forEach(function (f) {
        var docs = {}, flat = pk.postings[f][i], d = 0;
        for (var k = 0; k < flat.length; k += 2) {
          d += flat[k]; docs[d] = {};
          (vec[f + '/' + d] || (vec[f + '/' + d] = [])).push(i, flat[k + 1] / pk.scale);
        }
        post[f] = docs;
      });
      inv[t] = post;
    });
    Object.keys(vec).forEach(function (r) { vec[r] = new lunr.Vector(vec[r]); });
    return new lunr.Index({ invertedIndex: inv, fieldVectors: vec, tokenSet: lunr.TokenSet.fromArray(pk.terms),
      fields: pk.fields, pipeline: new lunr.Pipeline() });
  }
  function run(index, clauses) {
    if (!clauses.length) return [];
    return index.query(function (q) {
      clauses.forEach(function (c) {
        q.term(c.term, { fields: c.fields, boost: c.boost, usePipeline: false,
          wildcard: c.wildcard ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
      });
    });
  }

  function load() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = form.getAttribute('data-lunr');
      s.onload = resolve; s.onerror = reject;
      document.head.appendChild(s);
    }).then(function () {
      return fetch(form.getAttribute('data-index')).then(function (r) { return r.json(); });
    }).then(function (json) {
      data = json; mainIndex = unpack(json.index); intern();
    });
    return loading;
  }
  /* Syllables of what each result shows, as integer ids (segments separated by -1): refine() is integer work. */
  var vocab = new Map(), exVocab = new Map(), foldCache = new Map(), docSyl = [], docEx = [], docOwn = [], facets;
  function fid(w) { var i = vocab.get(w); if (i === undefined) { i = vocab.size; vocab.set(w, i); } return i; }
  function cfold(s) { var f = foldCache.get(s); if (f === undefined) { f = fold(s); foldCache.set(s, f); } return f; }
  function ids(text) {
    var f = [], x = [];
    segments(text).forEach(function (seg) {
      seg.forEach(function (s) {
        var e = exVocab.get(s); if (e === undefined) { e = exVocab.size; exVocab.set(s, e); }
        f.push(fid(cfold(s))); x.push(e);
      });
      f.push(-1); x.push(-1);
    });
    return [f, x];
  }
  function intern() {
    var t = data.types.map(ids), is = data.issuers.map(ids);
    facets = { types: t.map(function (a) { return a[0]; }), issuers: is.map(function (a) { return a[0]; }) };
    data.docs.forEach(function (row, ref) {
      var head = ids(data.types[row[2]] + ' ' + row[1]), title = ids(row[6]), iss = is[row[3]];
      docSyl[ref] = head[0].concat(iss[0], title[0]);
      docEx[ref] = head[1].concat(iss[1], title[1]);
      var own = syllables(row[1]).map(cfold); if (joined(row[1])) own.push(joined(row[1]));
      docOwn[ref] = own.map(fid);
    });
  }
  function shard(k) {
    if (!shards[k]) {
      var url = form.getAttribute('data-index').replace(/[^/]*$/, '') + data.shards[k];
      shards[k] = { ready: null };
      fetch(url).then(function (r) { return r.json(); }).then(function (j) {
        shards[k].ready = unpack(j); scheduleBody();
      });
    }
    return shards[k].ready;
  }

  function wordMask(p, w) {
    var m = 0, n = p.words.length;
    for (var i = 0; i < n; i++) {
      if (w === p.words[i] || (p.prefix && i === n - 1 && w.lastIndexOf(p.prefix, 0) === 0)) m |= 1 << i;
    }
    return m;
  }
  /* Per query: which query syllables each vocabulary id stands for. */
  function masks(p) {
    var wm = new Int32Array(vocab.size), wx = new Int32Array(vocab.size), em = new Int32Array(exVocab.size), pv = 0;
    p.words.forEach(function (w, i) {
      var id = vocab.get(w); if (id !== undefined) { wm[id] |= 1 << i; wx[id] |= 1 << i; }
      if (p.exact[i] !== w && exVocab.has(p.exact[i])) em[exVocab.get(p.exact[i])] |= 1 << i;
    });
    if (p.prefix) vocab.forEach(function (id, w) { if (w.lastIndexOf(p.prefix, 0) === 0) wm[id] |= 1 << (p.words.length - 1); });
    Object.keys(p.pairs).forEach(function (t) { pv |= p.pairs[t]; });
    return { wm: wm, wx: wx, em: em, pv: pv };
  }
  function refine(m, h) {
    var f = docSyl[h.ref], x = docEx[h.ref], o = docOwn[h.ref], n = f.length, prev = 0;
    for (var k = 0; k < n; k++) {
      var id = f[k];
      if (id < 0) { prev = 0; continue; }
      h.cover |= m.wm[id]; h.exact |= m.em[x[k]];
      h.pairs |= prev & (m.wx[id] >>> 1) & m.pv; prev = m.wx[id];
    }
    for (k = 0; k < o.length; k++) h.own |= m.wm[o[k]];
  }
  function facetMask(m, list) {
    return list.map(function (f) { var r = 0; f.forEach(function (id) { if (id >= 0) r |= m.wm[id]; }); return r; });
  }

  /* withBody: merge the body shards (loaded on demand); the first pass after a keystroke runs without. */
  function search(q, typing, filters, withBody) {
    var p = plan(q, typing), hits = new Map(), pending = false;
    function hit(ref) {
      ref = +ref; var h = hits.get(ref);
      if (!h) { h = { ref: ref, score: 0, cover: 0, own: 0, pairs: 0, exact: 0 }; hits.set(ref, h); }
      return h;
    }
    if (p.words.length) {
      var m = masks(p);
      run(mainIndex, p.main).forEach(function (r) { hit(r.ref).score = r.score; });
      var tm = facetMask(m, facets.types), im = facetMask(m, facets.issuers);
      data.docs.forEach(function (row, ref) { if (tm[row[2]] || im[row[3]]) hit(ref); });
      if (withBody && data.shards.length) {
        var need = {};
        p.body.forEach(function (c) { var k = shardOf(c.term); (need[k] || (need[k] = [])).push(c); });
        Object.keys(need).forEach(function (k) {
          var idx = shard(+k);
          if (!idx) { pending = true; return; }
          run(idx, need[k]).forEach(function (r) {
            var h = hit(r.ref);
            h.score += r.score * data.bodyWeight;
            Object.keys(r.matchData.metadata).forEach(function (t) {
              var f = r.matchData.metadata[t], b = p.cover[t] || 0;
              if (f.b) h.pairs |= p.pairs[t] || 0;
              if (f.x) h.exact |= b;
              h.cover |= b;
            });
          });
        });
      }
      hits.forEach(function (h) { refine(m, h); });
    } else {
      data.docs.forEach(function (row, ref) { hit(ref); });
    }
    var out = [];
    hits.forEach(function (h) {
      var row = data.docs[h.ref];
      if ((filters.loai && data.types[row[2]] !== filters.loai) || (filters.coquan && data.issuers[row[3]] !== filters.coquan) ||
        (filters.nam && row[5].slice(0, 4) !== filters.nam)) return;
      h.iso = row[5]; h.rs = Math.round(h.score * 1e6) / 1e6;
      h.k = ((bits(h.cover) * 32 + bits(h.own)) * 32 + bits(h.pairs)) * 32 + bits(h.exact);
      out.push(h);
    });
    out.sort(function (a, b) {
      return b.k - a.k || b.rs - a.rs || (a.iso < b.iso ? 1 : a.iso > b.iso ? -1 : 0) || a.ref - b.ref;
    });
    return { plan: p, hits: out, pending: pending || (!withBody && data.shards.length > 0 && p.words.length > 0) };
  }

  /* Text with the query's syllables wrapped in <mark>, built as DOM nodes (no HTML parsing). */
  function marked(el, text, p) {
    var re = new RegExp(SYL, 'gi'), at = 0, m;
    while ((m = re.exec(text))) {
      if (!wordMask(p, cfold(lower(m[0])))) continue;
      el.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mk = document.createElement('mark'); mk.textContent = m[0]; el.appendChild(mk);
      at = m.index + m[0].length;
    }
    el.appendChild(document.createTextNode(text.slice(at)));
    return el;
  }
  function span(cls, text, p) { var s = document.createElement('span'); s.className = cls; return marked(s, text, p); }
  function render(res, q) {
    var frag = document.createDocumentFragment(), p = res.plan;
    res.hits.slice(0, shown).forEach(function (h) {
      var row = data.docs[h.ref], type = data.types[row[2]];
      var li = document.createElement('li'), a = document.createElement('a'), meta = document.createElement('span');
      li.className = 'vb-row' + (row[7] ? '' : ' vb-row--stub');
      a.className = 'vb-row__title'; a.href = base + '/' + row[0];
      marked(a, row[6] || (type + (row[1] ? ' số ' + row[1] : '')), p);
      meta.className = 'vb-row__meta';
      meta.appendChild(span('vb-row__type', type, p));
      var num = span('vb-row__number', row[1] ? 'số ' + row[1] : 'chưa ghi số', p);
      meta.appendChild(num);
      meta.appendChild(span('vb-row__date', row[4] || 'chưa ghi ngày', p));
      meta.appendChild(span('vb-row__issuer', data.issuers[row[3]], p));
      if (!row[7]) { var b = document.createElement('span'); b.className = 'vb-badge'; b.textContent = 'chưa có toàn văn'; meta.appendChild(b); }
      li.appendChild(a); li.appendChild(meta); frag.appendChild(li);
    });
    list.textContent = '';
    list.appendChild(frag);
    more.hidden = res.hits.length <= shown;
    var n = res.hits.length, what = q ? ' phù hợp với “' + q + '”' : '';
    status.textContent = n ? 'Tìm thấy ' + n + ' văn bản' + what + '.' :
      'Không tìm thấy văn bản nào' + (q ? ' phù hợp với “' + q + '”' : ' phù hợp') + '. Hãy thử bớt từ, gõ số ký hiệu hoặc bỏ bộ lọc.';
  }

  function filters() {
    var f = {}; Object.keys(selects).forEach(function (k) { f[k] = selects[k].value; }); return f;
  }
  function update(fromInput, withBody) {
    if (!withBody) scheduled = false;
    var q = input.value, f = filters(), typing = fromInput && !/\s$/.test(q);
    lastTyping = typing;
    var params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    Object.keys(f).forEach(function (k) { if (f[k]) params.set(k, f[k]); });
    var key = params.toString();
    history.replaceState(null, '', location.pathname + (key ? '?' + key : ''));
    if (!q.trim() && !f.loai && !f.coquan && !f.nam) {
      list.textContent = ''; status.textContent = ''; more.hidden = true; return;
    }
    if (!data) {
      status.textContent = 'Đang tải dữ liệu tìm kiếm…';
      load().then(function () { update(fromInput); }, function () { status.textContent = 'Không tải được dữ liệu tìm kiếm. Hãy tải lại trang.'; });
      return;
    }
    if (key !== lastKey) shown = PAGE;
    lastKey = key;
    var res = search(q.trim(), typing, f, !!withBody);
    render(res, q.trim());
    if (inputAt && !withBody) { window.vbSearchLatency.push(performance.now() - inputAt); inputAt = 0; }
    list.setAttribute('aria-busy', res.pending ? 'true' : 'false');
    if (res.pending && !withBody) scheduleBody();
  }
  /* Body text: merged when typing pauses (and again when a shard arrives). */
  function scheduleBody() {
    clearTimeout(bodyTimer);
    bodyTimer = setTimeout(function () { update(lastTyping, true); }, 300);
  }
  function schedule(fromInput) {
    if (scheduled) return;
    scheduled = true;
    clearTimeout(bodyTimer);
    setTimeout(function () { update(fromInput); }, 0);
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  Object.keys(selects).forEach(function (k) { if (params.get(k)) selects[k].value = params.get(k); });
  input.addEventListener('input', function () { inputAt = inputAt || performance.now(); schedule(true); });
  input.addEventListener('focus', function () { load(); }, { once: true });
  Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', function () { schedule(false); }); });
  form.addEventListener('submit', function (e) { e.preventDefault(); update(false); });
  more.addEventListener('click', function () { shown += PAGE; update(false); });
  if (input.value || params.get('loai') || params.get('coquan') || params.get('nam')) update(false);
  window.vbSearch = { plan: plan, fold: fold, fnv: fnv, load: load,
    query: function (q, f) { return search(q, false, f || {}, true).hits.map(function (h) { return data.docs[h.ref][0]; }); } };
})();
