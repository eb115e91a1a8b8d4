import { csvField, toCsv } from './open-data';

describe('the CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['İstanbul – ş', 'İstanbul – ş'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x.example","click")', '"\'=HYPERLINK(""http://x.example"",""click"")"'],
    ['+1+1', '"\'+1+1"'],
    ['-2+3', '"\'-2+3"'],
    ['-5', '"\'-5"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\tlead', '"\'\tlead"'],
    ['\rlead', '"\'\rlead"'],
    ['a=1', 'a=1'],
  ])('neutralises the text %j as %j, so no spreadsheet runs it as a formula', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers and booleans as they are, a negative number included', () => {
    expect([csvField(-5), csvField(2020), csvField(false)]).toEqual(['-5', '2020', 'false']);
  });

  it('joins lists and writes a header row in the documented order', () => {
    const csv = toCsv([
      { id: '1', url: 'u', title: 'T, "x"', summary: 's', language: 'tr', outcome: 'failure', sdgs: [11, 13], themes: ['mobility'], country: 'TR', municipality: '', start_year: 2020, published_at: 'p', adaptation_count: 2, featured: false, sdg_targets: ['11.2', '11.6'], failure_causes: ['funding', 'timing'], failure_stage: 'operation' },
    ]);
    expect(csv).toBe(
      'id,url,title,summary,language,outcome,sdgs,themes,country,municipality,start_year,published_at,adaptation_count,featured,sdg_targets,failure_causes,failure_stage\r\n' +
        '1,u,"T, ""x""",s,tr,failure,11; 13,mobility,TR,,2020,p,2,false,11.2; 11.6,funding; timing,operation\r\n',
    );
  });
});
