import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, type AuditEntityType, type AuditEvent } from '@twinning/contracts';
import { isOneOf } from '../../../common/utils/is-one-of';

/** The locale key naming an action, or null for one added to the API after this client. */
export function auditActionKey(action: string): `adminAudit.actions.${AuditAction}` | null {
  return isOneOf(action, AUDIT_ACTIONS) ? `adminAudit.actions.${action}` : null;
}

/** The locale key naming a kind of thing, or null for one added to the API after this client. */
export function auditEntityTypeKey(entityType: string): `adminAudit.entityTypes.${AuditEntityType}` | null {
  return isOneOf(entityType, AUDIT_ENTITY_TYPES) ? `adminAudit.entityTypes.${entityType}` : null;
}

export interface AuditChange {
  field: string;
  /** The value as text; null when the field did not exist on that side. */
  before: string | null;
  after: string | null;
}

/** One line per field that appears before or after, in a stable order. */
export function auditChanges(event: AuditEvent): AuditChange[] {
  const fields = [...new Set([...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})])];
  return fields.map((field) => ({
    field,
    before: event.before && field in event.before ? showValue(event.before[field]) : null,
    after: event.after && field in event.after ? showValue(event.after[field]) : null,
  }));
}

function showValue(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
