import { type DataSource } from 'typeorm';
import { FUNDING_PROGRAMMES } from './funding-programmes';

/** The catalogue's programmes: a missing one is added by its key; one already there belongs to the moderators and is left alone. */
export async function seedFundingProgrammes(dataSource: DataSource): Promise<number> {
  let added = 0;
  for (const { key, ...p } of FUNDING_PROGRAMMES) {
    const rows = (await dataSource.query(
      `INSERT INTO funding_programmes (seed_key, name, aliases, funder, kind, eligible_countries, themes, typical_grant_min, typical_grant_max, grant_currency, co_financing_rate_percent, official_url, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT DO NOTHING RETURNING id`,
      [key, p.name, p.aliases, p.funder, p.kind, p.eligibleCountries, p.themes, p.typicalGrantMin, p.typicalGrantMax, p.grantCurrency, p.coFinancingRatePercent, p.officialUrl, JSON.stringify(p.description)],
    )) as { id: string }[];
    added += rows.length;
  }
  return added;
}

interface DemoCall {
  key: string;
  programme: string;
  title: string;
  /** Days from the seed's day; negative: in the past. */
  opensIn: number;
  closesIn: number;
}

/** Invented calls, named as demos, whose dates follow the seed's day so some are always open. */
const DEMO_CALLS: DemoCall[] = [
  { key: 'demo-cerv-tt', programme: 'cerv-town-twinning', title: 'Demo call: Town-Twinning – citizens’ meetings', opensIn: -30, closesIn: 45 },
  { key: 'demo-cerv-nt', programme: 'cerv-networks-of-towns', title: 'Demo call: Networks of Towns', opensIn: -30, closesIn: 60 },
  { key: 'demo-erasmus-ka2', programme: 'erasmus-plus', title: 'Demo call: Cooperation partnerships in youth (KA220-YOU)', opensIn: -60, closesIn: 20 },
  { key: 'demo-kalkinma', programme: 'kalkinma-ajanslari', title: 'Demo call: Social development financial support programme', opensIn: -10, closesIn: 30 },
  { key: 'demo-life-sap', programme: 'life', title: 'Demo call: LIFE standard action projects – circular economy', opensIn: 15, closesIn: 120 },
  { key: 'demo-eui-ia', programme: 'european-urban-initiative', title: 'Demo call: Innovative Actions – sustainable tourism', opensIn: 40, closesIn: 160 },
  { key: 'demo-bg-tr', programme: 'interreg-ipa-bulgaria-turkiye', title: 'Demo call: Small projects for the border region', opensIn: -200, closesIn: -20 },
  { key: 'demo-urbact', programme: 'urbact-iv', title: 'Demo call: Action Planning Networks', opensIn: -120, closesIn: -60 },
];

/** The demo calls, with dates moved to follow today each time the seed runs. Returns how many were added. */
export async function seedDemoFundingCalls(dataSource: DataSource): Promise<number> {
  let added = 0;
  for (const call of DEMO_CALLS) {
    const rows = (await dataSource.query(
      `INSERT INTO funding_calls (seed_key, programme_id, title, opens_on, closes_on, url)
       SELECT $1, p.id, $3, current_date + $4::int, current_date + $5::int, p.official_url FROM funding_programmes p WHERE p.seed_key = $2
       ON CONFLICT (seed_key) DO UPDATE SET opens_on = EXCLUDED.opens_on, closes_on = EXCLUDED.closes_on, updated_at = now()
       WHERE (funding_calls.opens_on, funding_calls.closes_on) IS DISTINCT FROM (EXCLUDED.opens_on, EXCLUDED.closes_on)
       RETURNING (xmax = 0) AS inserted`,
      [call.key, call.programme, call.title, call.opensIn, call.closesIn],
    )) as { inserted: boolean }[];
    added += rows.filter((row) => row.inserted).length;
  }
  return added;
}
