// The map: country outlines (world-atlas TopoJSON) and governorate/oblast outlines shipped with the app as the
// base layer (no tile server), a choropleth of events per region, and event markers clustered on a screen grid,
// coloured by type and sized by fatalities.
import { colorOf } from './types.js';
import { el } from './dom.js';

const CELL = 46;            // grid cell in screen pixels: events closer than this merge into one cluster
const CHORO = ['#fff5eb', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

/** Lower-case letters only, without the usual admin suffixes: "Dar`a Governorate" -> "dara". */
export function normRegion(name) {
  return String(name || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(governorate|province|oblast|muhafazat|city|region)\b/g, '').replace(/[^a-z]/g, '');
}

// English exonyms the outline files do not carry
const ALIASES = new Map([['ruraldamascus', 'rifdimashq'], ['damascuscountryside', 'rifdimashq']]);

/**
 * A looser key for transliteration variants (Idleb/Idlib, Ar-Raqqa/Ar Raqqah, Lattakia/Latakia, Tartous/Tartus):
 * no leading article, no final h after a vowel, no vowels, no doubled letters.
 */
export function skeleton(name) {
  let n = normRegion(name);
  n = ALIASES.get(n) || n;
  n = n.replace(/^(al|ar|as|ad|an|at|az|el|ash)(?=[a-z]{4})/, '').replace(/([aeiouy])h$/, '$1');
  return n.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

export class EventMap {
  constructor(container, { onSelect, onSelectMany }) {
    this.onSelect = onSelect;
    this.onSelectMany = onSelectMany;
    this.map = L.map(container, { minZoom: 2, maxZoom: 13, zoomSnap: 0.5, attributionControl: false, worldCopyJump: false });
    this.map.setView([35, 38.5], 6);
    // panes, bottom to top: country fills, region outlines and choropleth, then markers (overlay pane, 400)
    this.map.createPane('base').style.zIndex = 200;
    this.map.createPane('regions').style.zIndex = 350;
    this.markers = L.layerGroup().addTo(this.map);
    this.selectedLayer = L.layerGroup().addTo(this.map);
    this.regionLayer = null;
    this.regionsByName = new Map();
    this.regionsBySkeleton = new Map();
    this.events = [];
    this.selected = null;
    this.fitted = false;
    this.map.on('zoomend', () => this.drawMarkers());
  }

  /** Countries and regions; regions keep a lookup by every English name they have. */
  setBase(topology, regionCollections) {
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, { pane: 'base', interactive: false, style: { color: '#9aa5b1', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 } })
      .addTo(this.map);
    const features = regionCollections.flatMap((c) => c.features);
    for (const f of features) {
      const names = [f.properties.name, ...(f.properties.names_eng || [])];
      for (const n of names) {
        const k = normRegion(n);
        if (k && !this.regionsByName.has(k)) this.regionsByName.set(k, f);
        const sk = skeleton(n);
        if (sk.length >= 2 && !this.regionsBySkeleton.has(sk)) this.regionsBySkeleton.set(sk, f);
      }
    }
    this.regionLayer = L.geoJSON({ type: 'FeatureCollection', features }, {
      pane: 'regions',
      style: () => ({ color: '#6b7785', weight: 0.8, fillOpacity: 0, fillColor: '#ffffff', className: 'region' }),
      onEachFeature: (f, layer) => {
        const tip = el('span', { class: 'region-tip' });
        layer.bindTooltip(tip, { sticky: true });
        layer.on('tooltipopen', () => {
          tip.textContent = f.properties.name + ': ' + (f.__count || 0) + ' event' + (f.__count === 1 ? '' : 's');
        });
      },
    }).addTo(this.map);
  }

  /** Fills each region by its number of events (classes up to the largest count). */
  setChoropleth(countsByAdmin1) {
    if (!this.regionLayer) return;
    const counts = new Map();
    for (const [name, n] of Object.entries(countsByAdmin1)) {
      const f = this.regionsByName.get(normRegion(name)) || this.regionsBySkeleton.get(skeleton(name));
      if (f) counts.set(f, (counts.get(f) || 0) + n);
    }
    const max = Math.max(1, ...counts.values());
    this.regionLayer.eachLayer((layer) => {
      const n = counts.get(layer.feature) || 0;
      layer.feature.__count = n;
      const cls = n === 0 ? 0 : 1 + Math.min(CHORO.length - 2, Math.floor((Math.log(n) / Math.log(max + 1)) * (CHORO.length - 1)));
      layer.setStyle({ fillColor: CHORO[cls], fillOpacity: n === 0 ? 0 : 0.55 });
      const path = layer.getElement && layer.getElement();
      if (path) path.setAttribute('data-count', String(n));
    });
  }

  setEvents(events) {
    this.events = events.filter((e) => e.latitude !== null && e.longitude !== null);
    if (!this.fitted && this.events.length) {
      // the bulk of the events, not every stray one: a few far-off places would zoom out to the whole world
      const q = (xs, p) => xs[Math.min(xs.length - 1, Math.max(0, Math.round(p * (xs.length - 1))))];
      const lats = this.events.map((e) => e.latitude).sort((a, b) => a - b);
      const lons = this.events.map((e) => e.longitude).sort((a, b) => a - b);
      const bounds = L.latLngBounds([q(lats, 0.05), q(lons, 0.05)], [q(lats, 0.95), q(lons, 0.95)]);
      this.map.fitBounds(bounds.pad(0.2), { maxZoom: 8 });
      this.fitted = true;
    }
    this.drawMarkers();
  }

  select(event) {
    this.selected = event;
    this.selectedLayer.clearLayers();
    if (event && event.latitude !== null && event.longitude !== null) {
      L.circleMarker([event.latitude, event.longitude], { radius: 16, color: '#111', weight: 3, fill: false,
        interactive: false, className: 'selected-ring' }).addTo(this.selectedLayer);
    }
  }

  drawMarkers() {
    this.markers.clearLayers();
    const zoom = this.map.getZoom();
    const cells = new Map();
    for (const e of this.events) {
      const p = this.map.project([e.latitude, e.longitude], zoom);
      const key = Math.floor(p.x / CELL) + ':' + Math.floor(p.y / CELL);
      let c = cells.get(key);
      if (!c) cells.set(key, (c = []));
      c.push(e);
    }
    for (const members of cells.values()) {
      if (members.length === 1) this.addEventMarker(members[0]);
      else this.addCluster(members);
    }
  }

  addEventMarker(e) {
    const radius = Math.min(20, 5 + 2.5 * Math.log2(1 + (e.fatalities || 0)));
    const m = L.circleMarker([e.latitude, e.longitude], {
      radius, color: '#222', weight: 1, fillColor: colorOf(e.event_type), fillOpacity: 0.85, className: 'ev-marker',
    });
    const tip = el('span', {}, (e.event_date || '????-??-??') + ' · ' + e.sub_event_type + ' · ' + (e.location || '?')
      + (e.fatalities ? ' · ' + e.fatalities + ' killed' : ''));
    m.bindTooltip(tip);
    m.on('click', () => this.onSelect(e.event_id));
    m.addTo(this.markers);
    const path = m.getElement();
    if (path) path.setAttribute('data-event-id', e.event_id);
  }

  addCluster(members) {
    const lat = members.reduce((s, e) => s + e.latitude, 0) / members.length;
    const lon = members.reduce((s, e) => s + e.longitude, 0) / members.length;
    const byType = new Map();
    let dead = 0;
    for (const e of members) {
      byType.set(e.event_type, (byType.get(e.event_type) || 0) + 1);
      dead += e.fatalities || 0;
    }
    const dominant = [...byType.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const size = Math.round(Math.min(54, 24 + 6 * Math.log2(members.length) + 2 * Math.log2(1 + dead)));
    const badge = el('div', { class: 'cluster-badge' }, String(members.length));
    badge.style.background = colorOf(dominant);
    badge.style.width = badge.style.height = badge.style.lineHeight = size + 'px';
    const icon = L.divIcon({ html: badge, className: 'cluster', iconSize: [size, size] });
    const marker = L.marker([lat, lon], { icon, keyboard: true, title: members.length + ' events' });
    const tip = el('span', {}, members.length + ' events, ' + dead + ' killed — ' +
      [...byType.entries()].map(([t, n]) => n + ' ' + t).join(', '));
    marker.bindTooltip(tip);
    marker.on('click', () => {
      const bounds = L.latLngBounds(members.map((e) => [e.latitude, e.longitude]));
      const spread = this.map.project(bounds.getNorthEast(), this.map.getMaxZoom())
        .distanceTo(this.map.project(bounds.getSouthWest(), this.map.getMaxZoom()));
      if (spread > CELL && this.map.getZoom() < this.map.getMaxZoom()) this.map.fitBounds(bounds.pad(0.3));
      else this.onSelectMany(members);
    });
    marker.addTo(this.markers);
  }
}
