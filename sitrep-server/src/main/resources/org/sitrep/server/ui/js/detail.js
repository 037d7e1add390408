// One event, checkable: its ACLED fields, the article text with the evidence highlighted, each source's claim
// side by side, and for disputed events the disagreement in plain words. Built with DOM nodes and textContent
// only: the article text is untrusted and is never parsed as HTML.
import { el, clear } from './dom.js';
import { colorOf, typeClass } from './types.js';

const FIELDS = [
  ['event_id', 'Event id'], ['event_date', 'Date'], ['disorder_type', 'Disorder type'], ['event_type', 'Event type'],
  ['sub_event_type', 'Sub-event type'], ['actor1', 'Actor 1'], ['assoc_actor_1', 'Associated actor 1'], ['inter1', 'Inter 1'],
  ['actor2', 'Actor 2'], ['assoc_actor_2', 'Associated actor 2'], ['inter2', 'Inter 2'], ['country', 'Country'],
  ['admin1', 'Admin 1'], ['admin2', 'Admin 2'], ['location', 'Location'], ['latitude', 'Latitude'], ['longitude', 'Longitude'],
  ['geo_precision', 'Geo precision'], ['time_precision', 'Time precision'], ['fatalities', 'Fatalities'], ['source', 'Source'],
  ['notes', 'Notes'], ['confidence', 'Confidence'],
];

const STANCE_WORDS = { asserts: 'reports it', disputes: 'gives a different account', denies: 'denies it' };

/** Splits text into plain and marked segments; spans may overlap (a segment then carries several classes). */
export function segments(text, spans) {
  const points = new Set([0, text.length]);
  const clean = [];
  for (const s of spans) {
    const start = Math.max(0, Math.min(text.length, s.start | 0));
    const end = Math.max(start, Math.min(text.length, s.end | 0));
    if (end > start) {
      clean.push({ start, end, cls: s.cls });
      points.add(start);
      points.add(end);
    }
  }
  const cuts = [...points].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const classes = [...new Set(clean.filter((s) => s.start <= a && s.end >= b).map((s) => s.cls))];
    out.push({ text: text.slice(a, b), classes });
  }
  return out;
}

/** Offsets are trusted only when they point at the recorded text; otherwise the text is searched for. */
function locate(articleText, item) {
  if (item.text && articleText.slice(item.start, item.end) !== item.text) {
    const at = articleText.indexOf(item.text);
    if (at >= 0) return { start: at, end: at + item.text.length };
  }
  return { start: item.start, end: item.end };
}

function highlightedText(article, event) {
  const spans = [];
  for (const ev of event.evidence) {
    if (ev.doc_id && ev.doc_id !== article.id) continue;
    spans.push({ ...locate(article.text, ev), cls: 'evidence' });
  }
  for (const c of event.claims) {
    if (c.doc_id && c.doc_id !== article.id) continue;
    spans.push({ start: c.start, end: c.end, cls: 'claim' });
  }
  const body = el('div', { class: 'article-text' });
  for (const seg of segments(article.text, spans)) {
    if (!seg.classes.length) body.appendChild(document.createTextNode(seg.text));
    else body.appendChild(el('mark', { class: seg.classes.join(' ') }, seg.text));
  }
  return body;
}

function fieldTable(event) {
  const dl = el('dl', { class: 'fields' });
  for (const [key, label] of FIELDS) {
    const v = event[key];
    if (v === null || v === undefined || v === '') continue;
    const prov = event.provenance && event.provenance[key];
    dl.appendChild(el('dt', {}, label));
    dl.appendChild(el('dd', { 'data-field': key, title: prov ? `${prov.stage} · ${prov.rule}` : null }, String(v)));
  }
  return dl;
}

function claimCards(event, articlesById) {
  const row = el('div', { class: 'claims' });
  for (const c of event.claims) {
    const a = articlesById.get(c.doc_id);
    const sentence = a ? a.text.slice(Math.max(0, c.start), Math.min(a.text.length, c.end)) : '';
    row.appendChild(el('div', { class: 'claim-card stance-' + (c.stance || 'unknown') },
      el('div', { class: 'claim-by' }, c.by || 'unattributed'),
      el('div', { class: 'claim-stance' }, STANCE_WORDS[c.stance] || c.stance || ''),
      c.detail ? el('div', { class: 'claim-detail' }, c.detail) : null,
      sentence ? el('blockquote', {}, sentence) : null,
      a ? el('div', { class: 'claim-src' }, (a.source || a.id) + (a.published ? ', ' + a.published : '')) : null));
  }
  return row;
}

/** Renders the detail of {event, dispute, articles} into container. */
export function renderDetail(container, data, { onClose, permalink }) {
  const e = data.event;
  const articlesById = new Map(data.articles.map((a) => [a.id, a]));
  clear(container);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close detail' }, '×');
  close.addEventListener('click', onClose);
  const swatch = el('span', { class: 'swatch ' + typeClass(e.event_type) });
  swatch.style.background = colorOf(e.event_type);
  container.append(
    close,
    el('h2', { class: 'detail-title' }, swatch, e.sub_event_type + ' — ' + (e.location || 'unknown place')),
    el('p', { class: 'detail-sub' }, [e.event_date || 'undated', e.admin1, e.country].filter(Boolean).join(' · '),
      ' · ', el('a', { href: permalink, class: 'permalink' }, 'permalink')),
  );
  if (e.disputed) {
    container.appendChild(el('div', { class: 'dispute', role: 'note' },
      el('strong', {}, 'Disputed. '), data.dispute || 'The sources do not agree about this event.'));
  }
  container.appendChild(fieldTable(e));
  if (e.claims.length) {
    container.appendChild(el('h3', {}, 'Who says what'));
    container.appendChild(claimCards(e, articlesById));
  }
  container.appendChild(el('h3', {}, e.articles.length > 1 ? 'Articles' : 'Article'));
  if (!data.articles.length) container.appendChild(el('p', { class: 'muted' }, 'The article text is not in this store.'));
  for (const a of data.articles) {
    container.appendChild(el('section', { class: 'article', 'data-article-id': a.id },
      el('h4', {}, a.title || a.id),
      el('p', { class: 'article-meta' }, [a.source, a.published].filter(Boolean).join(' · '),
        a.url ? ' · ' : null, a.url ? el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
      highlightedText(a, e)));
  }
  container.hidden = false;
  // bring the first evidence into view inside its (scrollable) article text, without moving the panel
  for (const box of container.querySelectorAll('.article-text')) {
    const mark = box.querySelector('mark.evidence');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 40);
  }
  container.scrollTop = 0;
}
