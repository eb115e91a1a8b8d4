import { datePatternOf, readDate, writeDate } from './DateField';

describe('dates typed in the interface language', () => {
  const turkish = datePatternOf('tr');
  const german = datePatternOf('de');
  const english = datePatternOf('en');

  it('writes a date day first, in each language’s way', () => {
    expect(writeDate('2025-04-10', turkish)).toBe('10.04.2025');
    expect(writeDate('2025-04-10', german)).toBe('10.04.2025');
    expect(writeDate('2025-04-10', english)).toBe('10/04/2025');
  });

  it('reads what is typed in that order, and YYYY-MM-DD in any language', () => {
    expect(readDate('10.04.2025', turkish)).toBe('2025-04-10');
    expect(readDate(' 1.4.2025 ', german)).toBe('2025-04-01');
    expect(readDate('10/04/2025', english)).toBe('2025-04-10');
    expect(readDate('2025-04-10', turkish)).toBe('2025-04-10');
  });

  it('takes no date that never was, and no half of one', () => {
    expect(readDate('31.02.2025', turkish)).toBeNull();
    expect(readDate('10.13.2025', turkish)).toBeNull();
    expect(readDate('10.04.25', turkish)).toBeNull();
    expect(readDate('10.04', turkish)).toBeNull();
    expect(readDate('tomorrow', english)).toBeNull();
  });
});
