import { screen } from '@testing-library/react';
import type { Projection } from '../../api/types';
import { storeAdminToken } from '../../auth/credentials';
import { fakeFetch, json, renderApp } from '../../test/render';
import { ReplayScreen } from './ReplayScreen';

const projection = (name: string, pendingRows: number | null): Projection => ({
  name, status: 'running', position: 1000, head: 1000, percent: 100, eventsPerSecond: 0, etaSeconds: 0,
  tables: [`${name}_table`], replayable: true, refusal: null, lastFailure: null, pendingRows,
});

describe('the replay screen', () => {
  beforeEach(() => storeAdminToken('admin'));
  afterEach(() => {
    storeAdminToken(null);
    vi.unstubAllGlobals();
  });

  it('says how many rows a caught-up projection still has to complete, and only then', async () => {
    const { fetchImpl } = fakeFetch({
      'GET /api/v1/admin/projections': () => json({
        items: [projection('search', 12_345), projection('pages', null), projection('activity', 0)],
      }),
      'GET /api/v1/admin/evaluations': () => json({ items: [], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderApp(<ReplayScreen />);

    expect(await screen.findByText(`Completing: ${(12_345).toLocaleString()} rows still to index`))
      .toBeInTheDocument();
    expect(screen.getAllByText(/Completing:/)).toHaveLength(1);
  });
});
