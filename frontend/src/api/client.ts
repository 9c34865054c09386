import { ApiProblem, problemFrom } from './problem';
import { credentials } from '../auth/credentials';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The version the user saw: sent as `If-Match: "n"`. */
  ifMatch?: number;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface Answer<T> {
  data: T;
  status: number;
  headers: Headers;
}

/**
 * Read your own writes: every command answer carries a consistency token (the position of its event). Reads made
 * shortly afterwards pass the newest one back, and Quire answers once its read models include that write, so the
 * screen shown after a save never shows the state before it.
 */
let lastWrite: { token: string; at: number } | null = null;
const READ_YOUR_WRITES_FOR_MS = 60_000;

export function rememberWrite(token: string | undefined | null): void {
  if (!token) return;
  if (!lastWrite || Number(token) >= Number(lastWrite.token)) lastWrite = { token, at: Date.now() };
}

export function forgetWrites(): void {
  lastWrite = null;
}

function withConsistency(path: string): string {
  if (!lastWrite || Date.now() - lastWrite.at > READ_YOUR_WRITES_FOR_MS) return path;
  if (!path.startsWith('/api/v1/') || path.startsWith('/api/v1/admin/') || path.includes('consistency=')) return path;
  return `${path}${path.includes('?') ? '&' : '?'}consistency=${encodeURIComponent(lastWrite.token)}`;
}

/** Admin endpoints take the admin token as a bearer token; everything else the tenant's API key. */
export function authHeaders(path: string): Record<string, string> {
  const { apiKey, adminToken } = credentials();
  if (path.startsWith('/api/v1/admin/') || path === '/api/v1/admin') {
    return adminToken ? { Authorization: `Bearer ${adminToken}` } : {};
  }
  return apiKey ? { 'X-Api-Key': apiKey } : {};
}

/** How often a read is asked again when Quire answers that its read model has not caught up yet. */
const STALE_RETRIES = 4;
const STALE_PAUSE_MS = 400;
/** A read refused as busy (503 with a short Retry-After, such as a search over the limit) is asked again twice. */
const BUSY_RETRIES = 2;
const BUSY_LONGEST_WAIT_S = 2;

/** The wait a 503 asks for, if it is one a person would sit through unawares; otherwise null (an outage of the
 * database asks for 5 s, and is better shown at once). */
function busyWaitMs(response: Response): number | null {
  if (response.status !== 503) return null;
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 && seconds <= BUSY_LONGEST_WAIT_S ? seconds * 1000 : null;
}

/** One call to Quire's API. A non-2xx answer is thrown as an {@link ApiProblem}. */
export async function call<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(path), ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  const method = options.method ?? 'GET';
  const url = method === 'GET' ? withConsistency(path) : path;
  let response: Response;
  let busyRetries = 0;
  for (let attempt = 0; ; attempt++) {
    response = await transmit(url, method, headers, options);
    // Only reads are asked again: a write refused as busy is left to the user, who sees the problem.
    const busyWait = method === 'GET' ? busyWaitMs(response) : null;
    if (busyWait !== null && busyRetries < BUSY_RETRIES && !options.signal?.aborted) {
      busyRetries++;
      await new Promise((resolve) => setTimeout(resolve, busyWait));
      continue;
    }
    // The wait for the read model ran out (Quire-Consistency: stale): the answer may predate the write, and a 404
    // may be a resource not projected yet. Ask again.
    const retryable = response.ok || response.status === 404;
    if (retryable && response.headers.get('Quire-Consistency') === 'stale' && attempt < STALE_RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, STALE_PAUSE_MS));
      continue;
    }
    break;
  }
  if (!response.ok) throw await problemFrom(response);
  const text = response.status === 204 ? '' : await response.text();
  const data = (text ? JSON.parse(text) : undefined) as T;
  if (method !== 'GET' && data && typeof data === 'object' && 'consistency' in data) {
    rememberWrite(String((data as { consistency: unknown }).consistency));
  }
  return { data, status: response.status, headers: response.headers };
}

async function transmit(url: string, method: string, headers: Record<string, string>, options: RequestOptions) {
  try {
    return await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({
      status: 0,
      title: 'Quire is not reachable',
      detail: `The request to ${url.split('?')[0]} did not get an answer: ${(error as Error).message}`,
    });
  }
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await call<T>(path, { signal })).data;
}

export async function send<T>(path: string, options: Omit<RequestOptions, 'signal'> = {}): Promise<T> {
  return (await call<T>(path, { method: 'POST', ...options })).data;
}

/** Builds a query string from the parameters that have a value. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The version in an `ETag: "n"` header. */
export function versionOf(headers: Headers): number | undefined {
  const etag = headers.get('ETag');
  const match = etag?.match(/^(?:W\/)?"(\d+)"$/);
  return match ? Number(match[1]) : undefined;
}
