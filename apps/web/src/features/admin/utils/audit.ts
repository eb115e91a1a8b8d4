import { type AuditEvent } from '@twinning/contracts';
import { isOneOf } from '../../../common/utils/is-one-of';

/** The actions the API records today, each with a sentence in the locale files. */
const KNOWN_ACTIONS = [
  'user.registered',
  'user.created',
  'user.verified',
  'user.updated',
  'user.deactivated',
  'user.reactivated',
  'invitation.created',
  'invitation.accepted',
  'municipality.created',
  'municipality.updated',
  'municipality.deleted',
  'partnership.created',
  'partnership.updated',
  'partnership.deleted',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

/** The locale key naming an action, or null for one added to the API after this client. */
export function auditActionKey(action: string): `adminAudit.actions.${KnownAction}` | null {
  return isOneOf(action, KNOWN_ACTIONS) ? `adminAudit.actions.${action}` : null;
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

/** The kinds of things the audit log records, for its filter. */
export const AUDIT_ENTITY_TYPES = ['user', 'invitation', 'municipality', 'partnership'] as const;
