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

