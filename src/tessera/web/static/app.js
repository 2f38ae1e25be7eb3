// Keyboard-first review: the queue and the event page. No inline scripts (the CSP forbids them).
(function () {
  "use strict";
  var role = document.body.dataset.role || "";
  var mayReview = role === "reviewer" || role === "admin";

  function typing(ev) {
    var t = ev.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }

  // --- the queue ---
  var queue = document.getElementById("queue");
  if (queue) {
    var current = 0;
    var rows = function () { return Array.prototype.slice.call(queue.querySelectorAll("tr.item")); };
    var select = function (i) {
      var all = rows();
      if (!all.length) { return; }
      current = Math.max(0, Math.min(i, all.length - 1));
      all.forEach(function (r, j) { r.classList.toggle("selected", j === current); });
      all[current].scrollIntoView({ block: "nearest" });
    };
    var selected = function () { return rows()[current]; };
    select(0);
    document.body.addEventListener("htmx:afterSwap", function () {
      var left = document.getElementById("left");
      var n = Math.max(0, parseInt(left.dataset.left, 10) - 1);
      left.dataset.left = String(n);
      left.textContent = n + " left";
      select(current);
    });
    document.addEventListener("keydown", function (ev) {
      if (typing(ev) || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
      var row = selected();
      if (ev.key === "j" || ev.key === "ArrowDown") { select(current + 1); }
      else if (ev.key === "k" || ev.key === "ArrowUp") { select(current - 1); }
      else if ((ev.key === "o" || ev.key === "Enter") && row) { window.location = "/events/" + row.dataset.id; }
      else if (ev.key === "s" && row && row.dataset.source) { window.location = "/reports/" + encodeURIComponent(row.dataset.source); }
      else if (ev.key === "e" && row && mayReview) { window.location = "/events/" + row.dataset.id + "#edit"; }
      else if (ev.key === "c" && row && mayReview) { row.querySelector("button.confirm").click(); }
      else if (ev.key === "x" && row && mayReview) { row.querySelector("button.reject").click(); }
      else { return; }
      ev.preventDefault();
    });
  }

  // --- the event page ---
  var eventHead = document.getElementById("event");
  if (eventHead) {
    var details = document.getElementById("edit-details");
    if (details && window.location.hash === "#edit") { details.open = true; }
    var submitWith = function (id) {
      var form = document.getElementById("review-form");
      var button = document.getElementById(id);
      if (form && button) { form.requestSubmit(button); }
    };
    document.addEventListener("keydown", function (ev) {
      if (typing(ev) || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
      if (ev.key === "c" && mayReview) { submitWith("confirm-btn"); }
      else if (ev.key === "x" && mayReview) { submitWith("reject-btn"); }
      else if (ev.key === "e" && details) {
        details.open = true;
        var first = details.querySelector("select, input:not([type=hidden])");
        if (first) { first.focus(); }
      }
      else if (ev.key === "s") { var link = document.querySelector("a.source-link"); if (link) { link.click(); } }
      else if (ev.key === "n" && eventHead.dataset.next) { window.location = "/events/" + eventHead.dataset.next; }
      else if (ev.key === "q") { window.location = "/queue"; }
      else { return; }
      ev.preventDefault();
    });
  }
})();
