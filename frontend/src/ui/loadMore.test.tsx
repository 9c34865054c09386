import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useList } from '../api/lists';
import { storeApiKey } from '../auth/credentials';
import { fakeFetch, json, renderApp } from '../test/render';
import { LoadMore } from './LoadMore';
import { QueryView } from './States';

function Versions() {
  const list = useList<{ version: number }>(['versions', 'p1'], '/api/v1/pages/p1/versions', {}, { pageSize: 2 });
  return (
    <>
      <QueryView query={list} what="Loading versions">
        {(loaded) => <ul>{loaded.items.map((v) => <li key={v.version}>version {v.version}</li>)}</ul>}
      </QueryView>
      <LoadMore list={list} what="older versions" />
    </>
  );
}

describe('a paged list', () => {
  beforeEach(() => storeApiKey('qk_test'));
  afterEach(() => vi.unstubAllGlobals());

  it('loads the next page on demand with its cursor, and stops at the end', async () => {
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/v1/pages/p1/versions': (call) => (call.url.includes('cursor=c2')
        ? json({ items: [{ version: 1 }], nextCursor: null })
        : json({ items: [{ version: 3 }, { version: 2 }], nextCursor: 'c2' })),
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp(<Versions />);

    expect(await screen.findByText('version 2')).toBeInTheDocument();
    expect(screen.queryByText('version 1')).toBeNull();
    expect(calls[0].url).toContain('limit=2');
    await userEvent.click(screen.getByRole('button', { name: 'Load more older versions' }));

    expect(await screen.findByText('version 1')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent))
      .toEqual(['version 3', 'version 2', 'version 1']);
    expect(screen.queryByRole('button', { name: /Load more/ })).toBeNull();
    expect(calls[1].url).toContain('cursor=c2');
  });

  it('keeps what it has when the next page fails, shows why, and tries again', async () => {
    let failing = true;
    const { fetchImpl } = fakeFetch({
      'GET /api/v1/pages/p1/versions': (call) => {
        if (!call.url.includes('cursor=c2')) return json({ items: [{ version: 3 }, { version: 2 }], nextCursor: 'c2' });
        return failing
          ? json({ title: 'Service unavailable', status: 503, detail: 'The database is not reachable' }, 503)
          : json({ items: [{ version: 1 }], nextCursor: null });
      },
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp(<Versions />);

    await userEvent.click(await screen.findByRole('button', { name: 'Load more older versions' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable');
    expect(screen.getByText('version 3')).toBeInTheDocument();
    expect(screen.getByText('version 2')).toBeInTheDocument();

    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('version 1')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
