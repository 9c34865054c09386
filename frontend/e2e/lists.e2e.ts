import { describe, expect, it } from 'vitest';
import { api, captureOnFailure, newContext, registerTenant, screenshot, seed, signIn, useBrowser } from './support';

const browser = useBrowser();

describe('long lists', () => {
  it('show more than 200 pages of a notebook and versions of a page, a page at a time', async () => {
    const tenant = await registerTenant('Lists e2e');
    const key = tenant.apiKey;
    // The free plan allows 100 pages and 60 calls a minute: this tenant needs more of both.
    await api(key, 'POST', '/api/v1/billing/payment-method', { paymentMethod: 'pm_card_ok' });
    await api(key, 'POST', '/api/v1/billing/plan', { plan: 'business' });
    await expect.poll(async () => (await api<{ plan: { code: string } }>(key, 'GET', '/api/v1/billing')).plan.code,
      { timeout: 30_000, interval: 250 }).toBe('business');
    const { notebookId, pageId } = await seed(key, {
      workspace: 'Archive', notebook: 'Everything', page: 'Page 001', body: 'edit 0',
    });
    for (let i = 2; i <= 201; i++) {
      await api(key, 'POST', `/api/v1/notebooks/${notebookId}/pages`, { title: `Page ${String(i).padStart(3, '0')}` });
    }
    let ack = { consistency: '' };
    for (let version = 1; version <= 200; version++) {
      ack = await api<{ consistency: string }>(key, 'PUT', `/api/v1/pages/${pageId}`, { body: `edit ${version}` },
        { 'If-Match': `"${version}"` });
    }
    await api(key, 'GET', `/api/v1/pages/${pageId}?consistency=${ack.consistency}`);

    const context = await newContext(browser());
    const page = await context.newPage();
    captureOnFailure(page, 'lists');
    await signIn(page, key);

    await page.goto(`/notebooks/${notebookId}`);
    const pages = page.getByRole('table').getByRole('row');
    await expect.poll(() => pages.count(), { timeout: 20_000 }).toBe(1 + 200);
    const screen = page.getByRole('article');
    await screen.getByRole('button', { name: 'Load more pages' }).click();
    await expect.poll(() => pages.count(), { timeout: 20_000 }).toBe(1 + 201);
    expect(await screen.getByRole('button', { name: 'Load more pages' }).count()).toBe(0);

    // The tree beside it shows the same list, so it has all 201 too.
    const tree = page.getByRole('list', { name: 'Notebooks' });
    await expect.poll(() => tree.getByRole('link', { name: /^Page \d{3}/ }).count(), { timeout: 20_000 }).toBe(201);
    expect(await tree.getByRole('button', { name: 'Load more pages' }).count()).toBe(0);

    await page.goto(`/pages/${pageId}/history`);
    const versions = page.getByRole('group', { name: /Versions/ }).getByRole('row');
    await expect.poll(() => versions.count(), { timeout: 20_000 }).toBe(1 + 200);
    expect(await page.getByLabel('Compare from version 1', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Load more older versions' }).click();
    await expect.poll(() => versions.count(), { timeout: 20_000 }).toBe(1 + 201);
    await page.getByLabel('Compare from version 1', { exact: true }).check();
    await page.getByText('Changes from version 1 to version 201').waitFor();
    await screenshot(page, 'lists-history');
    await context.close();
  });
});
