import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { type TwoFactorEnabled, type TwoFactorSetup } from '@twinning/contracts';
import { type Request } from 'express';
import { clientAddress } from '../common/client-address';
import { Access } from './access.decorator';
import { type Caller, CurrentCaller } from './current-account.decorator';
import { DisableTwoFactorDto, EnableTwoFactorDto } from './dto/auth.dto';
import { TwoFactorService } from './two-factor.service';
import { contractSchema } from '../common/openapi/response-schema';

/** Signed-in routes: an admin or moderator who must set two factors up can reach them before anything else. */
@ApiTags('auth')
@Controller('v1/me/two-factor')
@Access('signed-in')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Post('setup')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'A new secret for the authenticator app (and its otpauth:// URI for the QR code); it counts once a code confirms it.', schema: contractSchema('TwoFactorSetup') })
  @ApiConflictResponse({ description: 'Two-factor sign-in is already on.' })
  beginSetup(@CurrentCaller() caller: Caller): Promise<TwoFactorSetup> {
    return this.twoFactor.beginSetup(caller.user);
  }

  @Post('enable')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'On; the one-time recovery codes, shown only now.', schema: contractSchema('TwoFactorEnabled') })
  @ApiBadRequestResponse({ description: 'The code is wrong (code wrong_code).' })
  @ApiConflictResponse({ description: 'Already on, or the set-up was not started.' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes; see Retry-After.' })
  enable(@Body() body: EnableTwoFactorDto, @CurrentCaller() caller: Caller, @Req() request: Request): Promise<TwoFactorEnabled> {
    return this.twoFactor.enable(caller.user, body.code, clientAddress(request));
  }

  @Post('disable')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Off; the recovery codes no longer work.' })
  @ApiBadRequestResponse({ description: 'Wrong password (wrong_password) or code (wrong_code).' })
  @ApiConflictResponse({ description: 'Not on, or the role must keep it (two_factor_required).' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords or codes; see Retry-After.' })
  disable(@Body() body: DisableTwoFactorDto, @CurrentCaller() caller: Caller, @Req() request: Request): Promise<void> {
    return this.twoFactor.disable(caller.user, body.password, body.code, clientAddress(request));
  }
}
