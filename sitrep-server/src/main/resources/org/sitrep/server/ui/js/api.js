// JSON requests to the sitrep API; errors carry the server's message.

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const qs = query.toString();
  const response = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`${path}: HTTP ${response.status}, not JSON`);
  }
  if (!response.ok) {
    const fields = body && body.fields ? ' (' + Object.entries(body.fields).map(([k, v]) => `${k}: ${v}`).join('; ') + ')' : '';
    throw new Error((body && body.error ? body.error : `HTTP ${response.status}`) + fields);
  }
  return body;
}

export function queryString(params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  return query.toString();
}
