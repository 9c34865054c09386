import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject, onTestFailed } from 'vitest';

export const baseUrl = inject('baseUrl');
const adminToken = inject('adminToken');
const results = resolve(import.meta.dirname, '..', 'test-results');
const docImages = resolve(import.meta.dirname, '..', '..', 'docs', 'images');

/** Debian's Chromium, headless, kept off the network it cannot reach anyway. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-default-apps', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-extensions', '--metrics-recording-only', '--mute-audio',
      ...(process.env.CHROMIUM_EXTRA_ARGS ?? '').split(' ').filter(Boolean)],
  });
}

/** One browser for the test file that calls this, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched before the first test');
    return browser;
  };
}

const open = new Set<BrowserContext>();

// Every test leaves with its browser contexts closed, also when it fails half-way, so that no page of one test
// keeps streams and connections open into the next.
afterEach(async () => {
  await Promise.all([...open].map((context) => context.close().catch(() => {})));
  open.clear();
});

export async function newContext(browser: Browser, width = 1280, height = 800): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height }, baseURL: baseUrl, locale: 'en-GB', timezoneId: 'UTC',
  });
  // Two cores are shared with the JVM under test: give a slow moment room without hiding a real hang.
  context.setDefaultNavigationTimeout(60_000);
  context.setDefaultTimeout(30_000);
  open.add(context);
  return context;
}

export interface Tenant {
  tenantId: string;
  apiKey: string;
  apiKeyId: string;
}

export async function api<T = Record<string, unknown>>(credential: string, method: string, path: string,
  body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const auth: Record<string, string> = path.startsWith('/api/v1/admin/')
    ? { Authorization: `Bearer ${credential}` } : { 'X-Api-Key': credential };
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export function registerTenant(name: string): Promise<Tenant> {
  return api<Tenant>(adminToken, 'POST', '/api/v1/admin/tenants', { name, contactEmail: 'owner@example.test' });
}

/** A workspace, a notebook and a page of the tenant, made through the API. */
export async function seed(key: string, names: { workspace: string; notebook: string; page: string; body: string }) {
  const workspace = await api<{ id: string }>(key, 'POST', '/api/v1/workspaces', { name: names.workspace });
  const notebook = await api<{ id: string }>(key, 'POST', `/api/v1/workspaces/${workspace.id}/notebooks`,
    { title: names.notebook });
  const page = await api<{ id: string; consistency: string }>(key, 'POST', `/api/v1/notebooks/${notebook.id}/pages`,
    { title: names.page, body: names.body });
  await api(key, 'GET', `/api/v1/pages/${page.id}?consistency=${page.consistency}`);
  return { workspaceId: workspace.id, notebookId: notebook.id, pageId: page.id };
}

/** Signs in through the sign-in screen with an API key. */
export async function signIn(page: Page, apiKey: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('**/dashboards');
}

/** Signs in through the sign-in screen with the admin token, as an operator does. */
export async function signInAsOperator(page: Page): Promise<void> {
  await page.getByText('Operator? Sign in with the admin token').click();
  await page.getByLabel('Admin token').fill(adminToken);
  await page.getByRole('button', { name: 'Use admin token' }).click();
  await page.waitForURL('**/dashboards');
}

/** Saves a screenshot under frontend/test-results/, and also under docs/images/ when asked to make the docs' ones. */
export async function screenshot(page: Page, name: string, forDocs = false): Promise<void> {
  mkdirSync(results, { recursive: true });
  await page.screenshot({ path: resolve(results, `${name}.png`), fullPage: false });
  if (forDocs && process.env.QUIRE_DOC_IMAGES === '1') {
    mkdirSync(docImages, { recursive: true });
    await page.screenshot({ path: resolve(docImages, `${name}.png`), fullPage: false });
  }
}

/** The page must not scroll sideways: the layout holds at this width. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    const widest = Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { by: document.documentElement.scrollWidth - width, widest };
  });
  expect(overflow.by, `wider than the window: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(1);
}

/**
 * When the running test fails, a screenshot shows what the page was looking at, and failed-<name>.txt lists the
 * requests that had not been answered yet.
 */
export function captureOnFailure(page: Page, name: string): void {
  const pending = new Map<Request, number>();
  page.on('request', (request) => pending.set(request, Date.now()));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  onTestFailed(async () => {
    await screenshot(page, `failed-${name}`).catch(() => {});
    const now = Date.now();
    const lines = [...pending.entries()].map(([request, at]) => `${now - at} ms ${request.method()} ${request.url()}`);
    writeFileSync(resolve(results, `failed-${name}.txt`), `${lines.join('\n')}\n`);
  });
}
