import { type CaseStudyContent, type CaseStudyStatus, type ContinuedAfterFunding, type FundingSource, type Indicator, type TemplateSection } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import rawDemoCaseStudies from './data/case-studies.json';
import { insertCaseStudyInState } from './case-study-states';
import { demoStaffOf } from './demo-accounts';

export interface DemoCaseStudy {
  key: string;
  /** Starter-data keys. */
  municipality: string;
  partners: string[];
  status: CaseStudyStatus;
  publishAnonymously: boolean;
  featured: boolean;
  decision?: { comment: string; sectionComments: Partial<Record<TemplateSection, string>> };
  /** Funding sources name their programme as people write it (a catalogue programme's name or alias, or another); the seed resolves the names (resolveFundingProgrammeNames). */
  content: Omit<CaseStudyContent, 'partnerMunicipalityIds' | 'fundingSources' | 'continuedAfterFunding'> & {
    fundingSources: Pick<FundingSource, 'kind' | 'programmeName' | 'amount'>[];
    continuedAfterFunding?: ContinuedAfterFunding | null;
  };
}

/** A demo entry may leave out the SDG target fields (none tagged), as content written before them does. */
type DemoEntry = Omit<DemoCaseStudy, 'content'> & {
  content: Omit<DemoCaseStudy['content'], 'sdgTargets' | 'indicators'> & { sdgTargets?: string[]; indicators: (Omit<Indicator, 'sdgTarget' | 'unIndicator'> & Partial<Indicator>)[] };
};

export function loadDemoCaseStudies(): DemoCaseStudy[] {
  return (rawDemoCaseStudies as { caseStudies: DemoEntry[] }).caseStudies.map((item) => ({
    ...item,
    content: { ...item.content, sdgTargets: item.content.sdgTargets ?? [], indicators: item.content.indicators.map((indicator) => ({ sdgTarget: null, unIndicator: null, ...indicator })) },
  }));
}

/**
 * The demo case studies (data/case-studies.json), in every state of the lifecycle, written by
 * the demo staff of their town where there is one, else by its named contact, and decided by the
 * demo moderator. One that
 * exists already (same town, same title) is left alone. Returns how many were created.
 */
export async function seedDemoCaseStudies(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const municipalityIds = new Map(((await manager.query('SELECT id, slug FROM municipalities')) as { id: string; slug: string }[]).map((row) => [row.slug, row.id]));
    const [moderator] = (await manager.query(`SELECT id FROM users WHERE email = 'moderator@demo.twinning.test'`)) as { id: string }[];
    let created = 0;
    for (const item of loadDemoCaseStudies()) {
      const municipalityId = municipalityIds.get(item.municipality);
      if (!municipalityId) throw new Error(`demo case study ${item.key}: no municipality ${item.municipality}`);
      const [existing] = (await manager.query(`SELECT 1 FROM case_studies WHERE municipality_id = $1 AND content->>'title' = $2`, [municipalityId, item.content.title])) as unknown[];
      if (existing) continue;
      const partnerMunicipalityIds = item.partners.map((key) => {
        const id = municipalityIds.get(key);
        if (!id) throw new Error(`demo case study ${item.key}: no partner municipality ${key}`);
        return id;
      });
      // The town's demo staff where there is one, else the person named as its contact.
      const author = await demoStaffOf(manager, municipalityId, item.content.contactName);
      await insertCaseStudyInState(manager, {
        municipalityId,
        status: item.status,
        content: {
          ...item.content,
          fundingSources: item.content.fundingSources.map((source) => ({ ...source, programmeId: null })),
          continuedAfterFunding: item.content.continuedAfterFunding ?? null,
          partnerMunicipalityIds,
        },
        publishAnonymously: item.publishAnonymously,
        featured: item.featured,
        createdById: author,
        submittedById: author,
        moderatorId: moderator?.id ?? null,
        decision: item.decision,
      });
      created += 1;
    }
    return created;
  });
}
