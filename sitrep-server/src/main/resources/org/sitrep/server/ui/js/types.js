// ACLED event types and their colours (colour-blind safe palette, one hue per type).
export const TYPES = [
  { label: 'Battles', color: '#d62728' },
  { label: 'Explosions/Remote violence', color: '#ff7f0e' },
  { label: 'Violence against civilians', color: '#9467bd' },
  { label: 'Protests', color: '#2ca02c' },
  { label: 'Riots', color: '#8c564b' },
  { label: 'Strategic developments', color: '#1f77b4' },
];

const BY_LABEL = new Map(TYPES.map((t) => [t.label, t]));

export function colorOf(type) {
  const t = BY_LABEL.get(type);
  return t ? t.color : '#7f7f7f';
}

/** CSS class for a type, e.g. "t-battles". */
export function typeClass(type) {
  return 't-' + String(type || 'unknown').toLowerCase().replace(/[^a-z]+/g, '-');
}
