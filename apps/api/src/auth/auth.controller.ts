import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type SessionInfo } from '@twinning/contracts';
import { type Request, type Response } from 'express';
import { toAccount } from '../users/user.mapper';
import { Access } from './access.decorator';
import { AuthService } from './auth.service';
import { type Caller, CurrentCaller } from './current-account.decorator';
import { ChangePasswordDto, LoginDto, RegisterDto } from './dto/auth.dto';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('v1')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Post('auth/login')
  @Access('public')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Signed in: a new session cookie, the account and its CSRF token.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password.' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for the account or the address; see Retry-After.' })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionInfo> {
    return this.sessions.replaceSession(request, response, await this.auth.signIn(body.email, body.password, request.ip ?? 'unknown'));
  }

  @Post('auth/register')
  @Access('public')
  @ApiCreatedResponse({ description: 'The account exists, waits for verification, and is signed in.' })
  @ApiConflictResponse({ description: 'An account with this e-mail exists.' })
  async register(@Body() body: RegisterDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionInfo> {
    return this.sessions.replaceSession(request, response, await this.auth.register(body));
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
    return this.auth.changePassword(caller.user, caller.session.id, body.currentPassword, body.password, request.ip ?? 'unknown');
  }

  @Get('me')
  @Access('public')
  @ApiOkResponse({ description: 'The signed-in account and the CSRF token of its session; `null` for a visitor (no session, or one that has ended).' })
  me(@CurrentCaller() caller: Caller | undefined, @Res() response: Response): void {
    // Every page asks this; a visitor is a normal answer, not an error (no failed request in the
    // browser's console). Sent by hand: Nest would answer a returned null with an empty body.
    const session: SessionInfo | null = caller ? { account: toAccount(caller.user), csrfToken: caller.session.csrfToken } : null;
    response.json(session);
  }
}
