import { type AuditEvent } from '@twinning/contracts';
import { type AuditEventEntity } from './audit-event.entity';

/** `labels`: what each thing is called now, by id (AuditRepository.labels). */
export function toAuditEvent(event: AuditEventEntity, labels: ReadonlyMap<string, string>): AuditEvent {
  return {
    id: event.id,
    actor: event.actor ? { id: event.actor.id, displayName: event.actor.displayName } : null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    entityLabel: labels.get(event.entityId) ?? null,
    before: event.before,
    after: event.after,
    createdAt: event.createdAt.toISOString(),
  };
}
