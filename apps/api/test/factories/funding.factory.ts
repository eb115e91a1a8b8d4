import { type FundingCallInput, type FundingProgrammeInput } from '@twinning/contracts';
import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { FundingCallEntity } from '../../src/funding/funding-call.entity';
import { FundingProgrammeEntity } from '../../src/funding/funding-programme.entity';

/** A valid programme input with a name of its own. */
export function fundingProgrammeInput(overrides: Partial<FundingProgrammeInput> = {}): FundingProgrammeInput {
  return {
    name: `Programme ${randomBytes(4).toString('hex')}`,
    aliases: [],
    funder: 'European Commission',
    kind: 'eu',
    eligibleCountries: ['TR', 'DE'],
    themes: ['environment_climate'],
    typicalGrantMin: 10_000,
    typicalGrantMax: 50_000,
    grantCurrency: 'EUR',
    coFinancingRatePercent: 80,
    officialUrl: 'https://example.org/programme',
    description: { en: 'A programme.', tr: 'Bir program.', de: 'Ein Programm.' },
    ...overrides,
  };
}

export async function insertFundingProgramme(dataSource: DataSource, overrides: Partial<FundingProgrammeInput> & { archived?: boolean } = {}): Promise<FundingProgrammeEntity> {
  const { archived, ...input } = overrides;
  const programmes = dataSource.getRepository(FundingProgrammeEntity);
  const { identifiers } = await programmes.insert({ ...fundingProgrammeInput(input), archivedAt: archived ? new Date() : null });
  return (await programmes.findOneBy({ id: identifiers[0].id as string }))!;
}

/** YYYY-MM-DD, `days` from today (UTC). */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function fundingCallInput(programmeId: string, overrides: Partial<FundingCallInput> = {}): FundingCallInput {
  return { programmeId, title: 'Call for proposals', opensOn: dayFromToday(-10), closesOn: dayFromToday(20), budget: null, budgetCurrency: null, url: 'https://example.org/call', ...overrides };
}

export async function insertFundingCall(dataSource: DataSource, programmeId: string, overrides: Partial<FundingCallInput> = {}): Promise<FundingCallEntity> {
  const calls = dataSource.getRepository(FundingCallEntity);
  const { identifiers } = await calls.insert(fundingCallInput(programmeId, overrides));
  return (await calls.findOneBy({ id: identifiers[0].id as string }))!;
}
