import { ApiRoutes } from '@twinning/contracts';
import { buildApiErrorBody, buildMunicipalitySummary, buildPage } from '../test/factories';
import { requestedUrls, stubFetch } from '../test/fetch-stub';
import { ApiError, apiGet, buildUrl, ClientErrorCode } from './api-client';

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
      details: [{ field: 'country', reason: 'must be an ISO 3166-1 alpha-2 code in upper case' }],
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
