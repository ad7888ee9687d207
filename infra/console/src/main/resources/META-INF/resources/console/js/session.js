// Who is signed in: the bearer token, what /api/v1/me says about it, and how to get one.
// The token lives in sessionStorage (one browser tab, gone when it closes), never in a cookie:
// the API is stateless and authenticates each request by its Authorization header (ADR 0004).
import { reactive, computed } from 'vue';

const KEY = 'cmc.session';

export const CITY_ROLES = [
  'city-director', 'admissions-officer', 'registrar', 'finance-officer',
  'campus-manager', 'career-advisor', 'trainer',
];

export const session = reactive({
  token: null,
  expiresAt: null,
  me: null,
  config: null,
});

export const roles = computed(() => (session.me ? session.me.roles || [] : []));

/** True when the signed-in user has at least one of the roles. */
export function hasRole(...wanted) {
  return wanted.some((role) => roles.value.includes(role));
}

export function isCityUser() {
  return Boolean(session.me && session.me.tenant);
}

export function signedIn() {
  return Boolean(session.token) && (!session.expiresAt || Date.parse(session.expiresAt) > Date.now());
}

export function restore() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    if (saved && saved.token && Date.parse(saved.expiresAt) > Date.now()) {
      session.token = saved.token;
      session.expiresAt = saved.expiresAt;
      session.me = saved.me;
    }
  } catch (e) {
    // An unreadable saved session is a signed-out one; say so in the console, not silently.
    console.warn('cmc: ignoring an unreadable saved session', e);
    sessionStorage.removeItem(KEY);
  }
}

function persist() {
  sessionStorage.setItem(KEY, JSON.stringify({
    token: session.token, expiresAt: session.expiresAt, me: session.me,
  }));
}

export async function loadConfig() {
  const response = await fetch('../api/v1/console/config', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`console configuration: HTTP ${response.status}`);
  }
  session.config = await response.json();
  return session.config;
}

async function adopt(token, expiresAt) {
  const response = await fetch('../api/v1/me', {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  if (!response.ok) {
    throw Object.assign(new Error(`sign-in refused: HTTP ${response.status}`), { status: response.status });
  }
  session.token = token;
  session.expiresAt = expiresAt;
  session.me = await response.json();
  persist();
}

/**
 * Demo mode: the platform mints the token (POST /api/dev/tokens). A problem+json refusal comes
 * back as the thrown error's `problem`, for the form to show next to its field.
 */
export async function signInDemo({ tenant, region, role }) {
  const body = { roles: [role] };
  if (tenant) body.tenant = tenant;
  if (region) body.region = region;
  const response = await fetch('../api/dev/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
    body: JSON.stringify(body),
  });
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    throw Object.assign(new Error(payload && payload.title ? payload.title : `HTTP ${response.status}`), {
      status: response.status, problem: payload,
    });
  }
  await adopt(payload.token, payload.expiresAt);
}

// --- OpenID Connect: authorization code with PKCE, a public client, no secret in the browser ---

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function discovery(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`identity provider discovery: HTTP ${response.status}`);
  return response.json();
}

function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

export async function signInOidc() {
  const oidc = session.config && session.config.oidc;
  if (!oidc) throw new Error('no identity provider is configured');
  const provider = await discovery(oidc.issuer);
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem('cmc.oidc', JSON.stringify({ verifier, state }));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: oidc.clientId, scope: oidc.scope,
    redirect_uri: redirectUri(), state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** Back from the identity provider with ?code=...&state=...: trade the code for the token. */
export async function completeOidc() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem('cmc.oidc') || 'null');
  sessionStorage.removeItem('cmc.oidc');
  history.replaceState(null, '', redirectUri() + location.hash);
  if (params.has('error')) throw new Error(params.get('error_description') || params.get('error'));
  if (!pending || pending.state !== params.get('state')) throw new Error('sign-in state mismatch');
  const oidc = session.config.oidc;
  const provider = await discovery(oidc.issuer);
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), client_id: oidc.clientId,
      redirect_uri: redirectUri(), code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`token endpoint: HTTP ${response.status}`);
  const tokens = await response.json();
  await adopt(tokens.access_token, new Date(Date.now() + tokens.expires_in * 1000).toISOString());
  return true;
}

export function signOut() {
  session.token = null;
  session.expiresAt = null;
  session.me = null;
  sessionStorage.removeItem(KEY);
}
