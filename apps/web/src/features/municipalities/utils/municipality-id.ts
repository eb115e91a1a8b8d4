import { isUuid } from '../../../common/utils/uuid';

/** Towns are addressed by UUID; anything else is a broken link, so it is not worth a request. */
export function isMunicipalityId(value: string): boolean {
  return isUuid(value);
}
