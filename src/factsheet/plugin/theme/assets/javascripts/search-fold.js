/*
 * Fold an Arabic search query the way factsheet.arabic.fold folds the indexed text, so that a
 * word typed without diacritics, with another alef form, or "6,500" for "6500" still matches.
 *
 * Loaded first by the generated search worker (assets/javascripts/workers/factsheet-search.js):
 * it wraps the worker's "message" listeners so that a query message (Material's message type 2)
 * reaches Material's worker already folded. Unlike the Python fold it keeps punctuation, because
 * the query may use lunr's syntax (+word, -word, "phrase", word*).
 */
(function (scope) {
  "use strict";

  // Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks, and tatweel.
  var MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
  var LETTERS = {
    "\u0623": "\u0627", // أ -> ا
    "\u0625": "\u0627", // إ -> ا
    "\u0622": "\u0627", // آ -> ا
    "\u0671": "\u0627", // ٱ -> ا
    "\u0649": "\u064a", // ى -> ي
    "\u0629": "\u0647", // ة -> ه
    "\u0624": "\u0648", // ؤ -> و
    "\u0626": "\u064a", // ئ -> ي
    "\u06a9": "\u0643", // Persian keheh -> ك
    "\u06cc": "\u064a"  // Persian yeh -> ي
  };
  var FOLDED = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626\u06a9\u06cc]/g;
  var ARABIC_DIGITS = /[\u0660-\u0669]/g;
  // A thousands separator between digit groups: 6,500 / 6٬500 / 6 500 -> 6500.
  var GROUPED = /(?<=\d)[,\u066c\u00a0\u202f ](?=\d{3}(?!\d))/g;
  var QUERY = 2; // Material's SearchMessageType.QUERY

  function fold(text) {
    var out = String(text).normalize("NFKC").replace(MARKS, "");
    out = out.replace(FOLDED, function (ch) { return LETTERS[ch]; });
    out = out.replace(ARABIC_DIGITS, function (ch) {
      return String(ch.charCodeAt(0) - 0x0660);
    });
    out = out.replace(GROUPED, "");
    return out.toLowerCase();
  }

  function foldingListener(listener) {
    return function (event) {
      var message = event.data;
      if (message && message.type === QUERY && typeof message.data === "string") {
        return listener.call(this, { data: { type: QUERY, data: fold(message.data) } });
      }
      return listener.call(this, event);
    };
  }

  scope.factsheetFold = fold;
  if (typeof module !== "undefined" && module.exports) {
    module.exports = { fold: fold };
  }
  if (typeof WorkerGlobalScope !== "undefined" && scope instanceof WorkerGlobalScope) {
    var add = scope.addEventListener.bind(scope);
    // Material's worker registers its listener with a bare addEventListener(), which resolves
    // to this property of the global scope.
    scope.addEventListener = function (type, listener, options) {
      return add(type, type === "message" ? foldingListener(listener) : listener, options);
    };
  }
})(typeof self !== "undefined" ? self : globalThis);
