/* Search: title suggestions while typing (header box and search page), and results that
   update without a reload.
   Everything works without this script: the forms are plain GET forms. */
(function () {
  "use strict";

  /* A combobox (WAI-ARIA APG "list autocomplete"): suggestions appear under the input; the
     arrow keys move through them, Enter or a click opens the chosen item, Escape closes the
     list. Enter without a chosen suggestion sends the form as usual. */
  var comboboxes = 0;

  function autocomplete(input) {
    var texts = JSON.parse(input.dataset.autocompleteLabels || "{}");
    var id = input.id || "search-combobox-" + (++comboboxes);
    var list = document.createElement("ul");
    list.id = id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", texts.list || "");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    // aria-live, not role="status": the page's own status message stays the only one.
    status.setAttribute("aria-live", "polite");
    input.parentNode.classList.add("has-suggestions");
    input.after(list, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    var items = [];
    var active = -1;
    var timer = null;
    var asked = "";

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(index) {
      active = index;
      items.forEach(function (item, position) {
        item.element.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      if (index < 0) { input.removeAttribute("aria-activedescendant"); return; }
      input.setAttribute("aria-activedescendant", items[index].element.id);
      items[index].element.scrollIntoView({ block: "nearest" });
    }

    function open(url) { window.location.href = url; }

    function show(suggestions) {
      items = suggestions.map(function (suggestion, index) {
        var element = document.createElement("li");
        element.id = list.id + "-" + index;
        element.setAttribute("role", "option");
        element.setAttribute("aria-selected", "false");
        element.textContent = suggestion.title;
        element.addEventListener("mousedown", function (event) { event.preventDefault(); });
        element.addEventListener("click", function () { open(suggestion.url); });
        return { element: element, url: suggestion.url };
      });
      list.replaceChildren.apply(list, items.map(function (item) { return item.element; }));
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!items.length) { close(); status.textContent = ""; return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = (texts.count || "%(count)s").replace("%(count)s", items.length);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      timer = setTimeout(function () {
        asked = text;
        fetch(input.dataset.autocomplete + "&q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) { if (asked === text) show(data.suggestions || []); })
          .catch(function () {});
      }, 150);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = !list.hidden;
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        if (!expanded) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        choose(active + 1 < items.length ? active + 1 : 0);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        if (!expanded) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        choose(active > 0 ? active - 1 : items.length - 1);
      } else if (event.key === "Enter" && expanded && active >= 0) {
        event.preventDefault();
        open(items[active].url);
      } else if (event.key === "Escape" && expanded) {
        event.preventDefault();  // the first Escape closes the list, a second one clears the box
        close();
      }
    });
    input.addEventListener("blur", close);
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
        // A visitor who opened the filters on a phone keeps them open while choosing.
        var filters = results.querySelector("[data-search-filters]");
        var freshFilters = fresh.querySelector("[data-search-filters]");
        if (filters && freshFilters && filters.open) freshFilters.open = true;
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
