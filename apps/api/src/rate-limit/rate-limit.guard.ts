import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { clientAddress } from '../common/client-address';
import { rateLimitBucketOf } from './rate-limit.decorator';
import { RateLimiter } from './rate-limiter.service';

/**
 * Runs before every route, ahead of the sign-in check: a write, or a read marked `@RateLimit`,
 * counts one against its limit (429 with Retry-After beyond it). The limit comes from the route
 * that matched, so `/api/v1/Search/` counts as `/api/v1/search`. Other reads stay unlimited.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const bucket = rateLimitBucketOf(this.reflector, context.getHandler(), context.getClass());
    if (bucket) this.limiter.charge(bucket, clientAddress(context.switchToHttp().getRequest<Request>()));
    return true;
  }
}
