/*
 * Hold back the search index until the reader uses search.
 *
 * Material's bundle requests search/search_index.json with an XMLHttpRequest as soon as the page
 * loads, and the index outweighs everything else on the page (issue 7: page weight). Loaded
 * before the bundle (the theme's main.html), this script lets that one request be opened but
 * delays its send() until the reader focuses the search box or opens the search toggle; a URL with ?q= (a shared search) or ?h= (highlighting, which needs the index) sends it
 * at once. Material's search worker stays idle until it receives the index (its wrapper,
 * workers/factsheet-search.js, loads Material's worker and lunr's languages only then), so
 * holding the index back holds back the whole of search. Every other request is untouched.
 */
(function () {
  "use strict";

  var SEARCH = "[data-md-component=search], label[for=__search], #__search";
  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/;
  var held = [];
  var released = /[?&][qh]=/.test(window.location.search);
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    this.factsheetIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    if (this.factsheetIndex && !released) {
      held.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function release() {
    if (released) {
      return;
    }
    released = true;
    events.forEach(function (type) {
      document.removeEventListener(type, onEvent, true);
    });
    held.splice(0).forEach(function (request) {
      send.apply(request[0], request[1]);
    });
  }

  // Search starts in the search box: focused by a click or tap, by Material's keyboard shortcuts
  // (f, s, /) or by the header's search button (a label for the #__search toggle). Tabbing or
  // scrolling through the page does not fetch the index.
  function onEvent(event) {
    var target = event.target;
    if (target instanceof Element && target.closest(SEARCH)) {
      release();
    }
  }

  var events = ["focusin", "click", "change", "touchstart"];
  events.forEach(function (type) {
    document.addEventListener(type, onEvent, { capture: true, passive: true });
  });
})();
