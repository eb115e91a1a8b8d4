import { escapeLike, slugify } from './municipalities.repository';

describe('slugify', () => {
  it.each([
    ['Şanlıurfa', 'sanliurfa'],
    ['İzmir', 'izmir'],
    ['Köln', 'koln'],
    ['Friedrichshain-Kreuzberg', 'friedrichshain-kreuzberg'],
    ['  Saint-Étienne du Rouvray ', 'saint-etienne-du-rouvray'],
    ['Ğ Ü Ö Ç', 'g-u-o-c'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('escapeLike', () => {
  it('makes %, _ and \\ literal', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
