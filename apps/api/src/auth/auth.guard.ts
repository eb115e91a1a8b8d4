import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER } from '@twinning/contracts';
import { type AccessLevel, ACCESS_METADATA } from './access.decorator';
import { AuthException } from './auth.errors';
import { type RequestWithCaller } from './current-account.decorator';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { csrfTokenMatches, SessionService } from './session.service';
import { mustSetUpTwoFactor } from './two-factor-policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every route: finds the caller from the session cookie, refuses a cookie-carrying
 * write without the session's CSRF token, and lets in exactly the callers the route's
 * `@Access` level names.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!level) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no @Access level`);

    const request = context.switchToHttp().getRequest<RequestWithCaller>();
    const caller = await this.sessions.resolveCaller(this.sessions.tokenFrom(request));
    request.caller = caller;

    // SameSite=Lax already keeps the cookie off cross-site POSTs; the token also covers same-site
    // attackers (a sibling subdomain) and older browsers.
    if (caller && !SAFE_METHODS.has(request.method) && !csrfTokenMatches(caller.session.csrfToken, request.get(CSRF_HEADER))) {
      throw AuthException.csrfTokenInvalid();
    }

    if (level === 'public') return true;
    if (!caller) throw AuthException.notSignedIn();
    if (level === 'signed-in') return true;
    // An admin or moderator without the second factor they must have may only set it up (signed-in routes).
    if (mustSetUpTwoFactor(caller.user, this.config)) throw AuthException.twoFactorSetupRequired();
    if (!caller.user.emailConfirmedAt) throw AuthException.emailNotConfirmed();
    if (!caller.user.verifiedAt) throw AuthException.notVerified();
    if (level === 'verified') return true;
    if (level === 'moderator' && (caller.user.role === 'moderator' || caller.user.role === 'admin')) return true;
    if (level === 'admin' && caller.user.role === 'admin') return true;
    throw AuthException.forbidden();
  }
}
