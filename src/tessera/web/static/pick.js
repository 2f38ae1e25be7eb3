// The event page's place picker: names from the gazetteer as one types, coordinates from a click
// on the (offline) map.
(function () {
  "use strict";
  var suggestions = {};
  var timer = null;

  function fill(role, place) {
    var set = function (id, value) { var el = document.getElementById(role + "-" + id); if (el) { el.value = value === null || value === undefined ? "" : value; } };
    set("name", place.name); set("country", place.country); set("admin1", place.admin1);
    set("admin2", place.admin2); set("lat", place.lat); set("lon", place.lon); set("id", place.id);
    set("precision", place.precision);
    if (role === "where" && place.lat !== null) { moveMarker(place.lat, place.lon); }
  }

  document.querySelectorAll("input[data-pick]").forEach(function (input) {
    var role = input.dataset.pick;
    var list = document.getElementById(role + "-suggestions");
    input.addEventListener("input", function () {
      var chosen = suggestions[input.value];
      if (chosen) { fill(role, chosen); return; }
      document.getElementById(role + "-id").value = "";
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch("/api/places?q=" + encodeURIComponent(input.value), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (places) {
            list.replaceChildren();
            places.forEach(function (p) {
              var label = p.name + " — " + [p.admin1, p.country].filter(Boolean).join(", ") + " (" + p.precision + ")";
              suggestions[label] = p;
              var option = document.createElement("option");
              option.value = label;
              list.appendChild(option);
            });
            input.dataset.suggested = String(places.length);
          });
      }, 150);
    });
  });

  var el = document.getElementById("pick-map");
  var marker = null;
  var map = null;
  var provinces = [];

  // Even-odd rule over every ring of a (Multi)Polygon: holes count as outside.
  function inRing(x, y, ring) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) { inside = !inside; }
    }
    return inside;
  }
  function provinceAt(x, y) {
    return provinces.find(function (f) {
      return f.geometry.coordinates.some(function (poly) {
        return poly.reduce(function (acc, ring) { return inRing(x, y, ring) ? !acc : acc; }, false);
      });
    }) || null;
  }
  function moveMarker(lat, lon) {
    if (!map) { return; }
    if (marker) { marker.setLatLng([lat, lon]); } else { marker = L.circleMarker([lat, lon], { radius: 7, color: "#222", fillColor: "#d62728", fillOpacity: 0.9 }).addTo(map); }
    map.panTo([lat, lon]);
  }
  if (!el || !window.L) { return; }
  var details = document.getElementById("edit-details");
  function start() {
    if (map) { return; }
    var lat = parseFloat(document.getElementById("where-lat").value);
    var lon = parseFloat(document.getElementById("where-lon").value);
    var known = !isNaN(lat) && !isNaN(lon);
    map = L.map(el, { attributionControl: false, minZoom: 3, maxZoom: 12 }).setView(known ? [lat, lon] : [40.3, 127.5], known ? 7 : 5);
    fetch("/static/basemap/countries.geojson").then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, { style: { color: "#777", weight: 1, fillColor: "#f3ead7", fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
      el.dataset.basemap = "loaded";
    });
    // The shipped provinces: thin lines, and which province a clicked point falls in.
    fetch("/static/divisions/provinces.geojson").then(function (r) { return r.json(); }).then(function (geo) {
      provinces = geo.features;
      L.geoJSON(geo, { style: { color: "#8a8a80", weight: 0.7, dashArray: "3 3", fill: false }, interactive: false }).addTo(map);
      el.dataset.provinces = String(provinces.length);
    });
    if (known) { moveMarker(lat, lon); }
    map.on("click", function (ev) {
      document.getElementById("where-lat").value = ev.latlng.lat.toFixed(4);
      document.getElementById("where-lon").value = ev.latlng.lng.toFixed(4);
      document.getElementById("where-precision").value = "point";
      var inside = provinceAt(ev.latlng.lng, ev.latlng.lat);
      if (inside) {
        document.getElementById("where-admin1").value = inside.properties.name;
        document.getElementById("where-country").value = inside.properties.country;
      }
      moveMarker(ev.latlng.lat, ev.latlng.lng);
    });
  }
  if (details.open) { start(); }
  details.addEventListener("toggle", function () { if (details.open) { start(); map.invalidateSize(); } });
})();
