import { describe, expect, it } from 'vitest';
import {
  api, captureOnFailure, newContext, registerTenant, screenshot, seed, signIn, signInAsOperator, useBrowser,
} from './support';

const browser = useBrowser();

function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, '') || Number.NaN);
}

describe('live dashboards', () => {
  it('update after a command sent through the API, without a reload', async () => {
    const tenant = await registerTenant('Live e2e');
    const { notebookId, pageId } = await seed(tenant.apiKey, {
      workspace: 'Live', notebook: 'Journal', page: 'Monday', body: 'first entry',
    });
    const context = await newContext(browser());
    const page = await context.newPage();
    captureOnFailure(page, 'live');
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

    // Something for the decision funnel to show, then the picture for the README.
    const me = (await api<{ items: { id: string; name: string }[] }>(tenant.apiKey, 'GET', '/api/v1/api-keys')).items[0];
    const reviewer = await api<{ id: string; apiKey: string }>(tenant.apiKey, 'POST', '/api/v1/api-keys', { name: 'Reviewer' });
    const approvers = [`key:${me.id}`, `key:${reviewer.id}`];
    const workspaceId = (await api<{ items: { id: string }[] }>(tenant.apiKey, 'GET', '/api/v1/workspaces')).items[0].id;
    const propose = (title: string) => api<{ id: string }>(tenant.apiKey, 'POST',
      `/api/v1/workspaces/${workspaceId}/decisions`,
      { title, options: ['Yes', 'No'], chosenOption: 'Yes', pageIds: [pageId], approvers, quorum: 1 });
    const approved = await propose('Publish the journal weekly');
    await api(reviewer.apiKey, 'POST', `/api/v1/decisions/${approved.id}/approve`);
    const rejected = await propose('Move the journal to PDF');
    await api(reviewer.apiKey, 'POST', `/api/v1/decisions/${rejected.id}/reject`, { reason: 'Markdown diffs better' });
    await propose('Add a Friday retrospective');
    await expect.poll(async () => count(await page.getByTestId('decisions-decided').textContent()),
      { timeout: 20_000, interval: 250 }).toBe(2);
    await page.mouse.move(0, 0);
    await screenshot(page, 'dashboard', true);
    await context.close();
  });

  it("follow the platform on the operators' dashboard over the operators' stream", async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    captureOnFailure(page, 'live-operators');
    await page.goto('/sign-in');
    await signInAsOperator(page);
    await page.getByTestId('dashboards-live').filter({ hasText: 'Operator view, live' }).waitFor({ timeout: 20_000 });
    const completed = page.getByTestId('sagas-completed');
    await completed.waitFor({ timeout: 20_000 });
    const before = count(await completed.textContent());
    expect(before).toBeGreaterThanOrEqual(0);
    let loads = 0;
    page.on('load', () => loads++);

    // While the stream is open the operators' dashboards do not poll: only the stream can bring this change.
    const tenant = await registerTenant('Operators live e2e');
    await api(tenant.apiKey, 'POST', '/api/v1/billing/payment-method', { paymentMethod: 'pm_card_ok' });
    await api(tenant.apiKey, 'POST', '/api/v1/billing/plan', { plan: 'team' });

    await expect.poll(async () => count(await completed.textContent()), { timeout: 30_000, interval: 250 })
      .toBeGreaterThanOrEqual(before + 1);
    expect(loads).toBe(0);
    await screenshot(page, 'operators-live');
    await context.close();
  });
});
