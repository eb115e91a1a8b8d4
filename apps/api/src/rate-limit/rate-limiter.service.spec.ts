import { type AppConfig } from '../config/app-config';
import { type MetricsService } from '../observability/metrics.service';
import { type HitCount, type RateLimitRepository } from './rate-limit.repository';
import { RateLimiter } from './rate-limiter.service';

/** The shared table of rate_limit_hits, as the repository's upsert treats it. */
function sharedCounts() {
  const rows = new Map<string, number>();
  let failNext = false;
  const repository = {
    addHits: async (counts: HitCount[]) => {
      if (failNext) {
        failNext = false;
        throw new Error('PostgreSQL is away');
      }
      return counts.map(({ key, windowStart, hits }) => {
        const id = `${key}@${windowStart.getTime()}`;
        rows.set(id, (rows.get(id) ?? 0) + hits);
        return { key, windowStart, hits: rows.get(id)! };
      });
    },
  } as unknown as RateLimitRepository;
  return { repository, rows, failNextFlush: () => (failNext = true) };
}

const MINUTE = Date.UTC(2030, 0, 1, 12, 0, 0);

function limiter(repository: RateLimitRepository, limit = 3): RateLimiter {
  const config = { rateLimitSearchPerMinute: limit, rateLimitWritesPerMinute: limit } as AppConfig;
  const metrics = { rateLimited: { inc: () => undefined } } as unknown as MetricsService;
  const rateLimiter = new RateLimiter(repository, config, metrics);
  rateLimiter.now = () => MINUTE + 20_000;
  return rateLimiter;
}

const passes = (rateLimiter: RateLimiter, times: number) => {
  for (let n = 0; n < times; n++) rateLimiter.charge('search', '192.0.2.1');
};

describe('RateLimiter', () => {
  it('lets exactly the limit through in a minute, then answers 429 with the seconds left', () => {
    const rateLimiter = limiter(sharedCounts().repository);
    passes(rateLimiter, 3);
    expect(() => rateLimiter.charge('search', '192.0.2.1')).toThrow(expect.objectContaining({ status: 429, headers: { 'Retry-After': '40' } }));
    // Other buckets and addresses count apart; a new minute starts from zero.
    rateLimiter.charge('write', '192.0.2.1');
    rateLimiter.charge('search', '192.0.2.2');
    rateLimiter.now = () => MINUTE + 60_000;
    passes(rateLimiter, 3);
  });

  it('charges a cost of several requests at once', () => {
    const rateLimiter = limiter(sharedCounts().repository);
    rateLimiter.charge('search', '192.0.2.1', 2);
    expect(() => rateLimiter.charge('search', '192.0.2.1', 2)).toThrow(expect.objectContaining({ status: 429 }));
    rateLimiter.charge('search', '192.0.2.1', 1);
  });

  it('across instances, holds within what the others let through since their last flush', async () => {
    const { repository, rows } = sharedCounts();
    const [a, b] = [limiter(repository), limiter(repository)];
    passes(a, 2);
    await a.flush();
    await b.flush();
    // b has not heard of a's two until it flushes something of its own.
    passes(b, 1);
    await b.flush();
    expect(() => b.charge('search', '192.0.2.1')).toThrow(expect.objectContaining({ status: 429 }));
    expect([...rows.values()]).toEqual([3]);
    // a learns b's hit at its next flush: the one request a lets through meanwhile is the tolerance.
    passes(a, 1);
    await a.flush();
    expect(() => a.charge('search', '192.0.2.1')).toThrow(expect.objectContaining({ status: 429 }));
    expect([...rows.values()]).toEqual([4]);
  });

  it('keeps the counts of a failed flush for the next one', async () => {
    const { repository, rows, failNextFlush } = sharedCounts();
    const rateLimiter = limiter(repository);
    passes(rateLimiter, 2);
    failNextFlush();
    await expect(rateLimiter.flush()).rejects.toThrow('PostgreSQL is away');
    passes(rateLimiter, 1);
    expect(() => rateLimiter.charge('search', '192.0.2.1')).toThrow(expect.objectContaining({ status: 429 }));
    await rateLimiter.flush();
    expect([...rows.values()]).toEqual([3]);
  });
});
