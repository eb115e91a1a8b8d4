import { type PartnershipActivityInput } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { PartnershipActivityEntity } from '../../src/partnerships/partnership-activity.entity';

/** A valid body of POST …/activities: a public study visit with nothing optional. */
export function activityInput(overrides: Partial<PartnershipActivityInput> = {}): PartnershipActivityInput {
  return {
    kind: 'study_visit',
    title: 'Study visit to the sorting plant',
    description: 'Three days at the **sorting plant** and the recycling centres.',
    startsOn: '2025-04-14',
    endsOn: '2025-04-16',
    isPublic: true,
    participantCount: 6,
    participantRoles: ['waste officer', 'council member'],
    learned: 'Door-to-door collection needs a year of explaining before it works.',
    caseStudyIds: [],
    ...overrides,
  };
}

/** An activity stored directly, for tests that count or list them. */
export async function insertActivity(dataSource: DataSource, partnershipId: string, overrides: Partial<PartnershipActivityEntity> = {}): Promise<PartnershipActivityEntity> {
  const { caseStudyIds: _ids, ...input } = activityInput();
  return dataSource.getRepository(PartnershipActivityEntity).save({
    ...input,
    partnershipId,
    titleVariants: {},
    descriptionVariants: {},
    learnedVariants: {},
    fundingProgrammeId: null,
    fundingAmount: null,
    fundingCurrency: null,
    createdById: null,
    ...overrides,
  });
}
