import { describe, expect, it } from 'vitest';
import {
  captureOnFailure, expectNoSidewaysScroll, newContext, registerTenant, screenshot, signIn, useBrowser,
} from './support';

const browser = useBrowser();

describe('notebooks and pages', () => {
  it('signs in, creates a notebook and a page, edits it twice, and shows its history and a diff', async () => {
    const tenant = await registerTenant('Pages e2e');
    const context = await newContext(browser());
    const page = await context.newPage();
    captureOnFailure(page, 'pages-history');
    await signIn(page, tenant.apiKey);

    await page.getByLabel('Workspace', { exact: true }).selectOption('__new__');
    await page.getByRole('dialog', { name: 'New workspace' }).getByLabel('Name').fill('Research');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect.poll(() => page.getByLabel('Workspace', { exact: true }).inputValue(), { timeout: 15_000 }).not.toBe('');

    await page.getByRole('link', { name: 'Notebooks' }).click();
    await page.getByRole('button', { name: 'New notebook' }).click();
    await page.getByRole('dialog', { name: 'New notebook' }).getByLabel('Title').fill('Lab notes');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Lab notes', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'New page' }).click();
    await page.getByRole('dialog', { name: 'New page' }).getByLabel('Title').fill('Findings');
    await page.getByRole('button', { name: 'Create page' }).click();
    await page.getByLabel('Markdown').waitFor();

    await page.getByLabel('Markdown').fill('# Findings\n\nfirst draft\n');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('page-meta').filter({ hasText: 'Version 2' }).waitFor();

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Markdown').fill('# Findings\n\nsecond draft, reviewed\n');
    await page.keyboard.press('Control+s');
    await page.getByTestId('page-meta').filter({ hasText: 'Version 3' }).waitFor();
    expect(await page.locator('.markdown').textContent()).toContain('second draft, reviewed');

    await page.getByRole('link', { name: 'History' }).click();
    const versions = page.getByRole('group', { name: /Versions/ });
    await versions.getByRole('row').nth(3).waitFor();
    expect(await versions.getByRole('row').count()).toBe(4);
    const diff = page.locator('figure.diff');
    await diff.getByText('Changes from version 2 to version 3').waitFor();
    expect(await diff.locator('.diff-removed .diff-text').allTextContents()).toContain('first draft');
    expect(await diff.locator('.diff-added .diff-text').allTextContents()).toContain('second draft, reviewed');

    await page.getByLabel('Compare from version 1').check();
    await diff.getByText('Changes from version 1 to version 3').waitFor();
    await screenshot(page, 'page-history', true);

    await page.reload();
    await page.getByText('Changes from version 2 to version 3').waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'page-history-narrow');
    await context.close();
  });

  it('shows a page as it was and archives and restores it', async () => {
    const tenant = await registerTenant('As-of e2e');
    const context = await newContext(browser());
    const page = await context.newPage();
    captureOnFailure(page, 'pages-as-of');
    await signIn(page, tenant.apiKey);
    await page.getByLabel('Workspace', { exact: true }).selectOption('__new__');
    await page.getByLabel('Name').fill('Ops');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Workspace', { exact: true }).inputValue(), { timeout: 15_000 }).not.toBe('');
    await page.getByRole('link', { name: 'Notebooks' }).click();
    await page.getByRole('button', { name: 'New notebook' }).click();
    await page.getByLabel('Title').fill('Runbooks');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'New page' }).click();
    await page.getByLabel('Title').fill('Restarts');
    await page.keyboard.press('Enter');
    await page.getByLabel('Markdown').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Archive page' }).click();
    await page.getByRole('button', { name: 'Restore page' }).waitFor();
    await expect.poll(() => page.getByTestId('page-meta').textContent()).toContain('Version 2');
    await page.getByRole('button', { name: 'Restore page' }).click();
    await page.getByRole('button', { name: 'Archive page' }).waitFor();

    await page.getByRole('link', { name: 'View as of…' }).click();
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('region', { name: 'Page as of' }).waitFor();
    await screenshot(page, 'page-as-of');
    await context.close();
  });
});
