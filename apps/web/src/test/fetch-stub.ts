/** What a stubbed `fetch` answers: a status, a JSON body (or raw text) and any response headers. */
export interface StubResponse {
  status?: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

/** A request as the responder and the assertions see it: header names in lower case, the JSON body parsed. */
export interface StubRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Responder = (url: URL, request: StubRequest) => StubResponse | Promise<StubResponse>;

type FetchMock = jest.Mock<Promise<Response>, [RequestInfo | URL, RequestInit?]>;

/**
 * Replaces `global.fetch` for one test. The responder sees each request's URL (resolved against
 * the page's origin) and the request itself, and the returned mock records every call for assertions.
 */
export function stubFetch(respond: Responder): FetchMock {
  const mock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = toStubRequest(input, init);
    const { status = 200, body, text, headers = {} } = await respond(request.url, request);
    return fakeResponse(status, text ?? (body === undefined ? '' : JSON.stringify(body)), headers);
  });
  global.fetch = mock;
  return mock;
}

/** The URLs requested so far, for readable assertions. */
export function requestedUrls(mock: jest.Mock): URL[] {
  return mock.mock.calls.map(([input]) => new URL(String(input), window.location.origin));
}

/** The requests made so far, with method, headers and body, for assertions on writes. */
export function recordedRequests(mock: jest.Mock): StubRequest[] {
  return mock.mock.calls.map(([input, init]) => toStubRequest(input as RequestInfo | URL, init as RequestInit));
}

/** The writes (anything but GET) made so far. */
export function recordedWrites(mock: jest.Mock): StubRequest[] {
  return recordedRequests(mock).filter((request) => request.method !== 'GET');
}

function toStubRequest(input: RequestInfo | URL, init: RequestInit = {}): StubRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) {
    headers[name.toLowerCase()] = value;
  }
  return {
    url: new URL(String(input), window.location.origin),
    method: (init.method ?? 'GET').toUpperCase(),
    headers,
    body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
  };
}

// jsdom has no `Response`; the client only reads these members of it.
function fakeResponse(status: number, text: string, headers: Record<string, string>): Response {
  const lowerCased = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const response: Pick<Response, 'ok' | 'status' | 'statusText' | 'text'> & {
    headers: Pick<Headers, 'get'>;
  } = {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    headers: { get: (name: string) => lowerCased.get(name.toLowerCase()) ?? null },
    text: async () => text,
  };
  return response as Response;
}
