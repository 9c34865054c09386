import { describe, expect, it } from 'vitest';
import { api, captureOnFailure, newContext, registerTenant, screenshot, seed, signIn, useBrowser } from './support';

const browser = useBrowser();

describe('editing the same page in two browsers', () => {
  it('shows the conflict dialog to the one who saves second, with both versions, and lets them choose', async () => {
    const tenant = await registerTenant('Conflict e2e');
    const colleague = await api<{ apiKey: string }>(tenant.apiKey, 'POST', '/api/v1/api-keys', { name: 'Colleague' });
    const { pageId } = await seed(tenant.apiKey, {
      workspace: 'Shared', notebook: 'Plans', page: 'Roadmap', body: '# Roadmap\n\nQ1: search\n',
    });

    const mine = await (await newContext(browser())).newPage();
    const theirs = await (await newContext(browser())).newPage();
    captureOnFailure(mine, 'conflict-mine');
    captureOnFailure(theirs, 'conflict-theirs');
    await signIn(mine, tenant.apiKey);
    await signIn(theirs, colleague.apiKey);
    await mine.goto(`/pages/${pageId}`);
    await theirs.goto(`/pages/${pageId}`);

    await mine.getByRole('button', { name: 'Edit', exact: true }).click();
    await mine.getByLabel('Markdown').fill('# Roadmap\n\nQ1: search and dashboards\n');

    await theirs.getByRole('button', { name: 'Edit', exact: true }).click();
    await theirs.getByLabel('Markdown').fill('# Roadmap\n\nQ1: billing\n');
    await theirs.getByRole('button', { name: 'Save', exact: true }).click();
    await theirs.getByTestId('page-meta').filter({ hasText: 'Version 2' }).waitFor();

    await mine.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = mine.getByRole('dialog', { name: 'Someone else saved this page first' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('conflict-theirs').textContent()).toContain('Q1: billing');
    expect(await dialog.getByTestId('conflict-mine').textContent()).toContain('Q1: search and dashboards');
    expect(await dialog.textContent()).toContain('Colleague saved version 2');
    await screenshot(mine, 'conflict-dialog');

    await mine.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await mine.getByLabel('Markdown').inputValue()).toContain('Q1: search and dashboards');

    await mine.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save mine as version 3' }).click();
    await mine.getByTestId('page-meta').filter({ hasText: 'Version 3' }).waitFor();
    expect(await mine.locator('.markdown').textContent()).toContain('Q1: search and dashboards');

    await theirs.reload();
    await theirs.getByTestId('page-meta').filter({ hasText: 'Version 3' }).waitFor();
    await screenshot(theirs, 'conflict-resolved');
  });
});
