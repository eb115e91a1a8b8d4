import { ApiRoutes } from './api-routes';

describe('ApiRoutes', () => {
  it('encodes ids so a path segment cannot be escaped', () => {
    expect(ApiRoutes.municipality('a/b?c')).toBe('/api/v1/municipalities/a%2Fb%3Fc');
  });
});
