import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface HitCount {
  /** `<bucket>:<client address>` */
  key: string;
  windowStart: Date;
  hits: number;
}

/** The shared counts of `rate_limit_hits`: what every API instance has let through per key and minute. */
@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds each count to its row in one statement and answers the totals across all instances. */
  async addHits(counts: HitCount[]): Promise<HitCount[]> {
    if (counts.length === 0) return [];
    const rows = (await this.dataSource.query(
      `INSERT INTO rate_limit_hits (key, window_start, hits)
       SELECT key, window_start, sum(hits)::int FROM unnest($1::text[], $2::timestamptz[], $3::int[]) AS t(key, window_start, hits) GROUP BY key, window_start
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + excluded.hits
       RETURNING key, window_start, hits`,
      [counts.map((count) => count.key), counts.map((count) => count.windowStart.toISOString()), counts.map((count) => count.hits)],
    )) as { key: string; window_start: Date; hits: number }[];
    return rows.map((row) => ({ key: row.key, windowStart: row.window_start, hits: row.hits }));
  }

  /** Deletes the counts of windows that started before `before`; answers how many. */
  async deleteOlderThan(before: Date): Promise<number> {
    return ((await this.dataSource.query(`DELETE FROM rate_limit_hits WHERE window_start < $1`, [before.toISOString()])) as [unknown, number])[1];
  }
}
