import { anonymousOriginOf, TownCountTable } from './anonymous-origin';

describe('anonymousOriginOf', () => {
  const town = { country: 'TR', kind: 'district' as const };

  it('says less as fewer towns share what it would name', () => {
    expect(anonymousOriginOf(town, { inCountry: 80, ofKindInCountry: 5 }, 5)).toEqual({ country: 'TR', kind: 'district' });
    expect(anonymousOriginOf(town, { inCountry: 80, ofKindInCountry: 4 }, 5)).toEqual({ country: 'TR', kind: null });
    expect(anonymousOriginOf(town, { inCountry: 4, ofKindInCountry: 4 }, 5)).toEqual({ country: null, kind: null });
  });

  it('counts a country over all its kinds', () => {
    const table = new TownCountTable(
      [
        { country: 'LU', kind: 'town', count: 3 },
        { country: 'LU', kind: 'village', count: 2 },
        { country: 'DE', kind: 'town', count: 1 },
      ],
      5,
    );
    expect(table.originOf({ country: 'LU', kind: 'town' })).toEqual({ country: 'LU', kind: null });
    expect(table.originOf({ country: 'DE', kind: 'town' })).toEqual({ country: null, kind: null });
  });
});
