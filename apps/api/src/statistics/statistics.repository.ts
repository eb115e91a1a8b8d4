import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CountByKey, type FailureCauseCount, type StatisticsReport } from '@twinning/contracts';
import { DataSource } from 'typeorm';
import { DISCLOSED_POPULATION_BAND_SQL, disclosedCountrySql } from '../case-studies/anonymous-origin';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** What the public sees: published, not archived case studies and their published revisions. */
const PUBLISHED = `FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id JOIN municipalities m ON m.id = cs.municipality_id
  WHERE cs.status <> 'archived'`;
/** Each failure cause a published case study names, once: `cause.value`. */
const FAILURE_CAUSES_OF_ROW = `CROSS JOIN LATERAL (SELECT DISTINCT jsonb_array_elements_text(jsonb_path_query_array(r.content, '$.failureCauses[*].cause'))) AS cause(value)`;

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
    const [[{ total, municipalities, activePartnerships }], bySdg, byTheme, byOutcome, byCountry, byYear, adaptationsOverTime, mostAdapted] = await Promise.all([
      this.dataSource.query(
        `SELECT (SELECT count(*)::int ${PUBLISHED}) AS total,
                (SELECT count(*)::int FROM municipalities) AS municipalities,
                (SELECT count(*)::int FROM partnerships WHERE status = 'active') AS "activePartnerships"`,
      ) as Promise<{ total: number; municipalities: number; activePartnerships: number }[]>,
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
    return { publishedCaseStudies: total, municipalities, activePartnerships, bySdg, byTheme, byOutcome, byCountry, byYear, adaptationsOverTime, mostAdapted, ...knowledge };
  }
}
