import { RequestMethod, SetMetadata } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { type Reflector } from '@nestjs/core';

/**
 * What a request costs against which limit: `write` (every POST, PUT, PATCH and DELETE route) and
 * `search` (reads that run searches or heavy aggregates: search, its export, similar practices,
 * statistics, the map). Other reads are not limited.
 */
export type RateLimitBucket = 'write' | 'search';

export const RATE_LIMIT_METADATA = 'twinning:rate-limit';

/** Puts a read route into a limit; write routes are limited by their method without it. */
export const RateLimit = (bucket: RateLimitBucket) => SetMetadata(RATE_LIMIT_METADATA, bucket);

const WRITE_METHODS = new Set<RequestMethod>([RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE]);

/**
 * The limit of the route that matched, read from its handler's metadata: the method it was
 * declared for and `@RateLimit`. Never from the URL as spelled, which Express matches
 * case-insensitively and with or without a trailing slash.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what ExecutionContext and Nest's route metadata give
export function rateLimitBucketOf(reflector: Reflector, handler: Function, controller: Function): RateLimitBucket | null {
  const declared = reflector.getAllAndOverride<RateLimitBucket | undefined>(RATE_LIMIT_METADATA, [handler, controller]);
  if (declared) return declared;
  const method = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
  return method !== undefined && WRITE_METHODS.has(method) ? 'write' : null;
}
