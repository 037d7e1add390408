// Events over time, stacked by type, drawn as plain SVG. Bars are days, or weeks/30-day spans on long
// timelines. Dragging across the chart selects a date range ("brushing"), which becomes the from/to filter of
// the map and list; a click on a bar selects its days; a click inside the selection clears it. A few stray dates
// (a 1963 anniversary in a 2015 corpus) would squash the chart, so the outer 1% on each side are left out of the
// axis and counted in a note instead.
import { TYPES, colorOf } from './types.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const M = { left: 34, right: 10, top: 16, bottom: 20 };

function svgEl(tag, attrs = {}, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

export function parseDay(s) {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function formatDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/** Axis extent [t0, t1] without the outer `trim` share of events on each side, and the bar width in days. */
export function layout(days, trim = 0.01) {
  const ts = [...days.keys()].sort((a, b) => a - b);
  if (!ts.length) return null;
  const totals = ts.map((t) => [...days.get(t).values()].reduce((a, b) => a + b, 0));
  const all = totals.reduce((a, b) => a + b, 0);
  let t0 = ts[0];
  let t1 = ts[ts.length - 1];
  if (t1 - t0 > 365 * DAY) {
    let acc = 0;
    for (let i = 0; i < ts.length; i++) {
      acc += totals[i];
      if (acc > all * trim) { t0 = ts[i]; break; }
    }
    acc = 0;
    for (let i = ts.length - 1; i >= 0; i--) {
      acc += totals[i];
      if (acc > all * trim) { t1 = ts[i]; break; }
    }
  }
  if (t1 - t0 < 13 * DAY) {
    const pad = Math.ceil((13 * DAY - (t1 - t0)) / 2 / DAY) * DAY;
    t0 -= pad;
    t1 += pad;
  }
  const spanDays = (t1 - t0) / DAY + 1;
  const bucket = spanDays <= 200 ? 1 : spanDays <= 3 * 365 ? 7 : 30;
  let before = 0;
  let after = 0;
  ts.forEach((t, i) => { if (t < t0) before += totals[i]; else if (t > t1) after += totals[i]; });
  return { t0, t1, bucket, n: Math.ceil(spanDays / bucket), before, after };
}

export class Timeline {
  constructor(svg, { onRange }) {
    this.svg = svg;
    this.onRange = onRange;
    this.days = new Map();     // t -> Map(type -> count)
    this.range = null;         // [fromT, toT] inclusive days
    this.drag = null;
    this.lay = null;
    svg.addEventListener('pointerdown', (e) => this.pointerDown(e));
    svg.addEventListener('pointermove', (e) => this.pointerMove(e));
    svg.addEventListener('pointerup', (e) => this.pointerUp(e));
    window.addEventListener('resize', () => this.draw());
  }

  setData(byDayType) {
    this.days = new Map();
    for (const r of byDayType) {
      const t = parseDay(r.day);
      let m = this.days.get(t);
      if (!m) this.days.set(t, (m = new Map()));
      m.set(r.event_type, (m.get(r.event_type) || 0) + r.count);
    }
    this.lay = layout(this.days);
    this.draw();
  }

  /** Shows a range chosen elsewhere (e.g. from a permalink); no dates clears it. */
  setRange(from, to) {
    if (!this.lay || !(from || to)) this.range = null;
    else this.range = [from ? parseDay(from) : Math.min(this.lay.t0, ...this.days.keys()), to ? parseDay(to) : Math.max(this.lay.t1, ...this.days.keys())];
    this.draw();
  }

  bucketOf(t) {
    return Math.floor((t - this.lay.t0) / DAY / this.lay.bucket);
  }

  /** First and last day of bucket i. */
  daysOf(i) {
    const a = this.lay.t0 + i * this.lay.bucket * DAY;
    return [a, a + (this.lay.bucket - 1) * DAY];
  }

  draw() {
    const svg = this.svg;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 120;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const lay = this.lay;
    if (!lay) {
      svg.appendChild(svgEl('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'empty' }, 'No dated events'));
      return;
    }
    const plotW = width - M.left - M.right;
    const plotH = height - M.top - M.bottom;
    this.barW = plotW / lay.n;
    const buckets = new Map();
    for (const [t, m] of this.days) {
      if (t < lay.t0 || t > lay.t1) continue;
      const i = this.bucketOf(t);
      let b = buckets.get(i);
      if (!b) buckets.set(i, (b = new Map()));
      for (const [type, c] of m) b.set(type, (b.get(type) || 0) + c);
    }
    let max = 1;
    for (const m of buckets.values()) max = Math.max(max, [...m.values()].reduce((a, b) => a + b, 0));

    svg.appendChild(svgEl('rect', { x: M.left, y: M.top, width: plotW, height: plotH, class: 'plot-bg' }));
    svg.appendChild(svgEl('text', { x: M.left - 4, y: M.top + 8, 'text-anchor': 'end', class: 'axis' }, String(max)));
    svg.appendChild(svgEl('text', { x: M.left - 4, y: M.top + plotH, 'text-anchor': 'end', class: 'axis' }, '0'));
    const unit = lay.bucket === 1 ? 'day' : lay.bucket === 7 ? 'week' : '30 days';
    const outside = [lay.before ? `${lay.before} earlier` : '', lay.after ? `${lay.after} later` : ''].filter(Boolean);
    svg.appendChild(svgEl('text', { x: M.left, y: M.top - 5, class: 'axis' }, 'events per ' + unit
      + (outside.length ? ` · ${outside.join(', ')} not shown` : '')));

    const bars = svgEl('g', { class: 'bars' });
    for (const [i, m] of buckets) {
      const [a, b] = this.daysOf(i);
      const x = M.left + i * this.barW;
      let y = M.top + plotH;
      const inRange = !this.range || (b >= this.range[0] && a <= this.range[1]);
      for (const type of TYPES) {
        const c = m.get(type.label);
        if (!c) continue;
        const h = (c / max) * plotH;
        y -= h;
        const r = svgEl('rect', { x: x + 0.5, y, width: Math.max(1, this.barW - 1), height: h, fill: colorOf(type.label),
          class: 'bar' + (inRange ? '' : ' dim'), 'data-day': formatDay(a), 'data-type': type.label, 'data-count': c });
        r.appendChild(svgEl('title', {}, `${formatDay(a)}${lay.bucket > 1 ? ' to ' + formatDay(b) : ''}: ${c} ${type.label}`));
        bars.appendChild(r);
      }
    }
    svg.appendChild(bars);

    const ticks = svgEl('g', { class: 'ticks' });
    const spanDays = (lay.t1 - lay.t0) / DAY;
    const every = Math.max(1, Math.ceil(lay.n / Math.max(2, Math.floor(plotW / 70))));
    for (let i = 0; i < lay.n; i += every) {
      const [a] = this.daysOf(i);
      const x = M.left + i * this.barW;
      ticks.appendChild(svgEl('line', { x1: x, x2: x, y1: M.top + plotH, y2: M.top + plotH + 4, class: 'tick' }));
      ticks.appendChild(svgEl('text', { x, y: height - 4, 'text-anchor': 'start', class: 'axis' },
        spanDays > 3 * 365 ? formatDay(a).slice(0, 7) : formatDay(a).slice(spanDays > 300 ? 0 : 5)));
    }
    svg.appendChild(ticks);

    if (this.range) {
      const x0 = M.left + Math.max(0, this.bucketOf(this.range[0])) * this.barW;
      const x1 = M.left + Math.min(lay.n, this.bucketOf(this.range[1]) + 1) * this.barW;
      svg.appendChild(svgEl('rect', { x: x0, y: M.top, width: Math.max(2, x1 - x0), height: plotH, class: 'brush' }));
    }
    this.brushRect = svgEl('rect', { x: 0, y: M.top, width: 0, height: plotH, class: 'brush live', visibility: 'hidden' });
    svg.appendChild(this.brushRect);
  }

  bucketAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    const x = clientX - box.left - M.left;
    return Math.max(0, Math.min(this.lay.n - 1, Math.floor(x / this.barW)));
  }

  pointerDown(e) {
    if (!this.lay) return;
    this.svg.setPointerCapture(e.pointerId);
    this.drag = { x0: e.clientX, i0: this.bucketAt(e.clientX), moved: false };
    e.preventDefault();
  }

  pointerMove(e) {
    if (!this.drag) return;
    if (Math.abs(e.clientX - this.drag.x0) > 3) this.drag.moved = true;
    if (!this.drag.moved) return;
    const i = this.bucketAt(e.clientX);
    const a = M.left + Math.min(i, this.drag.i0) * this.barW;
    const b = M.left + (Math.max(i, this.drag.i0) + 1) * this.barW;
    this.brushRect.setAttribute('x', a);
    this.brushRect.setAttribute('width', Math.max(2, b - a));
    this.brushRect.setAttribute('visibility', 'visible');
  }

  pointerUp(e) {
    if (!this.drag) return;
    const d = this.drag;
    this.drag = null;
    const i = this.bucketAt(e.clientX);
    const [a, b] = this.daysOf(i);
    if (d.moved) {
      this.range = [this.daysOf(Math.min(i, d.i0))[0], this.daysOf(Math.max(i, d.i0))[1]];
    } else if (this.range && b >= this.range[0] && a <= this.range[1]) {
      this.range = null;
    } else {
      this.range = [a, b];
    }
    this.draw();
    this.onRange(this.range ? formatDay(this.range[0]) : null, this.range ? formatDay(this.range[1]) : null);
  }
}
