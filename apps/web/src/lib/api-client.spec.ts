import { ApiRoutes } from '@twinning/contracts';
import { buildApiErrorBody, buildMunicipalitySummary, buildPage } from '../test/factories';
import { recordedRequests, requestedUrls, stubFetch } from '../test/fetch-stub';
import { ApiError, apiDelete, apiGet, apiPatch, apiPost, buildUrl, ClientErrorCode, parseRetryAfter } from './api-client';
import { setCsrfToken } from './csrf-token';

describe('buildUrl', () => {
  it('encodes the query and leaves out empty values', () => {
    const url = buildUrl(ApiRoutes.municipalities, {
      q: 'Köln & İzmir',
      country: 'DE',
      kind: undefined,
      region: '',
      page: 2,
    });

    expect(url).toBe('/api/v1/municipalities?q=K%C3%B6ln+%26+%C4%B0zmir&country=DE&page=2');
  });

  it('repeats the parameter for each value of a list, leaving out empty values and empty lists', () => {
    const url = buildUrl(ApiRoutes.search, { q: 'atık', sdg: [11, 13], theme: [], outcome: ['failure', ''], page: 1 });

    expect(url).toBe('/api/v1/search?q=at%C4%B1k&sdg=11&sdg=13&outcome=failure&page=1');
  });

  it('returns the bare path when there is no query', () => {
    expect(buildUrl(ApiRoutes.health)).toBe('/api/health');
  });
});

describe('apiGet', () => {
  it('returns the parsed JSON body', async () => {
    const page = buildPage([buildMunicipalitySummary()]);
    const fetchMock = stubFetch(() => ({ body: page }));

    await expect(apiGet(ApiRoutes.municipalities, { query: { q: 'köln' } })).resolves.toEqual(page);
    expect(requestedUrls(fetchMock)[0].searchParams.get('q')).toBe('köln');
  });

  it('throws an ApiError carrying the status and the error body', async () => {
    const body = buildApiErrorBody({
      code: 'validation_failed',
      message: 'The query is not valid.',
      details: [{ field: 'country', rule: 'invalid_format', reason: 'must be an ISO 3166-1 alpha-2 code in upper case' }],
    });
    stubFetch(() => ({ status: 400, body }));

    const failure = apiGet(ApiRoutes.municipalities, { query: { country: 'xx' } });

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'The query is not valid.',
      body,
    });
  });

  it('keeps the code of a not-found error', async () => {
    stubFetch(() => ({ status: 404, body: { code: 'municipality_not_found', message: 'No such municipality.' } }));

    await expect(apiGet(ApiRoutes.municipality('0f9d1c52-4a7e-4b8e-9b1a-2f0c7d6e5a41'))).rejects.toMatchObject({
      status: 404,
      code: 'municipality_not_found',
    });
  });

  it('describes an error whose body is not an API error', async () => {
    stubFetch(() => ({ status: 502, text: '<html>Bad gateway</html>' }));

    await expect(apiGet(ApiRoutes.health)).rejects.toMatchObject({
      status: 502,
      code: ClientErrorCode.HttpError,
    });
  });

  it('reports a successful response that is not JSON', async () => {
    stubFetch(() => ({ status: 200, text: '<!doctype html>' }));

    await expect(apiGet(ApiRoutes.health)).rejects.toMatchObject({
      status: 200,
      code: ClientErrorCode.InvalidResponse,
    });
  });

  it('turns a failed connection into an ApiError with status 0', async () => {
    global.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(apiGet(ApiRoutes.health)).rejects.toMatchObject({
      status: 0,
      code: ClientErrorCode.NetworkError,
    });
  });

  it('lets an aborted request reject as an abort, not as an API error', async () => {
    const abort = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    global.fetch = jest.fn().mockRejectedValue(abort);

    await expect(apiGet(ApiRoutes.health)).rejects.toBe(abort);
  });
});

describe('writes', () => {
  it('send JSON with the CSRF token of the session', async () => {
    setCsrfToken('token-of-this-session');
    const fetchMock = stubFetch(() => ({ status: 201, body: { id: 'new' } }));

    await expect(apiPost(ApiRoutes.adminMunicipalities, { nameLocal: 'Köln' })).resolves.toEqual({ id: 'new' });

    const [request] = recordedRequests(fetchMock);
    expect(request.method).toBe('POST');
    expect(request.headers['x-csrf-token']).toBe('token-of-this-session');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toEqual({ nameLocal: 'Köln' });
  });

  it('carry the token on PATCH and DELETE too, and read a 204 as no content', async () => {
    setCsrfToken('token-of-this-session');
    const fetchMock = stubFetch((_url, request) =>
      request.method === 'DELETE' ? { status: 204 } : { body: { id: 'same' } },
    );

    await apiPatch(ApiRoutes.adminPartnership('p1'), { status: 'ended' });
    await expect(apiDelete(ApiRoutes.adminPartnership('p1'))).resolves.toBeUndefined();

    expect(recordedRequests(fetchMock).map((request) => [request.method, request.headers['x-csrf-token']])).toEqual([
      ['PATCH', 'token-of-this-session'],
      ['DELETE', 'token-of-this-session'],
    ]);
  });

  it('go without a token while signed out, and reads never carry one', async () => {
    const fetchMock = stubFetch(() => ({ body: {} }));

    await apiPost(ApiRoutes.login, { email: 'a@b.tr', password: 'secret' });
    setCsrfToken('token-of-this-session');
    await apiGet(ApiRoutes.me);

    const [login, me] = recordedRequests(fetchMock);
    expect(login.headers).not.toHaveProperty('x-csrf-token');
    expect(me.headers).not.toHaveProperty('x-csrf-token');
  });

  it('send a POST without a body as no body at all', async () => {
    setCsrfToken('token-of-this-session');
    const fetchMock = stubFetch(() => ({ status: 204 }));

    await apiPost(ApiRoutes.logout);

    const [, init] = fetchMock.mock.calls[0];
    expect(init?.body).toBeUndefined();
    expect(init?.headers).not.toHaveProperty('content-type');
  });
});

describe('Retry-After', () => {
  it('is kept on the error of a 429', async () => {
    stubFetch(() => ({
      status: 429,
      headers: { 'Retry-After': '840' },
      body: buildApiErrorBody({ code: 'too_many_attempts', message: 'Too many failed sign-in attempts.' }),
    }));

    await expect(apiPost(ApiRoutes.login, { email: 'a@b.tr', password: 'x' })).rejects.toMatchObject({
      status: 429,
      code: 'too_many_attempts',
      retryAfterSeconds: 840,
    });
  });

  it('is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-04-10T08:00:00Z');

    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Thu, 10 Apr 2025 08:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
