import { findContentProblems } from '../../case-studies/dto/case-study-content.dto';
import { loadDemoCaseStudies } from './demo-case-studies';

describe('the demo case studies', () => {
  it('hold content the API would save: targets under their goals, indicators naming those targets', async () => {
    const demo = loadDemoCaseStudies();
    const problems = await Promise.all(demo.map(async (item) => [item.key, await findContentProblems({ ...item.content, partnerMunicipalityIds: [] })] as const));
    expect(problems.filter(([, found]) => found.length > 0)).toEqual([]);
  });
});
