// sitrep web UI: filters and permalinks (URL hash) -> API -> map, timeline, list and event detail.
import { getJson, queryString } from './js/api.js';
import { el, clear, formatCount } from './js/dom.js';
import { readHash, go, hashOf, FILTER_KEYS } from './js/state.js';
import { TYPES, colorOf } from './js/types.js';
import { EventMap } from './js/map.js';
import { Timeline } from './js/timeline.js';
import { renderDetail } from './js/detail.js';

const MAX_EVENTS = 5000;   // events drawn on the map; the summary says when a view holds more
const LIST_LIMIT = 300;    // rows in the side list
const REGION_FILES = ['regions-sy', 'regions-iq', 'regions-ye', 'regions-lb', 'regions-ua'];

const $ = (id) => document.getElementById(id);
const form = $('filters');
const listEl = $('event-list');
const detailEl = $('detail');
const summaryEl = $('summary');
const errorEl = $('error');

let state = readHash();
let events = [];
let loadSeq = 0;
let lastFilterKey = null;

const map = new EventMap($('map'), {
  onSelect: (id) => go({ ...state, event: id }),
  onSelectMany: (members) => showList(members, `${members.length} events at this spot`),
});
const timeline = new Timeline($('timeline'), {
  onRange: (from, to) => go({ filters: { ...state.filters, from: from || undefined, to: to || undefined }, event: state.event }),
});

function showError(message) {
  errorEl.textContent = message;
  errorEl.hidden = !message;
}

function setBusy(busy) {
  document.body.dataset.state = busy ? 'loading' : 'ready';
}

/** Filters without undefined values (the hash and the API both skip them). */
function cleanFilters(f) {
  const out = {};
  for (const k of FILTER_KEYS) if (f[k]) out[k] = f[k];
  return out;
}

function fillForm() {
  for (const k of ['q', 'event_type', 'actor', 'admin1', 'source', 'disputed']) {
    const input = $('f-' + k);
    const v = state.filters[k] || '';
    if (input.tagName === 'SELECT' && v && ![...input.options].some((o) => o.value === v)) {
      input.appendChild(el('option', { value: v }, v));
    }
    input.value = v;
  }
  const { from, to } = state.filters;
  $('range-label').textContent = from || to ? `${from || '…'} to ${to || '…'}` : '';
  $('range-clear').hidden = !(from || to);
}

function updateExports() {
  const qs = queryString(cleanFilters(state.filters));
  for (const f of ['csv', 'geojson', 'jsonl']) $('x-' + f).setAttribute('href', 'api/export.' + f + (qs ? '?' + qs : ''));
}

function showList(items, heading) {
  clear(listEl);
  detailEl.hidden = true;
  listEl.hidden = false;
  if (heading) listEl.appendChild(el('li', { class: 'list-heading' }, heading));
  for (const e of items.slice(0, LIST_LIMIT)) {
    const dot = el('span', { class: 'dot' });
    dot.style.background = colorOf(e.event_type);
    const row = el('li', { class: 'event-row' + (e.disputed ? ' disputed' : '') },
      el('button', { type: 'button', class: 'event-link', 'data-event-id': e.event_id },
        dot,
        el('span', { class: 'row-date' }, e.event_date || 'undated'),
        el('span', { class: 'row-type' }, e.sub_event_type),
        el('span', { class: 'row-place' }, [e.location, e.admin1].filter(Boolean).join(', ') || 'unknown place'),
        e.fatalities ? el('span', { class: 'row-dead' }, e.fatalities + ' killed') : null,
        e.disputed ? el('span', { class: 'row-disputed' }, 'disputed') : null));
    listEl.appendChild(row);
  }
  if (items.length > LIST_LIMIT) {
    listEl.appendChild(el('li', { class: 'muted' }, `… and ${formatCount(items.length - LIST_LIMIT)} more: narrow the filters`));
  }
}

