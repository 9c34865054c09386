import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SearchHit } from '../../api/types';
import { storeApiKey } from '../../auth/credentials';
import { fakeFetch, json, renderApp } from '../../test/render';
import { SearchScreen } from './SearchScreen';

const HIT: SearchHit = {
  type: 'page', id: 'p1', workspaceId: 'w1', notebookId: 'n1', title: 'Project kickoff',
  snippet: 'the <mark>project</mark> starts', rank: 0.4, updatedAt: '2026-01-01T10:00:00Z',
};

describe('the search screen', () => {
  beforeEach(() => storeApiKey('qk_test'));
  afterEach(() => vi.unstubAllGlobals());

  it('says when a search had more matches than Quire ranked, and not otherwise', async () => {
    const { fetchImpl } = fakeFetch({
      'GET /api/v1/search': (call) => json({ items: [HIT], nextCursor: null }, 200,
        call.url.includes('q=project&') ? { 'Quire-Search-Ranked-First': '2000' } : {}),
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp(<SearchScreen />);

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'project');
    expect(await screen.findByRole('link', { name: 'Project kickoff' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('the best of the first 2,000 found');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), ' kickoff');
    expect(await screen.findByRole('link', { name: 'Project kickoff' })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole('note')).toBeNull());
  });

  it('shows twenty results at a time and the next twenty on demand', async () => {
    const hits = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({
      ...HIT, id: `p${from + i}`, title: `Result ${from + i}`,
    }));
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/v1/search': (call) => (call.url.includes('cursor=next')
        ? json({ items: hits(21, 25), nextCursor: null })
        : json({ items: hits(1, 20), nextCursor: 'next' })),
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp(<SearchScreen />);

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'result');
    expect(await screen.findByRole('link', { name: 'Result 20' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Result 21' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Load more results' }));

    expect(await screen.findByRole('link', { name: 'Result 25' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /Load more/ })).toBeNull();
    expect(calls.at(-1)?.url).toContain('q=result');
  });
});
