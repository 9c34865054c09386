import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureOnFailure, newContext, registerTenant, screenshot, seed, signIn, useBrowser } from './support';

const browser = useBrowser();

const SECRET = 'zebra-quartz-7781';

/** Waits until the screen has loaded what it shows: something in the main area and nothing still loading. */
async function settle(page: Page, screen: string) {
  try {
    await page.waitForFunction(() => {
      const main = document.querySelector('main');
      return Boolean(main && main.textContent?.trim()) && !document.querySelector('.loading');
    }, undefined, { timeout: 20_000 });
  } catch (error) {
    await screenshot(page, 'isolation-unsettled');
    const shown = await page.evaluate(() => document.querySelector('main')?.textContent ?? '(no main)');
    throw new Error(`${screen} did not finish loading: ${shown.slice(0, 300)}`, { cause: error });
  }
}

describe('tenant isolation in the browser', () => {
  it("never shows tenant A's data to tenant B, on any screen or by URL", async () => {
    const a = await registerTenant('Tenant A');
    const b = await registerTenant('Tenant B');
    const seeded = await seed(a.apiKey, {
      workspace: `A workspace ${SECRET}`, notebook: `A notebook ${SECRET}`, page: `A page ${SECRET}`,
      body: `# Confidential\n\n${SECRET} launch codes\n`,
    });
    await seed(b.apiKey, { workspace: 'B workspace', notebook: 'B notebook', page: 'B page', body: 'B text' });

    const pageA = await (await newContext(browser())).newPage();
    await signIn(pageA, a.apiKey);
    await pageA.goto(`/pages/${seeded.pageId}`);
    await pageA.getByText(`${SECRET} launch codes`).waitFor();

    const pageB = await (await newContext(browser())).newPage();
    captureOnFailure(pageB, 'isolation-b');
    await signIn(pageB, b.apiKey);
    const screens = ['/dashboards', '/notebooks', `/notebooks/${seeded.notebookId}`, `/pages/${seeded.pageId}`,
      `/pages/${seeded.pageId}/history`, '/decisions', '/audit', '/billing', '/settings'];
    for (const screen of screens) {
      await pageB.goto(screen);
      await settle(pageB, screen);
      const text = await pageB.evaluate(() => document.body.innerText);
      expect(text, screen).not.toContain(SECRET);
    }

    // B's own query is echoed back to B; what must not appear is a result (or, in a build without search, the
    // screen shows why it cannot search).
    for (const words of [SECRET, 'launch codes']) {
      await pageB.goto(`/search?q=${encodeURIComponent(words)}`);
      await pageB.locator('main .empty, main [role=alert], main .results').first().waitFor();
      expect(await pageB.locator('.results li').count(), words).toBe(0);
    }

    await pageB.goto(`/pages/${seeded.pageId}`);
    await pageB.getByRole('alert').filter({ hasText: 'Not Found' }).waitFor();
    await pageB.getByLabel('Workspace', { exact: true }).locator('option', { hasText: 'B workspace' }).waitFor({ state: 'attached' });
    const options = await pageB.getByLabel('Workspace', { exact: true }).locator('option').allTextContents();
    expect(options).toContain('B workspace');
    expect(options.join(' ')).not.toContain(SECRET);
    await screenshot(pageB, 'isolation-tenant-b');
  });
});
