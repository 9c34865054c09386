import { ApiProblem, asProblem, problemFrom } from './problem';

describe('problems', () => {
  it('reads problem+json with its extra properties', async () => {
    const problem = await problemFrom(new Response(JSON.stringify({
      type: '/problems/stale-version', title: 'Conflict', status: 409,
      detail: 'Expected version 1 but it is 2', currentVersion: 2,
    }), { status: 409, headers: { 'Content-Type': 'application/problem+json' } }));
    expect(problem.title).toBe('Conflict');
    expect(problem.detail).toBe('Expected version 1 but it is 2');
    expect(problem.kind).toBe('stale-version');
    expect(problem.properties.currentVersion).toBe(2);
  });

  it('makes a title and a detail up when the answer is not a problem', async () => {
    const problem = await problemFrom(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(problem.title).toBe('Bad Gateway');
    expect(problem.detail).toBe('<html>Bad gateway</html>');
    const empty = await problemFrom(new Response('', { status: 503 }));
    expect(empty.detail).toBe('The server answered 503 without details.');
  });

  it('names network failures and app errors for people', () => {
    expect(asProblem(new TypeError('Failed to fetch')).title).toBe('Quire is not reachable');
    expect(asProblem(new Error('boom')).detail).toBe('boom');
    const known = new ApiProblem({ status: 404, title: 'Not Found' });
    expect(asProblem(known)).toBe(known);
  });
});
