/**
 * An RFC 9457 problem as Quire answers it (`application/problem+json`), or one made up here for failures that never
 * reached Quire, so that every error the user sees has a title and a detail.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly field?: string;
  readonly properties: Record<string, unknown>;

  constructor(problem: { status: number; title: string; detail?: string; type?: string; field?: string;
    properties?: Record<string, unknown> }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail ?? '';
    this.type = problem.type ?? 'about:blank';
    this.field = problem.field;
    this.properties = problem.properties ?? {};
  }

  /** The slug at the end of the problem type, e.g. `stale-version` for `/problems/stale-version`. */
  get kind(): string {
    return this.type.split('/').pop() ?? this.type;
  }
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  413: 'Content Too Large', 422: 'Unprocessable Content', 428: 'Precondition Required', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** Reads a failed response as a problem, whatever its body holds. */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  const text = await response.text().catch(() => '');
  const fallbackTitle = STATUS_TITLES[response.status] ?? (response.statusText || `HTTP ${response.status}`);
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    if (body && typeof body === 'object') {
      const { status, title, detail, type, field, ...rest } = body;
      return new ApiProblem({
        status: typeof status === 'number' ? status : response.status,
        title: typeof title === 'string' && title ? title : fallbackTitle,
        detail: typeof detail === 'string' ? detail : '',
        type: typeof type === 'string' ? type : undefined,
        field: typeof field === 'string' ? field : undefined,
        properties: rest,
      });
    }
  } catch {
    // Not JSON: a proxy or a server that is not Quire answered. Show what it said, briefly.
  }
  return new ApiProblem({
    status: response.status,
    title: fallbackTitle,
    detail: text.trim().slice(0, 300) || `The server answered ${response.status} without details.`,
  });
}

/** Whatever was thrown, as a problem a person can read. */
export function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof TypeError) {
    return new ApiProblem({ status: 0, title: 'Quire is not reachable', detail: error.message });
  }
  if (error instanceof Error) {
    return new ApiProblem({ status: 0, title: 'Something went wrong in the app', detail: error.message });
  }
  return new ApiProblem({ status: 0, title: 'Something went wrong in the app', detail: String(error) });
}
