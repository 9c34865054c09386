import { call, forgetWrites, get, send } from './client';
import { ApiProblem } from './problem';
import { storeAdminToken, storeApiKey } from '../auth/credentials';
import { fakeFetch, json } from '../test/render';

describe('the API client', () => {
  beforeEach(() => {
    storeApiKey('qk_tenant');
    storeAdminToken('admin-secret');
    forgetWrites();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the API key to tenant endpoints and the admin token only to admin ones', async () => {
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/v1/workspaces': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/admin/sagas': () => json({ items: [], nextCursor: null }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    await get('/api/v1/workspaces');
    await get('/api/v1/admin/sagas');
    expect(calls[0].headers['X-Api-Key']).toBe('qk_tenant');
    expect(calls[0].headers.Authorization).toBeUndefined();
    expect(calls[1].headers.Authorization).toBe('Bearer admin-secret');
    expect(calls[1].headers['X-Api-Key']).toBeUndefined();
  });

  it('reads its own writes: later reads wait for the write, and ask again while the read model lags', async () => {
    let reads = 0;
    const { fetchImpl, calls } = fakeFetch({
      'POST /api/v1/workspaces': () => json({ id: 'w1', version: 1, consistency: '42' }, 201),
      'GET /api/v1/workspaces': () => json({ items: [], nextCursor: null }, 200,
        { 'Quire-Consistency': ++reads < 3 ? 'stale' : 'current' }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    await send('/api/v1/workspaces', { body: { name: 'Research' } });
    await get('/api/v1/workspaces?limit=200');
    const gets = calls.filter((c) => c.method === 'GET');
    expect(gets).toHaveLength(3);
    expect(gets.every((c) => c.url === '/api/v1/workspaces?limit=200&consistency=42')).toBe(true);
  });

  it('asks again, after the wait it names, for a read refused as busy, and gives up after two more tries', async () => {
    const busy = () => json({ type: '/problems/busy', title: 'Service Unavailable', status: 503,
      detail: 'Quire is running as many searches as it can; retry in 1 s' }, 503, { 'Retry-After': '1' });
    let searches = 0;
    const { fetchImpl, calls } = fakeFetch({
      'GET /api/v1/search': () => (++searches < 2 ? busy() : json({ items: [], nextCursor: null })),
      'GET /api/v1/search/languages': busy,
      'POST /api/v1/workspaces': busy,
    });
    vi.stubGlobal('fetch', fetchImpl);
    const started = Date.now();
    expect(await get('/api/v1/search?q=quasar')).toEqual({ items: [], nextCursor: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const refused = await get('/api/v1/search/languages').catch((e: unknown) => e);
    expect((refused as ApiProblem).status).toBe(503);
    expect((refused as ApiProblem).detail).toContain('as many searches');
    expect(calls.filter((c) => c.url === '/api/v1/search/languages')).toHaveLength(3);
    const write = await send('/api/v1/workspaces', { body: { name: 'Research' } }).catch((e: unknown) => e);
    expect((write as ApiProblem).status).toBe(503);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  }, 10_000);

  it('asks again for a resource that is missing only because the read model has not reached the write yet', async () => {
    let reads = 0;
    const { fetchImpl, calls } = fakeFetch({
      'POST /api/v1/notebooks/n1/pages': () => json({ id: 'p1', version: 1, consistency: '7' }, 201),
      'GET /api/v1/pages/p1': () => (++reads < 2
        ? json({ type: '/problems/not-found', title: 'Not Found', status: 404, detail: 'No page with id p1 exists' },
          404, { 'Quire-Consistency': 'stale' })
        : json({ id: 'p1', version: 1 }, 200, { 'Quire-Consistency': 'current' })),
      'GET /api/v1/pages/gone': () => json({ type: '/problems/not-found', title: 'Not Found', status: 404,
        detail: 'No page with id gone exists' }, 404, { 'Quire-Consistency': 'current' }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    await send('/api/v1/notebooks/n1/pages', { body: { title: 'Findings' } });
    expect(await get<{ id: string }>('/api/v1/pages/p1')).toEqual({ id: 'p1', version: 1 });
    const missing = await get('/api/v1/pages/gone').catch((e: unknown) => e);
    expect((missing as ApiProblem).status).toBe(404);
    expect(calls.filter((c) => c.url.startsWith('/api/v1/pages/p1'))).toHaveLength(2);
    expect(calls.filter((c) => c.url.startsWith('/api/v1/pages/gone'))).toHaveLength(1);
  });

  it('sends If-Match as a quoted version and throws refusals as problems', async () => {
    const { fetchImpl, calls } = fakeFetch({
      'PUT /api/v1/pages/p1': () => json({ type: '/problems/stale-version', title: 'Conflict', status: 409,
        detail: 'stale', currentVersion: 4 }, 409),
    });
    vi.stubGlobal('fetch', fetchImpl);
    const failure = await call('/api/v1/pages/p1', { method: 'PUT', body: { body: 'x' }, ifMatch: 3 })
      .catch((e: unknown) => e);
    expect(calls[0].headers['If-Match']).toBe('"3"');
    expect(failure).toBeInstanceOf(ApiProblem);
    expect((failure as ApiProblem).kind).toBe('stale-version');
    expect((failure as ApiProblem).properties.currentVersion).toBe(4);
  });

  it('turns a failed connection into a problem a person can read', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(get('/api/v1/workspaces')).rejects.toMatchObject({ status: 0, title: 'Quire is not reachable' });
  });
});
