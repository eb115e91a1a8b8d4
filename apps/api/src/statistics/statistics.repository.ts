import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CapacityStatistics, type CountByKey, type FailureCauseCount, type FundingStatistics, type MoneyByKey, type MunicipalitySummary, type StatisticsReport, type StatisticsSummary } from '@twinning/contracts';
import { DataSource } from 'typeorm';
import { DISCLOSED_POPULATION_BAND_SQL, disclosedCountrySql } from '../case-studies/anonymous-origin';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** What the public sees: published, not archived case studies and their published revisions. */
const PUBLISHED = `FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id JOIN municipalities m ON m.id = cs.municipality_id
  WHERE cs.status <> 'archived'`;
/** Each failure cause a published case study names, once: `cause.value`. */
const FAILURE_CAUSES_OF_ROW = `CROSS JOIN LATERAL (SELECT DISTINCT jsonb_array_elements_text(jsonb_path_query_array(r.content, '$.failureCauses[*].cause'))) AS cause(value)`;

/**
 * Each amount of a published practice's funding sources from outside the town (every kind but its
 * own budget) as `s`, with the practice's budget currency; amounts are never converted.
 */
const OUTSIDE_MONEY = PUBLISHED.replace('WHERE', `CROSS JOIN LATERAL jsonb_array_elements(r.content->'fundingSources') s WHERE`) + `
  AND s->>'kind' <> 'own_budget' AND s->>'amount' IS NOT NULL AND r.content->>'budgetCurrency' IS NOT NULL`;

