import { findContentProblems } from '../../case-studies/dto/case-study-content.dto';
import { loadDemoCaseStudies } from './demo-case-studies';

describe('the demo case studies', () => {
  it('hold content the API would save: targets under their goals, indicators naming those targets', async () => {
    const demo = loadDemoCaseStudies();
    // Funding sources name their programme as people write it; the seed finds its id afterwards.
    const contentOf = (item: (typeof demo)[number]) => ({
      ...item.content,
      fundingSources: item.content.fundingSources.map((source) => ({ programmeId: null, ...source })),
      continuedAfterFunding: item.content.continuedAfterFunding ?? null,
      partnerMunicipalityIds: [],
    });
    const problems = await Promise.all(demo.map(async (item) => [item.key, await findContentProblems(contentOf(item))] as const));
    expect(problems.filter(([, found]) => found.length > 0)).toEqual([]);
  });
});
