import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  api, captureOnFailure, newContext, registerTenant, screenshot, seed, signIn, signInAsOperator, useBrowser,
} from './support';

const browser = useBrowser();

async function signedIn(apiKey: string, name: string): Promise<Page> {
  const page = await (await newContext(browser())).newPage();
  captureOnFailure(page, name);
  await signIn(page, apiKey);
  return page;
}

/** Opens a decision's card on the board and waits for its detail beside it. */
async function openDecision(page: Page, title: string) {
  await page.goto('/decisions');
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await page.getByRole('region', { name: 'Decision' }).getByRole('heading', { name: new RegExp(title) }).waitFor();
}

/** Saves the card on the billing screen, then asks for the Team plan. */
async function saveCardAndSwitchToTeam(page: Page, paymentMethod: string) {
  await page.getByLabel('Payment method').fill(paymentMethod);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/billing/payment-method'));
  await page.getByRole('button', { name: 'Save card' }).click();
  expect((await saved).ok()).toBe(true);
  await page.getByRole('button', { name: /^Switch to Team/ }).click();
}

describe('the decision board, search, audit, billing and replay screens', () => {
  it('proposes a decision through the form, and a reviewer approves one and rejects another with a reason', async () => {
    const tenant = await registerTenant('Decisions e2e');
    await seed(tenant.apiKey, { workspace: 'Product', notebook: 'Specs', page: 'Pricing page', body: 'draft' });
    const reviewer = await api<{ apiKey: string }>(tenant.apiKey, 'POST', '/api/v1/api-keys', { name: 'Reviewer' });

    const author = await signedIn(tenant.apiKey, 'decisions-author');
    for (const title of ['Charge yearly', 'Drop the free plan']) {
      await author.goto('/decisions');
      await author.getByRole('link', { name: 'Propose a decision' }).click();
      const form = author.getByRole('region', { name: 'Propose a decision' });
      await form.getByLabel('Title').fill(title);
      await form.getByLabel('Option 1', { exact: true }).fill('Yes');
      await form.getByLabel('Option 2', { exact: true }).fill('No');
      await form.getByLabel(/^Reviewer/).check();
      // The first proposal picks the page from those offered, the second finds it by typing.
      if (title === 'Drop the free plan') await form.getByRole('searchbox', { name: 'Find a page' }).fill('prici');
      await form.getByLabel(/^Pricing page/).check();
      await form.getByRole('button', { name: 'Propose' }).click();
      await author.getByRole('region', { name: 'Decision' }).getByRole('heading', { name: new RegExp(title) }).waitFor();
    }
    const proposed = author.getByRole('region', { name: 'Proposed' });
    await proposed.getByText('Charge yearly').waitFor();
    await proposed.getByText('Drop the free plan').waitFor();

    const page = await signedIn(reviewer.apiKey, 'decisions-reviewer');
    await openDecision(page, 'Charge yearly');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('region', { name: 'Approved' }).getByText('Charge yearly').waitFor();

    await openDecision(page, 'Drop the free plan');
    await page.getByRole('button', { name: 'Reject…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reject this decision' });
    await dialog.getByLabel(/^Why\?/).fill('Free users bring the referrals');
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByRole('region', { name: 'Rejected' }).getByText('Drop the free plan').waitFor();
    await page.getByText('“Free users bring the referrals”').waitFor();
    await page.getByRole('region', { name: 'Decision' }).getByRole('link', { name: 'Pricing page' }).waitFor();
    await screenshot(page, 'decision-board');

    // The author's board follows without a reload.
    await author.getByRole('region', { name: 'Rejected' }).getByText('Drop the free plan').waitFor({ timeout: 20_000 });
  });

  it('searches as the user types, with the match highlighted, and shows the audit trail with filters', async () => {
    const tenant = await registerTenant('Search e2e');
    const { pageId } = await seed(tenant.apiKey, {
      workspace: 'Lab', notebook: 'Runs', page: 'Centrifuge log', body: 'The rotor hummed at nine thousand rpm.',
    });
    await api(tenant.apiKey, 'PUT', `/api/v1/pages/${pageId}`, { body: 'The rotor hummed, then rattled.' },
      { 'If-Match': '"1"' });
    const page = await signedIn(tenant.apiKey, 'search-audit');

    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('rattled', { delay: 40 });
    const hit = page.getByRole('list', { name: 'Results' }).getByRole('listitem').first();
    await hit.getByRole('link', { name: 'Centrifuge log' }).waitFor({ timeout: 20_000 });
    expect(await hit.locator('mark').first().textContent()).toMatch(/^rattled$/i);
    await page.getByRole('searchbox', { name: 'Search' }).fill('nothing-like-this-anywhere');
    await page.getByText('Nothing matches').waitFor();

    await page.goto('/audit');
    const events = page.getByRole('list', { name: 'Events' });
    await events.getByText('PageEdited').first().waitFor();
    expect(await events.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    await page.getByLabel('What (event type)').fill('PageEdited');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => events.getByRole('listitem').count()).toBe(1);
    const edit = events.getByRole('listitem').first();
    expect(await edit.textContent()).toContain('v2');
    await edit.getByRole('link').click();
    await page.waitForURL(`**/pages/${pageId}**`);
  });

  it('shows usage against the quotas and follows a plan change to its activation', async () => {
    const tenant = await registerTenant('Billing e2e');
    await seed(tenant.apiKey, { workspace: 'Shop', notebook: 'Catalogue', page: 'Lamps', body: 'brass' });
    // Usage is a projection of its own; the screen below reads it once.
    await expect.poll(async () => (await api<{ usage: { meter: string; used: number }[] }>(tenant.apiKey, 'GET',
      '/api/v1/billing')).usage.find((u) => u.meter === 'pages')?.used, { timeout: 20_000 }).toBe(1);
    const page = await signedIn(tenant.apiKey, 'billing');

    await page.goto('/billing');
    await page.getByRole('region', { name: 'Current plan' }).getByRole('heading', { name: /Free/ }).waitFor();
    const pages = page.getByRole('region', { name: 'Usage' }).getByRole('progressbar', { name: 'Pages' });
    await expect.poll(() => pages.getAttribute('aria-valuenow'), { timeout: 20_000 }).toBe('1');

    await saveCardAndSwitchToTeam(page, 'pm_card_ok');
    const change = page.getByRole('region', { name: 'Plan change' });
    await change.getByText(/Plan team active \(done\)/).waitFor({ timeout: 30_000 });
    await page.getByRole('region', { name: 'Current plan' }).getByRole('heading', { name: /Team/ }).waitFor();
    await page.getByRole('region', { name: 'Invoices' }).getByText('proration').waitFor({ timeout: 30_000 });
    await screenshot(page, 'billing');
  });

  it('follows a plan change to its cancellation when the card is declined, and the plan stays', async () => {
    const tenant = await registerTenant('Declined e2e');
    const page = await signedIn(tenant.apiKey, 'billing-declined');
    await page.goto('/billing');
    await page.getByRole('region', { name: 'Current plan' }).getByRole('heading', { name: /Free/ }).waitFor();

    await saveCardAndSwitchToTeam(page, 'pm_card_declined');
    const change = page.getByRole('region', { name: 'Plan change' });
    await change.getByText(/Change cancelled \(failed\)/).waitFor({ timeout: 30_000 });
    expect(await change.textContent()).toContain('you stay on free');
    expect(await change.textContent()).toContain('the card was declined');
    await page.getByRole('region', { name: 'Current plan' }).getByRole('heading', { name: /Free/ }).waitFor();
    await screenshot(page, 'billing-declined');
  });

  it('lets an operator evaluate a replay and read its report', async () => {
    const tenant = await registerTenant('Replay e2e');
    await seed(tenant.apiKey, { workspace: 'Ops', notebook: 'Runbooks', page: 'Failover', body: 'step one' });
    const page = await (await newContext(browser())).newPage();
    captureOnFailure(page, 'replay');
    await page.goto('/sign-in');
    await signInAsOperator(page);
    await page.getByRole('link', { name: 'Replay' }).click();
    await page.getByRole('region', { name: 'Projections' }).getByText('pages', { exact: true }).first().waitFor();
    const form = page.getByRole('region', { name: 'Evaluations' });
    await form.getByRole('combobox', { name: 'Projection' }).fill('pages');
    await form.getByRole('textbox', { name: /^Tenant/ }).fill(tenant.tenantId);
    await form.getByRole('button', { name: 'Start evaluation' }).click();
    const report = page.getByRole('region', { name: 'Evaluation report' });
    await report.getByText('replay equals the live tables').waitFor({ timeout: 60_000 });
    expect(await report.getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, 'evaluation-report');
  });
});
