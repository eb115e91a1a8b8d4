/** What a stubbed `fetch` answers: a status and a JSON body (or raw text). */
export interface StubResponse {
  status?: number;
  body?: unknown;
  text?: string;
}

type Responder = (url: URL) => StubResponse | Promise<StubResponse>;

/**
 * Replaces `global.fetch` for one test. The responder sees each request's URL (resolved against
 * the page's origin), and the returned mock records every call for assertions.
 */
export function stubFetch(respond: Responder): jest.Mock<Promise<Response>, [RequestInfo | URL, RequestInit?]> {
  const mock = jest.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), window.location.origin);
    const { status = 200, body, text } = await respond(url);
    return fakeResponse(status, text ?? (body === undefined ? '' : JSON.stringify(body)));
  });
  global.fetch = mock;
  return mock;
}

/** The URLs requested so far, for readable assertions. */
export function requestedUrls(mock: jest.Mock): URL[] {
  return mock.mock.calls.map(([input]) => new URL(String(input), window.location.origin));
}

// jsdom has no `Response`; the client only reads these members of it.
function fakeResponse(status: number, text: string): Response {
  const response: Pick<Response, 'ok' | 'status' | 'statusText' | 'text'> = {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    text: async () => text,
  };
  return response as Response;
}
