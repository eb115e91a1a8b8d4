import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Invitation, type InvitationPreview, type SessionInfo } from '@twinning/contracts';
import { type Request, type Response } from 'express';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { SessionService } from '../auth/session.service';
import { SameOriginJson } from '../common/same-origin-json.guard';
import { AcceptInvitationDto, CreateInvitationDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('invitations')
@Controller('v1/invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionService,
  ) {}

  @Post()
  @Access('admin')
  @ApiCreatedResponse({ description: 'Invitation saved; the link goes out by e-mail (or to the log without SMTP).', schema: contractSchema('Invitation') })
  @ApiConflictResponse({ description: 'An account with this e-mail exists.' })
  invite(@Body() body: CreateInvitationDto, @CurrentCaller() caller: Caller): Promise<Invitation> {
    return this.invitations.invite(body, caller.user);
  }

  @Get(':token')
  @Access('public')
  @ApiOkResponse({ description: 'Whom the invitation is for and to which municipality.', schema: contractSchema('InvitationPreview') })
  @ApiNotFoundResponse({ description: 'Unknown, used or expired.' })
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Post(':token/accept')
  @Access('public')
  @SameOriginJson()
  @ApiCreatedResponse({ description: 'The account exists, verified, and is signed in.', schema: contractSchema('SessionInfo') })
  @ApiNotFoundResponse({ description: 'Unknown, used or expired.' })
  async accept(@Param('token') token: string, @Body() body: AcceptInvitationDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionInfo> {
    return this.sessions.replaceSession(request, response, await this.invitations.accept(token, body));
  }
}