@Injectable()
export class StatisticsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'anonymityMinTowns'>,
  ) {}

  async report(): Promise<StatisticsReport> {
    const counts = (valueSql: string) =>
      this.dataSource.query(`SELECT value AS key, count(DISTINCT id)::int AS count FROM (SELECT cs.id, ${valueSql} AS value ${PUBLISHED}) v WHERE value IS NOT NULL GROUP BY value ORDER BY count DESC, value`) as Promise<CountByKey[]>;
    // A lateral join, not a second list function beside the first: two in one select list run in step, not crosswise.
    const causeCounts = (keySql: string) =>
      this.dataSource.query(
        `SELECT cause AS cause, key, count(DISTINCT id)::int AS count
         FROM (SELECT cs.id, cause.value AS cause, ${keySql} AS key ${PUBLISHED.replace('WHERE', `${FAILURE_CAUSES_OF_ROW} WHERE`)}) v
         WHERE key IS NOT NULL GROUP BY cause, key ORDER BY cause, count DESC, key`,
      ) as Promise<FailureCauseCount[]>;
    const [bySdgTarget, byFailureCause, byFailureStage, causesByTheme, causesByCountry, causesByPopulationBand] = await Promise.all([
      counts(`jsonb_array_elements_text(r.content->'sdgTargets')`),
      counts(`jsonb_array_elements_text(jsonb_path_query_array(r.content, '$.failureCauses[*].cause'))`),
      counts(`r.content->>'failureStage'`),
      causeCounts(`jsonb_array_elements_text(r.content->'themes')`),
      causeCounts(disclosedCountrySql(this.config.anonymityMinTowns)),
      causeCounts(DISCLOSED_POPULATION_BAND_SQL),
    ]);
    const knowledge = { bySdgTarget, byFailureCause, byFailureStage, failureCauses: { byTheme: causesByTheme, byCountry: causesByCountry, byPopulationBand: causesByPopulationBand } };
    const [{ publishedCaseStudies, municipalities, activePartnerships }, bySdg, byTheme, byOutcome, byCountry, byYear, adaptationsOverTime, mostAdapted] = await Promise.all([
      this.summary(),
      counts(`jsonb_array_elements_text(r.content->'sdgs')`),
      counts(`jsonb_array_elements_text(r.content->'themes')`),
      counts(`r.content->>'outcome'`),
      // An anonymous case study counts under its country only where its origin may name it.
      counts(disclosedCountrySql(this.config.anonymityMinTowns)),
      counts(`left(r.content->>'startDate', 4)`),
      // An adaptation reaches "exploring" when it starts, and every other status at its check-in.
      this.dataSource.query(
        `SELECT to_char(at, 'YYYY-MM') AS month, status, count(*)::int AS count FROM (
           SELECT a.created_at AS at, 'exploring'::text AS status FROM adaptations a
           UNION ALL
           (SELECT DISTINCT ON (c.adaptation_id, c.status) c.created_at, c.status::text FROM adaptation_check_ins c
            WHERE c.status <> 'exploring' ORDER BY c.adaptation_id, c.status, c.created_at)
         ) reached GROUP BY month, status ORDER BY month, status`,
      ) as Promise<StatisticsReport['adaptationsOverTime']>,
      this.dataSource.query(
        `SELECT cs.id AS "caseStudyId", r.content->>'title' AS title, count(a.id)::int AS adaptations
         ${PUBLISHED.replace('WHERE', 'JOIN adaptations a ON a.case_study_id = cs.id WHERE')}
         GROUP BY cs.id, r.content->>'title' ORDER BY adaptations DESC, title LIMIT 10`,
      ) as Promise<StatisticsReport['mostAdapted']>,
    ]);
    return { publishedCaseStudies, municipalities, activePartnerships, bySdg, byTheme, byOutcome, byCountry, byYear, adaptationsOverTime, mostAdapted, ...knowledge, funding: await this.funding() };
  }

  /** Totals only: nothing here is counted by town, so no figure can point at an anonymous case study's origin. */
  async summary(): Promise<StatisticsSummary> {
    const [summary] = (await this.dataSource.query(
      `SELECT (SELECT count(*)::int ${PUBLISHED}) AS "publishedCaseStudies",
              (SELECT count(*)::int FROM municipalities) AS municipalities,
              (SELECT count(*)::int FROM partnerships WHERE status = 'active') AS "activePartnerships",
              (SELECT count(*)::int FROM adaptations) AS "adaptationsStarted"`,
    )) as StatisticsSummary[];
    return summary;
  }

  async capacity(): Promise<CapacityStatistics> {
    const [activitiesByYear, activitiesByYearAndCountry, learners] = await Promise.all([
      this.dataSource.query(
        `SELECT extract(year FROM starts_on)::int AS year, kind::text AS kind, count(*)::int AS activities, coalesce(sum(participant_count), 0)::int AS participants
         FROM partnership_activities WHERE is_public GROUP BY year, kind ORDER BY year, kind`,
      ) as Promise<CapacityStatistics['activitiesByYear']>,
      this.dataSource.query(
        `SELECT extract(year FROM pa.starts_on)::int AS year, m.country, pa.kind::text AS kind,
                count(*)::int AS activities, coalesce(sum(pa.participant_count), 0)::int AS participants
         FROM partnership_activities pa
         JOIN partnerships p ON p.id = pa.partnership_id
         CROSS JOIN LATERAL (SELECT DISTINCT country FROM municipalities WHERE id IN (p.municipality_a_id, p.municipality_b_id)) m
         WHERE pa.is_public
         GROUP BY year, m.country, pa.kind ORDER BY year, m.country, kind`,
      ) as Promise<CapacityStatistics['activitiesByYearAndCountry']>,
      this.dataSource.query(
        `WITH named AS (
           SELECT id, municipality_id, published_at FROM case_studies
           WHERE published_revision_id IS NOT NULL AND status <> 'archived' AND NOT published_anonymously
         ), first_adaptation AS (
           SELECT a.municipality_id, min(a.created_at) AS adapted_at FROM adaptations a JOIN named o ON o.id = a.case_study_id GROUP BY a.municipality_id
         )
         SELECT m.id, m.name_local AS "nameLocal", m.name_en AS "nameEn", m.country, m.region, m.kind::text AS kind, m.population,
                to_char(fa.adapted_at, 'YYYY-MM-DD') AS "firstAdaptedOn", to_char(min(own.published_at), 'YYYY-MM-DD') AS "firstPublishedOn"
         FROM first_adaptation fa
         JOIN named own ON own.municipality_id = fa.municipality_id AND own.published_at > fa.adapted_at
         JOIN municipalities m ON m.id = fa.municipality_id
         GROUP BY m.id, fa.adapted_at ORDER BY "firstPublishedOn", m.name_en`,
      ) as Promise<(MunicipalitySummary & { firstAdaptedOn: string; firstPublishedOn: string })[]>,
    ]);
    return {
      activitiesByYear,
      activitiesByYearAndCountry,
      learnersBecameSources: learners.map(({ firstAdaptedOn, firstPublishedOn, ...municipality }) => ({ municipality, firstAdaptedOn, firstPublishedOn })),
    };
  }

  private async funding(): Promise<FundingStatistics> {
    const money = (keySql: string, extraColumns = '') =>
      this.dataSource.query(
        `SELECT key, currency, sum(amount)::float8 AS amount, count(DISTINCT id)::int AS "caseStudies"${extraColumns ? `, ${extraColumns}` : ''}
         FROM (SELECT cs.id, ${keySql} AS key, r.content->>'budgetCurrency' AS currency, (s->>'amount')::numeric AS amount ${OUTSIDE_MONEY}) v
         WHERE key IS NOT NULL GROUP BY key, currency ORDER BY amount DESC, key, currency`,
      ) as Promise<MoneyByKey[]>;
    const [byProgramme, byCountry, byYear, continuedAfterFunding] = await Promise.all([
      money(`s->>'programmeId'`, `(SELECT p.name FROM funding_programmes p WHERE p.id::text = v.key) AS name`) as Promise<FundingStatistics['byProgramme']>,
      money(disclosedCountrySql(this.config.anonymityMinTowns)),
      money(`left(r.content->>'startDate', 4)`),
      this.dataSource.query(
        `SELECT coalesce(r.content->>'continuedAfterFunding', 'unanswered') AS key, count(*)::int AS count ${PUBLISHED}
         AND r.content @? '$.fundingSources[*] ? (@.kind != "own_budget")' GROUP BY key ORDER BY count DESC, key`,
      ) as Promise<CountByKey[]>,
    ]);
    return { byProgramme, byCountry, byYear, continuedAfterFunding };
  }
}
