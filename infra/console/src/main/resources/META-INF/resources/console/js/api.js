// The one way the console talks to the platform: /api/v1 with the bearer token. A refusal comes
// back as an ApiError carrying the problem+json body (ADR 0005), with its field errors by field
// name, so that a form can show each message next to the input it names.
import { session, signOut } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || null;
    this.fields = {};
    for (const error of (problem && problem.errors) || []) {
      this.fields[error.field] = this.fields[error.field]
        ? `${this.fields[error.field]} · ${error.message}` : error.message;
    }
  }

  /** The message for one field, or for any field under it (`name` also finds `name.ar`). */
  field(name) {
    if (this.fields[name]) return this.fields[name];
    const nested = Object.keys(this.fields).filter((f) => f.startsWith(`${name}.`) || f.startsWith(`${name}[`));
    return nested.length ? nested.map((f) => `${f}: ${this.fields[f]}`).join(' · ') : null;
  }
}

let onSignedOut = () => {};
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

function url(path, params) {
  const target = new URL(`../api${path}`, location.href);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') target.searchParams.set(key, value);
  }
  return target.toString();
}

async function call(method, path, { params, body, raw, accept } = {}) {
  const headers = { Accept: accept || 'application/json, application/problem+json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  let payload;
  if (body instanceof Blob) {
    headers['Content-Type'] = body.type || 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(url(path, params), { method, headers, body: payload });
  if (response.status === 401) {
    signOut();
    onSignedOut();
    throw new ApiError(401, await response.json().catch(() => null));
  }
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const api = {
  get: (path, params) => call('GET', path, { params }),
  post: (path, body, params) => call('POST', path, { body, params }),
  put: (path, body) => call('PUT', path, { body }),
  del: (path) => call('DELETE', path),
  /** A file upload as the request body itself, with its media type (imports, evidence). */
  upload: (path, file, params) => call('POST', path, { body: file, params }),
  /** Downloads an export with the token and hands it to the browser as a file. */
  async download(path, params, filename) {
    // Exports are CSV, XLSX, ZIP, JSON lines...: accept what the endpoint makes.
    const response = await call('GET', path, { params, raw: true, accept: '*/*' });
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename || path.split('/').pop();
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  },
};
