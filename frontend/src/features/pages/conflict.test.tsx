import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Page } from '../../api/types';
import { storeApiKey } from '../../auth/credentials';
import { fakeFetch, json, renderApp } from '../../test/render';
import { ConflictDialog } from './ConflictDialog';
import { PageEditor } from './PageEditor';

const PAGE: Page = {
  id: 'p1', workspaceId: 'w1', notebookId: 'n1', title: 'Findings', body: 'first draft\n', archived: false,
  version: 1, createdAt: '2026-01-01T10:00:00Z', updatedAt: '2026-01-01T10:00:00Z', updatedBy: 'key:aaa',
};
const THEIRS: Page = { ...PAGE, body: 'their draft\n', version: 2, updatedBy: 'key:bbb', updatedAt: '2026-01-01T10:05:00Z' };

describe('the conflict dialog', () => {
  it('shows their saved version beside my unsaved one and offers the three ways out', async () => {
    const handlers = { onOverwrite: vi.fn(), onTakeTheirs: vi.fn(), onKeepEditing: vi.fn() };
    renderApp(<ConflictDialog theirs={THEIRS} mine={{ title: 'Findings', body: 'my draft\n' }} baseVersion={1}
      names={{ 'key:bbb': 'Bea' }} {...handlers} />);
    const dialog = screen.getByRole('dialog', { name: 'Someone else saved this page first' });
    expect(dialog).toHaveTextContent('You started from version 1. Meanwhile Bea saved version 2');
    expect(within(dialog).getByTestId('conflict-theirs')).toHaveTextContent('their draft');
    expect(within(dialog).getByTestId('conflict-mine')).toHaveTextContent('my draft');
    expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save mine as version 3' }));
    expect(handlers.onOverwrite).toHaveBeenCalledOnce();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard mine, use theirs' }));
    expect(handlers.onTakeTheirs).toHaveBeenCalledOnce();
    await userEvent.keyboard('{Escape}');
    expect(handlers.onKeepEditing).toHaveBeenCalledOnce();
  });
});

describe('saving a page', () => {
  beforeEach(() => storeApiKey('qk_test'));
  afterEach(() => vi.unstubAllGlobals());

  it('sends the version it started from and, when someone saved first, lets me save over theirs', async () => {
    let current = THEIRS;
    const { fetchImpl, calls } = fakeFetch({
      'PUT /api/v1/pages/p1': (call) => {
        if (call.headers['If-Match'] !== `"${current.version}"`) {
          return json({ type: '/problems/stale-version', title: 'Conflict', status: 409,
            detail: `Expected version 1 but the page is at version ${current.version}`, currentVersion: current.version }, 409);
        }
        current = { ...current, body: (call.body as Page).body, version: current.version + 1 };
        return json({ id: 'p1', version: current.version, consistency: '9' });
      },
      'GET /api/v1/pages/p1': () => json(current),
      'GET /api/v1/api-keys': () => json({ items: [], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    const done = vi.fn();
    renderApp(<PageEditor page={PAGE} onDone={done} />);
    const user = userEvent.setup();

    const body = screen.getByLabelText('Markdown');
    await user.clear(body);
    await user.type(body, 'my draft');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this page first' });
    expect(within(dialog).getByTestId('conflict-theirs')).toHaveTextContent('their draft');
    expect(within(dialog).getByTestId('conflict-mine')).toHaveTextContent('my draft');
    expect(calls.find((c) => c.method === 'PUT')?.headers['If-Match']).toBe('"1"');

    await user.click(within(dialog).getByRole('button', { name: 'Save mine as version 3' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.headers['If-Match'])).toEqual(['"1"', '"2"']);
    expect(current).toMatchObject({ version: 3, body: 'my draft' });
    expect(calls.some((c) => c.method === 'GET' && c.url.includes('consistency=9'))).toBe(true);
  });

  it('shows any other refusal as its problem', async () => {
    const { fetchImpl } = fakeFetch({
      'PUT /api/v1/pages/p1': () => json({ title: 'Content Too Large', status: 413,
        detail: 'body must be at most 1 MiB of UTF-8' }, 413),
      'GET /api/v1/api-keys': () => json({ items: [], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp(<PageEditor page={PAGE} onDone={() => {}} />);
    await userEvent.type(screen.getByLabelText('Markdown'), 'more');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('body must be at most 1 MiB of UTF-8');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
