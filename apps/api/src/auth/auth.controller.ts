import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type LoginResponse, type PasswordResetRequested, type SessionInfo } from '@twinning/contracts';
import { type Request, type Response } from 'express';
import { clientAddress } from '../common/client-address';
import { SameOriginJson } from '../common/same-origin-json.guard';
import { Access } from './access.decorator';
import { AuthService } from './auth.service';
import { type Caller, CurrentCaller } from './current-account.decorator';
import { ChangePasswordDto, CompletePasswordResetDto, LoginDto, PasswordResetRequestDto, RegisterDto, SecondFactorDto } from './dto/auth.dto';
import { EmailConfirmationService } from './email-confirmation.service';
import { PasswordResetService } from './password-reset.service';
import { SessionService } from './session.service';
import { contractSchema, nullableSchema } from '../common/openapi/response-schema';

@ApiTags('auth')
@Controller('v1')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly emailConfirmation: EmailConfirmationService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Post('auth/login')
  @Access('public')
  @SameOriginJson()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Signed in: a new session cookie, the account and its CSRF token; or, with two-factor sign-in, `{ secondFactorRequired, challengeToken }` and no session yet.', schema: contractSchema('LoginResponse') })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for the account or the address; see Retry-After.' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.signIn(body.email, body.password, clientAddress(request));
    return 'secondFactorRequired' in result ? result : this.sessions.replaceSession(request, response, result);
  }

  @Post('auth/login/second-factor')
  @Access('public')
  @SameOriginJson()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Signed in: a new session cookie, the account and its CSRF token.', schema: contractSchema('SessionInfo') })
  @ApiBadRequestResponse({ description: 'The code is wrong or was used (code wrong_code).' })
  @ApiUnauthorizedResponse({ description: 'The challenge is unknown, used or older than 5 minutes.' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords or codes for the account or the address; see Retry-After.' })
  async secondFactor(@Body() body: SecondFactorDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionInfo> {
    return this.sessions.replaceSession(request, response, await this.auth.signInWithSecondFactor(body.challengeToken, body.code, clientAddress(request)));
  }

  @Post('auth/register')
  @Access('public')
  @SameOriginJson()
  @ApiCreatedResponse({ description: 'The account exists and is signed in; a link to confirm the address is on its way. Once it is opened, the account waits for verification.', schema: contractSchema('SessionInfo') })
  @ApiConflictResponse({ description: 'An account with this e-mail exists.' })
  async register(@Body() body: RegisterDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionInfo> {
    return this.sessions.replaceSession(request, response, await this.auth.register(body));
  }

  @Post('auth/email-confirmation/:token')
  @Access('public')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The address is confirmed; the account now waits for a moderator.' })
  @ApiNotFoundResponse({ description: 'Unknown, used or expired link (code link_invalid).' })
  confirmEmail(@Param('token') token: string): Promise<void> {
    return this.emailConfirmation.confirm(token);
  }

  @Post('me/email-confirmation')
  @Access('signed-in')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'A new link is on its way; older ones no longer work.' })
  @ApiConflictResponse({ description: 'The address is already confirmed (code email_already_confirmed).' })
  @ApiTooManyRequestsResponse({ description: 'Three e-mails within the hour already (code too_many_emails); see Retry-After.' })
  resendEmailConfirmation(@CurrentCaller() caller: Caller): Promise<void> {
    return this.emailConfirmation.resend(caller.user);
  }

  @Post('auth/password-reset')
  @Access('public')
  @SameOriginJson()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'The same answer whether or not the address has an account; if it has, a link is on its way.', schema: contractSchema('PasswordResetRequested') })
  requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<PasswordResetRequested> {
    return this.passwordReset.request(body.email);
  }

  @Post('auth/password-reset/:token')
  @Access('public')
  @SameOriginJson()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The password is set; every session of the account has ended.' })
  @ApiNotFoundResponse({ description: 'Unknown, used or expired link (code link_invalid).' })
  @ApiBadRequestResponse({ description: 'The new password is refused.' })
  completePasswordReset(@Param('token') token: string, @Body() body: CompletePasswordResetDto, @Req() request: Request): Promise<void> {
    return this.passwordReset.complete(token, body.password, clientAddress(request));
  }

  @Post('auth/logout')
  @Access('public')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The session has ended (or there was none).' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.endSession(this.sessions.tokenFrom(request));
    this.sessions.clearCookie(response);
  }

  @Post('me/password')
  @Access('signed-in')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Changed; the account’s other sessions have ended.' })
  @ApiBadRequestResponse({ description: 'The current password is wrong (code wrong_password), or the new one is refused.' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords for the account or the address; see Retry-After.' })
  changePassword(@Body() body: ChangePasswordDto, @CurrentCaller() caller: Caller, @Req() request: Request): Promise<void> {
    return this.auth.changePassword(caller.user, caller.session.id, body.currentPassword, body.password, clientAddress(request));
  }

  @Get('me')
  @Access('public')
  @ApiOkResponse({ description: 'The signed-in account and the CSRF token of its session; `null` for a visitor (no session, or one that has ended).', schema: nullableSchema('SessionInfo') })
  me(@CurrentCaller() caller: Caller | undefined, @Res() response: Response): void {
    // Every page asks this; a visitor is a normal answer, not an error (no failed request in the
    // browser's console). Sent by hand: Nest would answer a returned null with an empty body.
    const session: SessionInfo | null = caller ? this.sessions.sessionInfo(caller.user, caller.session.csrfToken) : null;
    response.json(session);
  }
}
