import { safeNextPath, signInPathFor } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/admin/accounts?status=pending')).toBe('/admin/accounts?status=pending');
  });

  it.each([
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/path'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a relative path', 'admin'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a control character', '/admin\n//evil.example'],
    ['nothing', ''],
  ])('refuses %s', (_label, value) => {
    expect(safeNextPath(value)).toBeNull();
  });
});

describe('signInPathFor', () => {
  it('comes back to the page afterwards', () => {
    expect(signInPathFor('/admin/audit?page=2')).toBe('/sign-in?next=%2Fadmin%2Faudit%3Fpage%3D2');
  });
});
