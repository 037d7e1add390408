// The view's state lives in the URL hash, so every view is a permalink:
//   #event_type=Battles&admin1=Idlib&from=2015-10-01&to=2015-10-15&event=ev_0123…
import { queryString } from './api.js';

export const FILTER_KEYS = ['q', 'event_type', 'actor', 'admin1', 'source', 'disputed', 'from', 'to'];

export function readHash() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  return { filters, event: params.get('event') || null };
}

export function hashOf(state) {
  const p = { ...state.filters };
  if (state.event) p.event = state.event;
  return '#' + queryString(p);
}

/** Changes the hash (the hashchange listener then renders); `replace` keeps the back button's history short. */
export function go(state, replace = false) {
  const hash = hashOf(state);
  if (hash === location.hash || (hash === '#' && location.hash === '')) return false;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  return true;
}
