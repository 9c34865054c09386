import { staleKeysFor } from './LiveUpdates';

describe('live updates', () => {
  it('refetch every dashboard on a dashboards message', () => {
    expect(staleKeysFor({ topic: 'dashboards', position: 9, at: '2026-01-01T00:00:00Z' })).toEqual([['dashboards']]);
  });

  it('refetch the page, its history and page lists when a page changes', () => {
    expect(staleKeysFor({ topic: 'page', type: 'PageEdited', aggregateId: 'p1', position: 3, at: '' }))
      .toEqual([['page', 'p1'], ['pages'], ['versions', 'p1']]);
  });

  it('ignore topics they do not know', () => {
    expect(staleKeysFor({ topic: 'weather', position: 1, at: '' })).toEqual([]);
  });
});