listEl.addEventListener('click', (ev) => {
  const b = ev.target.closest('button.event-link');
  if (b) go({ ...state, event: b.dataset.eventId });
});

async function loadEvents() {
  const filters = cleanFilters(state.filters);
  const key = JSON.stringify(filters);
  if (key === lastFilterKey) return;
  lastFilterKey = key;
  const seq = ++loadSeq;
  const undated = { ...filters };
  delete undated.from;
  delete undated.to;
  const [page, stats, timelineStats] = await Promise.all([
    getJson('api/events', { ...filters, limit: MAX_EVENTS }),
    getJson('api/stats', filters),
    // the timeline shows every day of the other filters, so a brushed range can be widened again
    getJson('api/stats', undated),
  ]);
  if (seq !== loadSeq) return;
  events = page.items;
  map.setEvents(events);
  map.setChoropleth(stats.by_admin1);
  timeline.setData(timelineStats.by_day_type);
  timeline.setRange(filters.from, filters.to);
  const dead = events.reduce((s, e) => s + (e.fatalities || 0), 0);
  summaryEl.textContent = `${formatCount(page.total)} events` + (page.total > events.length ? ` (first ${formatCount(events.length)} on the map)` : '')
    + `, ${formatCount(dead)} killed` + `, ${formatCount(events.filter((e) => e.disputed).length)} disputed`;
  summaryEl.dataset.total = String(page.total);
}

async function showEvent(id) {
  const data = await getJson('api/events/' + encodeURIComponent(id));
  if (state.event !== id) return;
  listEl.hidden = true;
  renderDetail(detailEl, data, {
    onClose: () => go({ ...state, event: null }),
    permalink: hashOf({ filters: cleanFilters(state.filters), event: id }),
  });
  map.select(data.event);
}

async function render() {
  state = readHash();
  fillForm();
  updateExports();
  setBusy(true);
  showError('');
  try {
    await loadEvents();
    if (state.event) {
      await showEvent(state.event);
    } else {
      map.select(null);
      showList(events);
    }
  } catch (e) {
    showError(e.message);
  } finally {
    setBusy(false);
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const f = { ...state.filters };
  for (const k of ['q', 'event_type', 'actor', 'admin1', 'source', 'disputed']) f[k] = $('f-' + k).value.trim() || undefined;
  go({ filters: cleanFilters(f), event: null });
});
for (const k of ['event_type', 'actor', 'admin1', 'disputed']) {
  $('f-' + k).addEventListener('change', () => form.requestSubmit());
}
$('f-clear').addEventListener('click', () => go({ filters: {}, event: null }));
$('range-clear').addEventListener('click', () => go({ filters: { ...state.filters, from: undefined, to: undefined }, event: state.event }));
window.addEventListener('hashchange', render);

function legend() {
  const box = $('legend');
  for (const t of TYPES) {
    const sw = el('span', { class: 'swatch' });
    sw.style.background = t.color;
    box.appendChild(el('span', { class: 'legend-item' }, sw, t.label));
  }
}

async function start() {
  legend();
  for (const t of TYPES) $('f-event_type').appendChild(el('option', { value: t.label }, t.label));
  try {
    const [topology, actors, stats, ...regions] = await Promise.all([
      fetch('data/countries-50m.json').then((r) => r.json()),
      getJson('api/actors', { limit: 300 }),
      getJson('api/stats'),
      ...REGION_FILES.map((f) => fetch('data/' + f + '.geojson').then((r) => r.json())),
    ]);
    map.setBase(topology, regions);
    for (const a of actors.items) $('f-actor').appendChild(el('option', { value: a.actor }, `${a.actor} (${a.events})`));
    for (const name of Object.keys(stats.by_admin1).sort()) {
      $('f-admin1').appendChild(el('option', { value: name }, `${name} (${stats.by_admin1[name]})`));
    }
  } catch (e) {
    showError('Could not load the map base or filter lists: ' + e.message);
  }
  await render();
}

start();
