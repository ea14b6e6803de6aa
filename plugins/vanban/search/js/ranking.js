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

