import { applyDecorators, type CanActivate, type ExecutionContext, HttpStatus, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { CommonErrorCode } from '@twinning/contracts';
import { type Request } from 'express';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppException } from './errors/app.exception';

/**
 * For the routes that start a session or set a password, which no session's CSRF token can
 * protect (the caller has none yet): only a JSON body, and, when the browser says where the
 * request comes from (`Origin`), only from the portal itself. A plain HTML form on another site
 * can send neither, so it cannot sign a visitor into the attacker's account.
 */
export const SameOriginJson = () =>
  applyDecorators(
    UseGuards(SameOriginJsonGuard),
    ApiUnsupportedMediaTypeResponse({ description: 'The body is not JSON (code unsupported_media_type).' }),
    ApiForbiddenResponse({ description: 'Sent from another site’s page (code cross_origin_request).' }),
  );

/**
 * The portal's own origins: `PUBLIC_URL`'s, the one the request was addressed to (its Host, with
 * the scheme Express reads, which honours TRUST_PROXY), and those `CORS_ORIGINS` trusts. A
 * browser sets Host and Origin itself, so another site's page cannot make them agree.
 */
@Injectable()
export class SameOriginJsonGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('application/json')) {
      throw new AppException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, CommonErrorCode.UnsupportedMediaType, 'Send the body as JSON (Content-Type: application/json).');
    }
    const origin = request.get('origin');
    if (origin !== undefined && !this.ownOrigins(request).includes(originOf(origin) ?? '')) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonErrorCode.CrossOriginRequest, 'This can only be sent from the portal’s own pages.');
    }
    return true;
  }

  private ownOrigins(request: Request): string[] {
    return [originOf(this.config.publicUrl), originOf(`${request.protocol}://${request.get('host') ?? ''}`), ...this.config.corsOrigins].filter((origin): origin is string => origin !== null);
  }
}

/** `scheme://host[:port]` as browsers write it (lower case, no default port); null for `null` or anything malformed. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
