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
  /* A result row (store_row in results.py); doubted: the names of the fields an import left unchecked, if any. */
  var ROW = { url: 0, number: 1, type: 2, issuer: 3, dateShown: 4, iso: 5, title: 6, held: 7, doubted: 8 };
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

