// DOM helpers. Every piece of data (article text, titles, actor names, notes) reaches the page as a text node
// or an attribute value set through the DOM API: nothing here parses HTML, so nothing from the data can run.

const SAFE_ATTRS = /^(class|id|role|title|type|hidden|tabindex|href|target|rel|for|value|lang|dir|data-[a-z0-9-]+|aria-[a-z]+)$/;

/** Creates an element; children are nodes or strings (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (!SAFE_ATTRS.test(k)) throw new Error('attribute not allowed: ' + k);
    if (k === 'href') {
      const href = safeHref(v);
      if (href) node.setAttribute('href', href);
      continue;
    }
    node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to a parent, skipping null/undefined, flattening arrays. */
export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Only same-origin relative links and http(s) URLs; javascript:, data: and the like are dropped. */
export function safeHref(value) {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value, document.baseURI);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) {
    return null;
  }
  return null;
}

export function formatCount(n) {
  return Number(n).toLocaleString('en');
}
