import { isSameValue } from './same-value';

describe('isSameValue', () => {
  it('compares data, not key order', () => {
    expect(isSameValue({ a: 1, b: [{ x: null, y: 'z' }] }, { b: [{ y: 'z', x: null }], a: 1 })).toBe(true);
    expect(isSameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isSameValue([1, 2], [2, 1])).toBe(false);
    expect(isSameValue([], {})).toBe(false);
    expect(isSameValue(null, {})).toBe(false);
    expect(isSameValue('a', 'a')).toBe(true);
  });
});
