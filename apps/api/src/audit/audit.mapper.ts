import { type AuditEvent } from '@twinning/contracts';
import { type AuditEventEntity } from './audit-event.entity';

export function toAuditEvent(event: AuditEventEntity): AuditEvent {
  return {
    id: event.id,
    actor: event.actor ? { id: event.actor.id, displayName: event.actor.displayName } : null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
    createdAt: event.createdAt.toISOString(),
  };
}
