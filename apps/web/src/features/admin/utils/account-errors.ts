import { AccountErrorCode } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { describeError } from '../../../common/utils/describe-error';
import { ApiError } from '../../../lib/api-client';

/** Why a change to an account was refused, in the reader's language where the code is known. */
export function accountActionError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case AccountErrorCode.CannotChangeOwnAccount:
        return t('adminAccounts.errors.ownAccount');
      case AccountErrorCode.InvalidAccountState:
        return t('adminAccounts.errors.invalidState');
      case AccountErrorCode.UserNotFound:
        return t('adminAccounts.errors.notFound');
    }
  }
  return describeError(error, t);
}
