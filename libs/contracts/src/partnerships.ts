export const PARTNERSHIP_STATUSES = ['active', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
