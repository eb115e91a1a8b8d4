import { townName } from './town-name';

describe('townName', () => {
  it('puts the Latin-script name beside a Cyrillic or Greek one', () => {
    expect(townName({ nameLocal: 'Пловдив', nameEn: 'Plovdiv' })).toBe('Plovdiv / Пловдив');
    expect(townName({ nameLocal: 'Θεσσαλονίκη', nameEn: 'Thessaloniki' })).toBe('Thessaloniki / Θεσσαλονίκη');
  });

  it('keeps a Latin-script name alone, letters like ı, ş and ö included', () => {
    expect(townName({ nameLocal: 'Kadıköy', nameEn: 'Kadikoy' })).toBe('Kadıköy');
    expect(townName({ nameLocal: 'Köln', nameEn: 'Cologne' })).toBe('Köln');
    expect(townName({ nameLocal: 'Saint-Étienne', nameEn: 'Saint-Étienne' })).toBe('Saint-Étienne');
  });
});
