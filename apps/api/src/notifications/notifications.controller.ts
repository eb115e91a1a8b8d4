import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CommonErrorCode, type NotificationList } from '@twinning/contracts';
import { Access } from '../auth/access.decorator';
import { type Caller, CurrentCaller } from '../auth/current-account.decorator';
import { AppException } from '../common/errors/app.exception';
import { uuidParam } from '../common/validation';
import { NotificationsRepository } from './notifications.repository';
import { contractSchema } from '../common/openapi/response-schema';

@ApiTags('notifications')
@Controller('v1/notifications')
@Access('signed-in')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsRepository) {}

  @Get()
  @ApiOkResponse({ description: 'The newest notifications and the unread count.', schema: contractSchema('NotificationList') })
  async listNotifications(@CurrentCaller() caller: Caller): Promise<NotificationList> {
    const { rows, unread } = await this.notifications.listForUser(caller.user.id);
    return {
      items: rows.map((row) => ({ id: row.id, kind: row.kind, caseStudyId: row.caseStudyId, title: row.title, decision: row.decision, adaptationId: row.adaptationId, questionId: row.questionId, language: row.language, partnerRequestId: row.partnerRequestId, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null })),
      unreadCount: unread,
    };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Marked as read.' })
  @ApiNotFoundResponse({ description: 'Not one of yours.' })
  async markRead(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller): Promise<void> {
    if (!(await this.notifications.markRead(caller.user.id, id))) {
      throw new AppException(HttpStatus.NOT_FOUND, CommonErrorCode.NotificationNotFound, `You have no notification with the id ${id}.`);
    }
  }
}
