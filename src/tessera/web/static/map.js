// The map, the timeline and the list: one set of events, each view narrowing the others.
// The basemap is the shipped country and province shapes (no tile server); coarse places are
// drawn as areas: a province-only place as its province's shape.
(function () {
  "use strict";
  var TYPE_COLOURS = {
    escape: "#1f77b4", disappearance: "#7f3c8d", arrest: "#d62728", repatriation: "#ff7f0e",
    interrogation: "#8c564b", punishment: "#e377c2", execution: "#000000", violence: "#b22222",
    search: "#2ca02c", movement_restriction: "#17becf", crackdown: "#bcbd22"
  };
  var DAY = 86400000;
  var el = document.getElementById("map");
  if (!el) { return; }
  var query = el.dataset.query || "";

  var map = L.map(el, { zoomControl: true, attributionControl: true, minZoom: 3, maxZoom: 12 })
    .setView([40.3, 127.5], 6);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Country and province shapes: Natural Earth (public domain)");
  fetch("/static/basemap/countries.geojson").then(function (r) { return r.json(); }).then(function (geo) {
    L.geoJSON(geo, {
      style: function (f) {
        var dprk = f.properties && f.properties.name === "North Korea";
        return { color: "#777", weight: 1, fillColor: dprk ? "#f3ead7" : "#e8e8e3", fillOpacity: 1 };
      },
      interactive: false
    }).addTo(map).bringToBack();
    el.dataset.basemap = "loaded";
  });
  // First-level divisions (North Korea, China, Russia's border regions): thin lines with their
  // names, and the shapes that a place known only to its province is drawn as.
  var provinceShapes = {}; // "Country:Name" -> GeoJSON feature
  var provinceLayer = L.geoJSON(null, {
    style: function () { return { color: "#8a8a80", weight: 0.7, dashArray: "3 3", fill: false, className: "province" }; },
    interactive: false,
    onEachFeature: function (f, lyr) {
      provinceShapes[f.properties.country + ":" + f.properties.name] = f;
      lyr.bindTooltip(f.properties.name, { permanent: true, direction: "center", className: "province-label" });
    }
  }).addTo(map);
  function labelsByZoom() { el.classList.toggle("far", map.getZoom() < 5); }
  map.on("zoomend", labelsByZoom);
  labelsByZoom();
  fetch("/static/divisions/provinces.geojson").then(function (r) { return r.json(); }).then(function (geo) {
    provinceLayer.addData(geo);
    el.dataset.provinces = String(geo.features.length);
    if (items.length) { render(); }
  });
  el.classList.add("sea");

  var layer = L.layerGroup().addTo(map);
  var items = [];
  var layerOf = {}; // event id -> its marker or area, so the list and the timeline can point at it
  var timeWindow = null; // [start ms, end ms] chosen on the timeline

  function ms(day) { return day ? Date.parse(day + "T00:00:00Z") : null; }
  function colour(t) { return TYPE_COLOURS[t] || "#555"; }

  function inTime(it) {
    if (!timeWindow) { return true; }
    var s = ms(it.start), e = ms(it.end);
    return s !== null && s <= timeWindow[1] && (e === null ? s : e) + DAY >= timeWindow[0];
  }
  function inView(it) {
    if (it.lat === null || it.lat === undefined) { return true; } // no place: not the map's to hide
    return map.getBounds().pad(0.05).contains([it.lat, it.lon]);
  }

  function popup(it) {
    var div = document.createElement("div");
    var a = document.createElement("a");
    a.href = "/events/" + encodeURIComponent(it.id);
    a.textContent = it.summary || it.id;
    var p = document.createElement("p");
    p.textContent = it.type + " · " + it.status + " · " + it.review + " · " + (it.place || "") +
      (it.area_province ? " (known only to the province)" : it.area_m ? " (known only to this area)" : "");
    div.appendChild(a); div.appendChild(p);
    return div;
  }

  // Points close together on screen are drawn as one numbered cluster.
  function drawMap(visible) {
    layer.clearLayers();
    layerOf = {};
    var cells = {};
    visible.forEach(function (it) {
      if (it.lat === null || it.lat === undefined) { return; }
      var shape = it.area_province && provinceShapes[it.area_province];
      if (shape) {
        // Known only to its province: the province itself, not a pin at its centre.
        layerOf[it.id] = L.geoJSON(shape, {
          style: function () {
            return { color: colour(it.type), weight: 1.5, dashArray: "4 4", fillColor: colour(it.type), fillOpacity: 0.15, className: "area province-area" };
          }
        }).bindPopup(popup(it)).addTo(layer);
        return;
      }
      if (it.area_m) {
        layerOf[it.id] = L.circle([it.lat, it.lon], {
          radius: it.area_m, color: colour(it.type), weight: 1, dashArray: "4 4",
          fillColor: colour(it.type), fillOpacity: 0.12, className: "area"
        }).bindPopup(popup(it)).addTo(layer);
        return;
      }
      var pt = map.latLngToLayerPoint([it.lat, it.lon]);
      var key = Math.round(pt.x / 36) + ":" + Math.round(pt.y / 36);
      (cells[key] = cells[key] || []).push(it);
    });
    Object.keys(cells).forEach(function (key) {
      var group = cells[key];
      var first = group[0];
      if (group.length === 1) {
        layerOf[first.id] = L.circleMarker([first.lat, first.lon], {
          radius: 7, color: "#222", weight: 1, fillColor: colour(first.type), fillOpacity: 0.9, className: "pin"
        }).bindPopup(popup(first)).addTo(layer);
        return;
      }
      var lat = 0, lon = 0;
      group.forEach(function (g) { lat += g.lat; lon += g.lon; });
      var icon = L.divIcon({ className: "cluster", html: "", iconSize: [30, 30] });
      var m = L.marker([lat / group.length, lon / group.length], { icon: icon, keyboard: false }).addTo(layer);
      m.getElement().textContent = String(group.length);
      m.on("click", function () { map.setView(m.getLatLng(), Math.min(map.getZoom() + 2, 12)); });
    });
  }

  var svg = document.getElementById("timeline");
  var NS = "http://www.w3.org/2000/svg";
  function svgEl(name, attrs) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // Each dated event a bar from its first to its last possible day, in lanes that do not overlap.
  function drawTimeline(visible) {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var dated = visible.filter(function (it) { return it.start; });
    var width = svg.clientWidth || 800;
    if (!dated.length) {
      svg.setAttribute("height", "30");
      var t = svgEl("text", { x: 8, y: 20, "class": "empty" }); t.textContent = "no dated events"; svg.appendChild(t);
      return;
    }
    var lo = Math.min.apply(null, dated.map(function (it) { return ms(it.start); }));
    var hi = Math.max.apply(null, dated.map(function (it) { return ms(it.end || it.start) + DAY; }));
    if (hi - lo < 30 * DAY) { lo -= 15 * DAY; hi += 15 * DAY; }
    var x = function (t) { return 10 + (t - lo) / (hi - lo) * (width - 20); };
    dated.sort(function (a, b) { return ms(a.start) - ms(b.start); });
    var lanes = [];
    dated.forEach(function (it) {
      var s = x(ms(it.start)), e = Math.max(x(ms(it.end || it.start) + DAY), s + 3);
      var lane = 0;
      while (lane < lanes.length && lanes[lane] > s - 1) { lane++; }
      lanes[lane] = e;
      it._bar = [s, e, lane];
    });
    var laneH = 7, top = 22;
    var height = top + Math.min(lanes.length, 40) * laneH + 6;
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    // Year ticks.
    var y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear();
    var stepY = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
    for (var y = y0; y <= y1 + 1; y += stepY) {
      var tx = x(Date.UTC(y, 0, 1));
      if (tx < 10 || tx > width - 10) { continue; }
      svg.appendChild(svgEl("line", { x1: tx, x2: tx, y1: 14, y2: height, "class": "tick" }));
      var label = svgEl("text", { x: tx + 2, y: 12, "class": "tick-label" }); label.textContent = String(y);
      svg.appendChild(label);
    }
    dated.forEach(function (it) {
      var b = it._bar;
      if (b[2] >= 40) { return; }
      var rect = svgEl("rect", {
        x: b[0], y: top + b[2] * laneH, width: b[1] - b[0], height: laneH - 2,
        fill: colour(it.type), "class": "bar", "data-id": it.id
      });
      var title = svgEl("title", {}); title.textContent = it.type + ": " + it.start + (it.end !== it.start ? " – " + it.end : "") + " · " + it.summary;
      rect.appendChild(title);
      rect.addEventListener("click", function () { window.location = "/events/" + encodeURIComponent(it.id); });
      svg.appendChild(rect);
    });
    if (timeWindow) {
      svg.appendChild(svgEl("rect", {
        x: x(timeWindow[0]), y: 14, width: Math.max(2, x(timeWindow[1]) - x(timeWindow[0])), height: height - 14, "class": "window"
      }));
    }
    svg._scale = { lo: lo, hi: hi, width: width };
  }

  // Drag across the timeline to keep only that time on the map and in the list; double-click clears.
  var dragFrom = null;
  function timeAt(ev) {
    var s = svg._scale; if (!s) { return null; }
    var r = svg.getBoundingClientRect();
    return s.lo + (ev.clientX - r.left - 10) / (s.width - 20) * (s.hi - s.lo);
  }
  svg.addEventListener("mousedown", function (ev) { if (ev.target.classList.contains("bar")) { return; } dragFrom = timeAt(ev); });
  svg.addEventListener("mouseup", function (ev) {
    if (dragFrom === null) { return; }
    var to = timeAt(ev);
    if (to !== null && Math.abs(to - dragFrom) > DAY) { timeWindow = [Math.min(dragFrom, to), Math.max(dragFrom, to)]; render(); }
    dragFrom = null;
  });
  svg.addEventListener("dblclick", function () { timeWindow = null; render(); });

  function drawList(visible) {
    var list = document.getElementById("list");
    var table = document.createElement("table");
    table.className = "list";
    var head = table.createTHead().insertRow();
    ["type", "status", "review", "when", "place", "summary"].forEach(function (h) {
      var th = document.createElement("th"); th.textContent = h; head.appendChild(th);
    });
    var body = table.createTBody();
    visible.slice(0, 500).forEach(function (it) {
      var tr = body.insertRow();
      tr.dataset.id = it.id;
      // A row points at its event on the map (its own marker, or the cluster's place) and the timeline.
      tr.addEventListener("mouseenter", function () {
        var bar = svg.querySelector('rect.bar[data-id="' + CSS.escape(it.id) + '"]');
        if (bar) { bar.classList.add("hot"); }
        if (layerOf[it.id]) { layerOf[it.id].openPopup(); }
      });
      tr.addEventListener("mouseleave", function () {
        svg.querySelectorAll("rect.bar.hot").forEach(function (b) { b.classList.remove("hot"); });
      });
      var when = it.start ? (it.end && it.end !== it.start ? it.start + " – " + it.end : it.start) : "?";
      [it.type, it.status, it.review, when, it.place].forEach(function (v) { tr.insertCell().textContent = v || ""; });
      var a = document.createElement("a");
      a.href = "/events/" + encodeURIComponent(it.id);
      a.textContent = it.summary || it.id;
      tr.insertCell().appendChild(a);
    });
    list.replaceChildren(table);
  }

  function render() {
    var inTimeItems = items.filter(inTime);
    drawMap(inTimeItems);
    var visible = inTimeItems.filter(inView);
    drawTimeline(items.filter(inView));
    drawList(visible);
    document.getElementById("shown").textContent = String(visible.length);
    document.getElementById("total").textContent = String(items.length);
    el.dataset.shown = String(visible.length);
  }

  var legend = document.getElementById("legend");
  Object.keys(TYPE_COLOURS).forEach(function (t) {
    var s = document.createElement("span");
    var sw = document.createElementNS(NS, "svg"); sw.setAttribute("width", "10"); sw.setAttribute("height", "10");
    sw.appendChild(svgEl("rect", { width: 10, height: 10, fill: TYPE_COLOURS[t] }));
    s.appendChild(sw); s.appendChild(document.createTextNode(" " + t));
    legend.appendChild(s);
  });

  var exportLink = document.getElementById("export-link");
  function updateExport() {
    if (!exportLink) { return; }
    var params = new URLSearchParams(query);
    params.set("format", document.getElementById("export-format").value);
    if (document.getElementById("export-reviewed").checked) { params.set("reviewed_only", "1"); }
    else { params.set("all", "1"); params.delete("reviewed_only"); }
    exportLink.href = "/export?" + params.toString();
  }
  if (exportLink) {
    document.getElementById("export-format").addEventListener("change", updateExport);
    document.getElementById("export-reviewed").addEventListener("change", updateExport);
    updateExport();
  }

  map.on("moveend", render);
  fetch("/api/map?" + query, { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (data) { items = data.items || []; render(); el.dataset.ready = "1"; });
})();
