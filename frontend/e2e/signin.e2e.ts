import { describe, expect, it } from 'vitest';
import {
  captureOnFailure, expectNoSidewaysScroll, newContext, screenshot, signInAsOperator, useBrowser,
} from './support';

const browser = useBrowser();

describe('signing in', () => {
  it('shows why a key is refused, signs in as the dev user, and as an operator', async () => {
    const context = await newContext(browser(), 390, 844);
    const page = await context.newPage();
    captureOnFailure(page, 'signin');
    await page.goto('/notebooks');
    await page.waitForURL('**/sign-in');

    await page.getByLabel('API key').fill('qk_not-a-real-key');
    await page.keyboard.press('Enter');
    const problem = page.getByRole('alert');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('This API key is not valid');
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'sign-in-refused');

    await page.getByRole('button', { name: 'Continue as dev user' }).click();
    await page.waitForURL('**/notebooks');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notebooks' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('quire.apiKey'))).toMatch(/^qk_/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await signInAsOperator(page);
    await page.getByRole('link', { name: 'Replay' }).waitFor();
    await page.getByTestId('dead-letters').waitFor({ timeout: 20_000 });
    // The tenant's live badge belongs to a tenant's session: the dev user's ended stream must not leave it behind.
    expect(await page.getByTestId('live-status').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'operator-dashboard');
    await context.close();
  });
});
