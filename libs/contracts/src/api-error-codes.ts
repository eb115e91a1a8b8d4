import { AccountErrorCode } from './accounts';
import { AdaptationErrorCode } from './adaptations';
import { AdminErrorCode } from './admin';
import { CaseStudyErrorCode } from './case-studies';
import { FileErrorCode } from './case-study-files';
import { FundingErrorCode } from './funding';
import { CommonErrorCode } from './errors';
import { MunicipalityErrorCode } from './municipalities';
import { PartnerRequestErrorCode } from './partner-requests';
import { PartnershipErrorCode } from './partnerships';
import { QuestionErrorCode } from './questions';
import { ReportErrorCode } from './reports';
import { CollectionErrorCode } from './collections';
import { TranslationErrorCode } from './translations';

/**
 * Every `code` an API error body can carry. The API raises only these (its exception takes this
 * type), and the web interface words each one in every language (a test fails on one without).
 */
export const API_ERROR_CODES = [
  ...Object.values(CommonErrorCode),
  ...Object.values(AccountErrorCode),
  ...Object.values(AdminErrorCode),
  ...Object.values(MunicipalityErrorCode),
  ...Object.values(CaseStudyErrorCode),
  ...Object.values(TranslationErrorCode),
  ...Object.values(FileErrorCode),
  ...Object.values(AdaptationErrorCode),
  ...Object.values(QuestionErrorCode),
  ...Object.values(ReportErrorCode),
  ...Object.values(CollectionErrorCode),
  ...Object.values(FundingErrorCode),
  ...Object.values(PartnerRequestErrorCode),
  ...Object.values(PartnershipErrorCode),
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
