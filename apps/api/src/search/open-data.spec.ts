import { EXPORT_COLUMNS, type ExportRecord } from '@twinning/contracts';
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

  it('writes an empty value as an empty cell and a list of objects as JSON text', () => {
    expect(csvField(null)).toBe('');
    expect(csvField([{ cause: 'funding', note: 'a, b' }])).toBe('"[{""cause"":""funding"",""note"":""a, b""}]"');
  });

  it('joins lists and writes a header row in the documented order', () => {
    const csv = toCsv([exportRecord({ title: 'T, "x"', sdgs: [11, 13], sdg_targets: ['11.2', '11.6'], themes: ['mobility'] })]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(EXPORT_COLUMNS.join(','));
    expect(row).toBe(
      '1,u,"T, ""x""",s,tr,failure,11; 13,mobility,TR,,2020,p,2,false,11.2; 11.6,' +
        'c,w,r,,ww,wd,wdd,,,,pre,tips,,,,,after,staff,2020-01-01,,https://creativecommons.org/licenses/by/4.0/',
    );
  });
});

function exportRecord(overrides: Partial<ExportRecord>): ExportRecord {
  return {
    id: '1', url: 'u', title: 't', summary: 's', language: 'tr', outcome: 'failure', sdgs: [], themes: [], country: 'TR', municipality: '', start_year: 2020,
    published_at: 'p', adaptation_count: 2, featured: false, sdg_targets: [], context: 'c', what_was_done: 'w', results: 'r', indicators: [], what_worked: 'ww',
    what_did_not_work: 'wd', what_we_would_do_differently: 'wdd', failure_causes: [], failure_stage: '', salvaged: '', preconditions: 'pre',
    tips_for_adopters: 'tips', budget_amount: null, budget_currency: '', funding_sources: [], co_financing_percent: null, after_funding: 'after',
    staff_and_time: 'staff', start_date: '2020-01-01', end_date: '', licence: 'https://creativecommons.org/licenses/by/4.0/',
    ...overrides,
  };
}
