import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SearchHit } from '../../api/types';
import { storeApiKey } from '../../auth/credentials';
import { fakeFetch, json, renderApp } from '../../test/render';
import { asPrefixSearch, PagePicker, type ChosenPage } from './PagePicker';

const page = (id: string, title: string) => ({
  id, notebookId: 'n1', title, version: 1, createdAt: '2026-01-01T10:00:00Z', updatedAt: '2026-01-01T10:00:00Z',
});
const hit = (id: string, title: string): SearchHit => ({
  type: 'page', id, workspaceId: 'w1', notebookId: 'n1', title, snippet: title, rank: 0.5,
  updatedAt: '2026-01-01T10:00:00Z',
});

function Picker({ onChosen }: { onChosen: (pages: ChosenPage[]) => void }) {
  const [chosen, setChosen] = useState<ChosenPage[]>([]);
  return <PagePicker workspaceId="w1" chosen={chosen} onChange={(pages) => { setChosen(pages); onChosen(pages); }} />;
}

describe('the page picker of the proposal form', () => {
  beforeEach(() => storeApiKey('qk_test'));
  afterEach(() => vi.unstubAllGlobals());

  it('offers the first pages, and finds any other page by what is typed', async () => {
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/v1/workspaces/w1/notebooks': () => json({ items: [{ id: 'n1', title: 'Specs' }], nextCursor: null }),
      'GET /api/v1/notebooks/n1/pages': () => json({ items: [page('p1', 'Pricing page')], nextCursor: 'more' }),
      'GET /api/v1/search': (call) => json({
        items: call.url.includes('q=road') ? [hit('p300', 'Roadmap 2027')] : [], nextCursor: null,
      }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    const chosen = vi.fn();
    renderApp(<Picker onChosen={chosen} />);

    expect(await screen.findByLabelText(/^Pricing page/)).not.toBeChecked();
    expect(screen.getByText(/first pages; type to find any other/)).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a page' }), 'road');
    await userEvent.click(await screen.findByLabelText(/^Roadmap 2027/));
    expect(chosen).toHaveBeenLastCalledWith([{ id: 'p300', title: 'Roadmap 2027', notebook: 'Specs' }]);
    const search = calls.find((call) => call.url.startsWith('/api/v1/search'))!;
    const params = new URL(search.url, 'http://quire').searchParams;
    expect([params.get('q'), params.get('type'), params.get('workspace')]).toEqual(['road*', 'page', 'w1']);

    // A chosen page stays listed, and can be let go, whatever the filter shows now.
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find a page' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a page' }), 'nothing');
    expect(await screen.findByText('No page matches “nothing”.')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText(/^Roadmap 2027/));
    expect(chosen).toHaveBeenLastCalledWith([]);
    expect(screen.queryByLabelText(/^Roadmap 2027/)).toBeNull();
  });

  it('shows why a search failed', async () => {
    const { fetchImpl } = fakeFetch({
      'GET /api/v1/workspaces/w1/notebooks': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/search': () => json({ title: 'Bad Request', status: 400, detail: 'The search is too long' }, 400),
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp(<Picker onChosen={() => {}} />);

    expect(await screen.findByText('No pages in this workspace yet.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a page' }), 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('The search is too long');
  });

  it('matches the word being typed as a prefix, and leaves operators and short words alone', () => {
    expect(asPrefixSearch('release pl')).toBe('release pl*');
    expect(asPrefixSearch('  plan ')).toBe('plan*');
    expect(asPrefixSearch('a')).toBe('a');
    expect(asPrefixSearch('"release plan"')).toBe('"release plan"');
    expect(asPrefixSearch('plan -draft')).toBe('plan -draft');
    expect(asPrefixSearch('café')).toBe('café*');
  });
});
