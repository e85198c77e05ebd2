/* xen-abi report: filtering and search. Plain JavaScript, no network; every page reads fine without it. */
"use strict";

function $(id) { return document.getElementById(id); }

function matches(name, query) {
  return query === "" || name.toLowerCase().indexOf(query) !== -1;
}

function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

/* The matrix: name, class in the newest release, changed only, sub-operations shown. */
function setupMatrix() {
  var form = $("matrix-filter"), table = $("matrix");
  if (!form || !table) return;
  var name = $("f-name"), cls = $("f-class"), changed = $("f-changed"), subops = $("f-subops"), out = $("f-count");
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
  function rowMatches(tr, q) {
    if (tr.dataset.kind === "subop" && !subops.checked) return false;
    if (!matches(tr.dataset.name, q)) return false;
    if (cls.value !== "" && tr.dataset.latest !== cls.value) return false;
    if (changed.checked && !("changed" in tr.dataset)) return false;
    return true;
  }
  function apply() {
    var q = name.value.trim().toLowerCase(), shown = 0;
    Array.prototype.forEach.call(table.tBodies, function (tbody) {
      var head = tbody.rows[0], any = false;
      for (var i = 1; i < tbody.rows.length; i++) {
        var ok = rowMatches(tbody.rows[i], q);
        tbody.rows[i].hidden = !ok;
        if (ok) { any = true; shown++; }
      }
      var headOk = rowMatches(head, q);
      /* A hypercall stays visible, as context, when one of its sub-operations matches. */
      head.hidden = !(headOk || any);
      head.classList.toggle("context", !headOk && any);
      if (headOk) shown++;
    });
    out.textContent = "showing " + shown + " of " + plural(rows.length, "row", "rows");
  }
  [name, cls, changed, subops].forEach(function (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); });
  var params = new URLSearchParams(location.search);
  if (params.get("q")) name.value = params.get("q");
  form.hidden = false;
  apply();
}

/* The landing page: what can I rely on since release X. */
function setupSince() {
  var form = $("since-form");
  if (!form) return;
  var release = $("since-release"), name = $("since-name"), hide = $("since-hide"), out = $("since-count");
  var tables = [$("since-hypercalls"), $("since-subops")];
  var params = new URLSearchParams(location.search);
  if (params.get("since")) {
    Array.prototype.forEach.call(release.options, function (o) {
      if (o.textContent === params.get("since") || o.textContent + ".0" === params.get("since")) o.selected = true;
    });
  }
  function apply() {
    var x = parseInt(release.value, 10), q = name.value.trim().toLowerCase(), counts = [];
    var label = release.options[release.selectedIndex].textContent;
    tables.forEach(function (table) {
      var usable = 0, shown = 0, perArch = {};
      table.classList.add("filtered");
      Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
        var any = false;
        Array.prototype.forEach.call(tr.cells, function (td) {
          var since = td.dataset.since;
          var ok = since !== undefined && since !== "" && parseInt(since, 10) <= x;
          td.classList.toggle("ok", ok);
          if (ok) { any = true; perArch[td.dataset.arch] = (perArch[td.dataset.arch] || 0) + 1; }
        });
        if (any) usable++;
        tr.hidden = !(matches(tr.dataset.name, q) || matches(tr.dataset.hypercall, q)) || (hide.checked && !any);
        if (!tr.hidden) shown++;
      });
      counts.push(usable);
      /* The footer counts what can be relied on per arch; an arch younger than the release gets a note. */
      Array.prototype.forEach.call(table.tFoot.querySelectorAll("td[data-arch]"), function (td) {
        td.textContent = perArch[td.dataset.arch] || 0;
      });
      table.tFoot.querySelector(".since-label").textContent = label;
      Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-first]"), function (th) {
        var first = parseInt(th.dataset.first, 10);
        var note = th.querySelector(".note");
        note.textContent = first > x ? " from " + release.options[Math.min(first, release.options.length - 1)].textContent : "";
      });
    });
    out.textContent = plural(counts[0], "hypercall", "hypercalls") + " and " + plural(counts[1], "sub-operation", "sub-operations") +
      " stable since " + label + " on at least one architecture";
  }
  [release, name, hide].forEach(function (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); });
  form.hidden = false;
  apply();
}

/* The index of hypercalls, sub-operations and types. */
function setupItems() {
  var form = $("items-filter");
  if (!form) return;
  var name = $("i-name"), out = $("i-count");
  function apply() {
    var q = name.value.trim().toLowerCase(), shown = 0;
    Array.prototype.forEach.call(document.querySelectorAll("#items .hcbox"), function (box) {
      var own = matches(box.dataset.name, q), any = false;
      Array.prototype.forEach.call(box.querySelectorAll("li"), function (li) {
        var ok = own || matches(li.dataset.name, q);
        li.hidden = !ok;
        if (ok) { any = true; shown++; }
      });
      box.hidden = !(own || any);
      if (own) shown++;
    });
    Array.prototype.forEach.call(document.querySelectorAll("#types li"), function (li) {
      li.hidden = !matches(li.dataset.name, q);
      if (!li.hidden) shown++;
    });
    out.textContent = shown + " shown";
  }
  name.addEventListener("input", apply);
  form.hidden = false;
  apply();
}

document.addEventListener("DOMContentLoaded", function () {
  setupMatrix();
  setupSince();
  setupItems();
});
