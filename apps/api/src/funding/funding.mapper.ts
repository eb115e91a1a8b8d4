import { type FundingCall, fundingCallStatus, type FundingProgramme } from '@twinning/contracts';
import { type FundingCallEntity } from './funding-call.entity';
import { type FundingProgrammeEntity } from './funding-programme.entity';

export function toFundingProgramme(entity: FundingProgrammeEntity): FundingProgramme {
  return {
    id: entity.id,
    name: entity.name,
    aliases: entity.aliases,
    funder: entity.funder,
    kind: entity.kind,
    eligibleCountries: entity.eligibleCountries,
    themes: entity.themes,
    typicalGrantMin: entity.typicalGrantMin,
    typicalGrantMax: entity.typicalGrantMax,
    grantCurrency: entity.grantCurrency,
    coFinancingRatePercent: entity.coFinancingRatePercent,
    officialUrl: entity.officialUrl,
    description: entity.description,
    archived: entity.archivedAt !== null,
  };
}

/** `today` is YYYY-MM-DD; the status is computed from it, never stored. The programme must be loaded. */
export function toFundingCall(entity: FundingCallEntity, today: string): FundingCall {
  return {
    id: entity.id,
    programme: { id: entity.programme.id, name: entity.programme.name, themes: entity.programme.themes },
    title: entity.title,
    opensOn: entity.opensOn,
    closesOn: entity.closesOn,
    budget: entity.budget,
    budgetCurrency: entity.budgetCurrency,
    url: entity.url,
    status: fundingCallStatus(entity, today),
  };
}

/** Today's calendar day in UTC, YYYY-MM-DD. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
