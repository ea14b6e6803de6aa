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
