import { type Invitation, type InvitationPreview } from '@twinning/contracts';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type InvitationEntity } from './invitation.entity';

export function toInvitation(invitation: InvitationEntity): Invitation {
  return {
    id: invitation.id,
    email: invitation.email,
    municipality: toMunicipalitySummary(invitation.municipality),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
  };
}

export function toInvitationPreview(invitation: InvitationEntity): InvitationPreview {
  return { email: invitation.email, municipality: toMunicipalitySummary(invitation.municipality), expiresAt: invitation.expiresAt.toISOString() };
}
