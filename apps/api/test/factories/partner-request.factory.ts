import { type PartnerAnswerStatus, type PartnerRequestInput } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { PartnerAnswerEntity } from '../../src/partner-requests/partner-answer.entity';
import { PartnerRequestEntity } from '../../src/partner-requests/partner-request.entity';
import { dayFromToday } from './funding.factory';

export function partnerRequestInput(overrides: Partial<PartnerRequestInput> = {}): PartnerRequestInput {
  return {
    title: 'Partners for a joint youth climate council',
    description: 'We want to set up **youth climate councils** in both towns and compare what they achieve.',
    themes: ['youth', 'environment_climate'],
    sdgs: [13],
    fundingProgrammeId: null,
    fundingCallId: null,
    deadline: dayFromToday(30),
    offers: 'Two years of experience running a youth council.',
    seeks: 'A town with a climate plan that wants to involve young people.',
    languages: ['en', 'tr'],
    partnerCountries: [],
    partnerPopulationBands: [],
    ...overrides,
  };
}

export async function insertPartnerRequest(dataSource: DataSource, municipalityId: string, overrides: Partial<PartnerRequestInput> = {}): Promise<PartnerRequestEntity> {
  const requests = dataSource.getRepository(PartnerRequestEntity);
  const { identifiers } = await requests.insert({ ...partnerRequestInput(overrides), municipalityId, createdById: null, seedKey: null });
  return (await requests.findOneBy({ id: identifiers[0].id as string }))!;
}

export async function insertPartnerAnswer(dataSource: DataSource, requestId: string, municipalityId: string, status: PartnerAnswerStatus = 'interested'): Promise<PartnerAnswerEntity> {
  const answers = dataSource.getRepository(PartnerAnswerEntity);
  const { identifiers } = await answers.insert({ requestId, municipalityId, status, message: 'We would like to take part.', createdById: null, partnershipId: null });
  return (await answers.findOneBy({ id: identifiers[0].id as string }))!;
}
