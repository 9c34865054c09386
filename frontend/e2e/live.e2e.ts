import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, launchBrowser, newContext, registerTenant, screenshot, seed, signIn } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, '') || Number.NaN);
}

describe('live dashboards', () => {
  it('update after a command sent through the API, without a reload', async () => {
    const tenant = await registerTenant('Live e2e');
    const { notebookId, pageId } = await seed(tenant.apiKey, {
      workspace: 'Live', notebook: 'Journal', page: 'Monday', body: 'first entry',
    });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, tenant.apiKey);
    await page.getByTestId('live-status').filter({ hasText: /^\s*Live\s*$/ }).waitFor({ timeout: 20_000 });
    const total = page.getByTestId('activity-total');
    await total.waitFor({ timeout: 20_000 });
    const before = count(await total.textContent());
    expect(before).toBeGreaterThan(0);
    let loads = 0;
    page.on('load', () => loads++);

    await api(tenant.apiKey, 'POST', `/api/v1/notebooks/${notebookId}/pages`, { title: 'Tuesday', body: 'second' });
    await api(tenant.apiKey, 'PUT', `/api/v1/pages/${pageId}`, { body: 'first entry, amended' }, { 'If-Match': '"1"' });

    await expect.poll(async () => count(await total.textContent()), { timeout: 20_000, interval: 250 })
      .toBeGreaterThanOrEqual(before + 2);
    expect(loads).toBe(0);
    await screenshot(page, 'dashboard', true);
    await context.close();
  });
});
