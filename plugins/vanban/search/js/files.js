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

