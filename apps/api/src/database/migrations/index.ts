import { SearchFunctions1795819800000 } from './1795819800000-search-functions';
import { MunicipalitiesAndPartnerships1795819854988 } from './1795819854988-municipalities-and-partnerships';
import { Accounts1795820698022 } from './1795820698022-accounts';
import { CaseStudies1795821906156 } from './1795821906156-case-studies';
import { SearchOutbox1795824167429 } from './1795824167429-search-outbox';
import { SearchFallbackFunctions1795824400000 } from './1795824400000-search-fallback-functions';
import { SearchFallback1795824478737 } from './1795824478737-search-fallback';
import { Adaptations1795826511882 } from './1795826511882-adaptations';
import { QuestionsAndWriteUps1795828682235 } from './1795828682235-questions-and-write-ups';
import { RateLimits1795829070429 } from './1795829070429-rate-limits';
import { AnonymityByRevision1796472522220 } from './1796472522220-anonymity-by-revision';
import { AccountsProven1796472584890 } from './1796472584890-accounts-proven';
import { SignInAttemptsReserved1796483428979 } from './1796483428979-sign-in-attempts-reserved';
import { SearchFallbackNarrowColumns1796493934683 } from './1796493934683-search-fallback-narrow-columns';
import { CaseStudyTranslations1796494234123 } from './1796494234123-case-study-translations';
import { CaseStudyFiles1796494616978 } from './1796494616978-case-study-files';
import { FundingProgrammesAndCalls1796504569967 } from './1796504569967-funding-programmes-and-calls';
import { SearchFallbackIndexMatch1796504685583 } from './1796504685583-search-fallback-index-match';
import { TextVariants1796506009945 } from './1796506009945-text-variants';
import { FundingSourcesProgrammes1796515599635 } from './1796515599635-funding-sources-programmes';
import { PartnershipKindAndAgreement1796515833424 } from './1796515833424-partnership-kind-and-agreement';
import { PartnerRequests1796516016256 } from './1796516016256-partner-requests';
import { PartnershipActivities1796516529219 } from './1796516529219-partnership-activities';
import { SdgTargetsAndFailureFacets1796515691435 } from './1796515691435-sdg-targets-and-failure-facets';
import { ReportsAndNotificationPreferences1796515930285 } from './1796515930285-reports-and-notification-preferences';
import { Collections1796518075126 } from './1796518075126-collections';

/** Every migration, in order. Generate a new one with `npm run migration:generate -- --name=<kebab-case-name>`, read it, add it here. */
export const migrations = [SearchFunctions1795819800000, MunicipalitiesAndPartnerships1795819854988, Accounts1795820698022, CaseStudies1795821906156, SearchOutbox1795824167429, SearchFallbackFunctions1795824400000, SearchFallback1795824478737, Adaptations1795826511882, QuestionsAndWriteUps1795828682235, RateLimits1795829070429, AnonymityByRevision1796472522220, AccountsProven1796472584890, SignInAttemptsReserved1796483428979, SearchFallbackNarrowColumns1796493934683, CaseStudyTranslations1796494234123, CaseStudyFiles1796494616978, FundingProgrammesAndCalls1796504569967, SearchFallbackIndexMatch1796504685583, TextVariants1796506009945, FundingSourcesProgrammes1796515599635, SdgTargetsAndFailureFacets1796515691435, PartnershipKindAndAgreement1796515833424, ReportsAndNotificationPreferences1796515930285, PartnerRequests1796516016256, PartnershipActivities1796516529219, Collections1796518075126];
