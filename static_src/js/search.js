/* Search: title suggestions while typing, and results that update without a reload.
   Everything works without this script: the forms are plain GET forms. */
(function () {
  "use strict";

  function autocomplete(input) {
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    input.setAttribute("list", list.id);
    input.after(list);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) return;
      timer = setTimeout(function () {
        fetch(input.dataset.autocomplete + "&q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () {});
      }, 150);
    });
  }

  function load(url, push) {
    var results = document.querySelector("[data-search-results]");
    if (!results) { window.location.href = url; return; }
    results.setAttribute("aria-busy", "true");
    fetch(url, { headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("[data-search-results]");
        if (!fresh) { window.location.href = url; return; }
        results.replaceWith(fresh);
        document.title = page.title;
        if (push) history.pushState({}, "", url);
        bind();
      })
      .catch(function () { window.location.href = url; });
  }

  function bind() {
    var facets = document.querySelector("[data-search-facets]");
    if (facets) {
      facets.addEventListener("change", function () {
        var params = new URLSearchParams(new FormData(facets));
        load("?" + params.toString(), true);
      });
    }
    var results = document.querySelector("[data-search-results]");
    if (results) {
      results.addEventListener("click", function (event) {
        var link = event.target.closest("a.chip, .pagination a");
        if (!link) return;
        event.preventDefault();
        load(link.href, true);
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-autocomplete]").forEach(autocomplete);
    bind();
    window.addEventListener("popstate", function () { load(window.location.href, false); });
  });
})();
