import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rawDemoCaseStudies from './data/case-studies.json';

interface Judged {
  relevant: Record<string, number>;
}
interface Judgements {
  queries: (Judged & { id: string; language: string; query: string; group: string })[];
  similar: (Judged & { of: string })[];
}

const demo = (rawDemoCaseStudies as { caseStudies: { key: string; status: string; content: { language: string | null } }[] }).caseStudies;
const published = demo.filter((item) => item.status === 'published');
const judgements = JSON.parse(readFileSync(join(__dirname, '../../../eval/search-judgements.json'), 'utf8')) as Judgements;

/** Issue 16: a corpus big and varied enough to measure search on, and judgements that fit it. */
describe('the demo case studies and the judged query set', () => {
  it('publish at least 60 case studies, at least 10 in each interface language, each key once', () => {
    expect(published.length).toBeGreaterThanOrEqual(60);
    for (const language of ['en', 'tr', 'de']) expect([language, published.filter((item) => item.content.language === language).length >= 10]).toEqual([language, true]);
    expect(new Set(demo.map((item) => item.key)).size).toBe(demo.length);
  });

  it('judge at least 60 queries in English, Turkish and German and 15 similar practices', () => {
    expect(judgements.queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(judgements.queries.map((query) => query.id)).size).toBe(judgements.queries.length);
    expect([...new Set(judgements.queries.map((query) => query.language))].sort()).toEqual(['de', 'en', 'tr']);
    expect(judgements.similar.length).toBeGreaterThanOrEqual(15);
  });

  it('name only published demo case studies, graded 1 or 2, with something that should come first', () => {
    const keys = new Set(published.map((item) => item.key));
    const problems = [...judgements.queries.map((query) => ({ name: query.id, judged: query })), ...judgements.similar.map((entry) => ({ name: `similar to ${entry.of}`, judged: entry }))].flatMap(
      ({ name, judged }) => [
        ...Object.entries(judged.relevant).flatMap(([key, grade]) => [...(keys.has(key) ? [] : [`${name}: ${key} is no published demo case study`]), ...([1, 2].includes(grade) ? [] : [`${name}: grade ${grade}`])]),
        ...(Object.values(judged.relevant).includes(2) ? [] : [`${name}: nothing graded 2`]),
      ],
    );
    for (const entry of judgements.similar) {
      if (!keys.has(entry.of)) problems.push(`similar to ${entry.of}: no published demo case study`);
      if (entry.relevant[entry.of] !== undefined) problems.push(`similar to ${entry.of}: judged similar to itself`);
    }
    expect(problems).toEqual([]);
  });

  it('group a query with its translations: every group in at least two languages, judged alike', () => {
    const groups = new Map<string, Judgements['queries']>();
    for (const query of judgements.queries) groups.set(query.group, [...(groups.get(query.group) ?? []), query]);
    for (const [group, queries] of groups) {
      expect([group, new Set(queries.map((query) => query.language)).size >= 2]).toEqual([group, true]);
      expect(queries.map((query) => [query.id, query.relevant])).toEqual(queries.map((query) => [query.id, queries[0].relevant]));
    }
  });
});
