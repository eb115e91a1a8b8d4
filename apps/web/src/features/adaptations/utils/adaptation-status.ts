import { ADAPTATION_CHECK_IN_STATUSES as CHECK_IN_STATUSES, type AdaptationStatus } from '@twinning/contracts';

export function checkInStatusesAfter(status: AdaptationStatus): readonly AdaptationStatus[] {
  return CHECK_IN_STATUSES[status];
}

export function isFinalStatus(status: AdaptationStatus): boolean {
  return CHECK_IN_STATUSES[status].length === 0;
}

export const ADAPTATION_STATUS_COLORS: Record<AdaptationStatus, string> = {
  exploring: 'gray',
  planning: 'blue',
  piloting: 'orange',
  implemented: 'green',
  discontinued: 'red',
};
