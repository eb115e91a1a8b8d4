import { Alert, Stack } from '@mantine/core';
import { CASE_STUDY_LANGUAGES, CaseStudyErrorCode, type CaseStudyContent, type CaseStudyDetail } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { isOneOf } from '../../../common/utils/is-one-of';
import { isUuid } from '../../../common/utils/uuid';
import { ApiError } from '../../../lib/api-client';
import { AdaptingTowns } from '../../adaptations/components/AdaptingTowns';
import { useSession } from '../../auth/hooks/useSession';
import { CaseStudyPlaceMap } from '../../map/components/CaseStudyPlaceMap';
import { QuestionsSection } from '../../questions/components/QuestionsSection';
import { canReport } from '../../auth/utils/permissions';
import { ReportControl } from '../../reports/components/ReportControl';
import { AdaptedFrom } from '../components/AdaptedFrom';
import { CaseStudyArticle } from '../components/CaseStudyArticle';
import { CaseStudyManagement } from '../components/CaseStudyManagement';
import { type ContactVisibility } from '../components/CaseStudySection';
import { SimilarPractices } from '../components/SimilarPractices';
import { TranslationBar } from '../../translations/components/TranslationBar';
import { useCaseStudyIn } from '../../translations/hooks/useTranslations';
import { usePartnerTowns } from '../hooks/usePartnerTowns';
import { BackLink } from '../../../common/components/BackLink';

/** What the pages that lead here tell this one: a notice to show once (the form after submitting), the search it was opened from. */
export interface CaseStudyPageState {
  notice?: string;
  /** The search page's address with its words and filters, for "Back to results". */
  backToResults?: string;
}

export function CaseStudyPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  // The version picked on the page (`?lang=`), else the one in the interface's language where there is one.
  const [searchParams] = useSearchParams();
  const picked = searchParams.get('lang');
  const caseStudy = useCaseStudyIn(id, picked && isOneOf(picked, CASE_STUDY_LANGUAGES) ? picked : (i18n.resolvedLanguage ?? i18n.language));
  const { account } = useSession();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => noticeFrom(location.state));
  const backToResults = backToResultsFrom(location.state);
  const detail = caseStudy.data;
  const shown = detail ? shownVersion(detail) : null;
  // The published revision comes with its partner towns; a working copy names only their ids.
  const draftPartners = usePartnerTowns(shown?.preview ? shown.content.partnerMunicipalityIds : []);
  const partners = detail?.published?.partners ?? draftPartners;

  const invalidId = !isUuid(id) || (caseStudy.error instanceof ApiError && caseStudy.error.status === 400);
  const notFound =
    (caseStudy.error instanceof ApiError && caseStudy.error.code === CaseStudyErrorCode.NotFound) ||
    (detail !== undefined && shown === null);

  usePageTitle(
    invalidId
      ? t('caseStudyPage.invalidIdTitle')
      : notFound
        ? t('caseStudyPage.notFoundTitle')
        : caseStudy.isError
          ? t('caseStudyPage.loadError')
          : shown
            ? shown.content.title.trim() || t('caseStudy.untitled')
            : t('caseStudyPage.loading'),
  );

  if (invalidId || notFound) {
    return (
      <StatusMessage
        title={invalidId ? t('caseStudyPage.invalidIdTitle') : t('caseStudyPage.notFoundTitle')}
        message={invalidId ? t('caseStudyPage.invalidIdMessage', { id }) : t('caseStudyPage.notFoundMessage')}
        linkTo="/case-studies"
        linkLabel={t('caseStudyPage.backToList')}
      />
    );
  }
  if (caseStudy.isError) {
    return (
      <ErrorState title={t('caseStudyPage.loadError')} error={caseStudy.error} onRetry={() => void caseStudy.refetch()} />
    );
  }
  if (caseStudy.isPending || !detail || !shown) {
    return <PageSkeleton label={t('caseStudyPage.loading')} />;
  }

  const contact: ContactVisibility = shown.contactVisible ? 'visible' : account ? 'withheld' : 'signInRequired';
  return (
    <Stack gap="lg">
      <BackLink to={backToResults ?? '/case-studies'} label={backToResults ? t('caseStudyPage.backToResults') : t('caseStudyPage.backToList')} />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {account && detail.draft && <CaseStudyManagement detail={detail} account={account} onNotice={setNotice} />}
      {detail.published && (
        <TranslationBar
          detail={{ ...detail, published: detail.published }}
          account={account}
          versionLink={(language) => `/case-studies/${detail.id}?lang=${language}`}
          onNotice={setNotice}
        />
      )}
      {shown.preview && (
        <Alert color="blue" variant="light" title={t('caseStudyPage.previewTitle')}>
          {t('caseStudyPage.previewMessage')}
        </Alert>
      )}
      <CaseStudyArticle
        content={shown.content}
        municipality={detail.municipality}
        anonymousOrigin={detail.anonymousOrigin}
        partners={partners}
        featured={detail.featured}
        contact={contact}
        publishedAt={detail.published?.publishedAt ?? null}
        showEmpty={shown.preview}
        origin={detail.adaptedFrom && <AdaptedFrom adaptedFrom={detail.adaptedFrom} />}
        files={detail.files}
        overview
      />
      {detail.published && detail.status !== 'archived' && canReport(account, { municipalityId: detail.municipality?.id }) && (
        <div data-print="hide">
          <ReportControl targetKind="case_study" targetId={detail.id} />
        </div>
      )}
      {/* Paper gets the words: the map and the pointers to other practices are for the screen. */}
      <div data-print="hide">
        <CaseStudyPlaceMap municipality={detail.municipality} anonymousOrigin={detail.anonymousOrigin} />
      </div>
      {/* Only a published case study can be adapted, and only it is in the search index similar practices come from. */}
      {detail.published && <AdaptingTowns caseStudy={detail} account={account} />}
      {/* Questions are asked on what the public reads; the API refuses them on anything else. */}
      {detail.published && detail.status !== 'archived' && <QuestionsSection caseStudy={detail} account={account} />}
      {detail.published && (
        <div data-print="hide">
          <SimilarPractices caseStudyId={detail.id} />
        </div>
      )}
    </Stack>
  );
}

interface ShownVersion {
  content: CaseStudyContent;
  contactVisible: boolean;
  /** The working copy of a case study never published, which only its own people can see. */
  preview: boolean;
}

/** The published revision when there is one; otherwise the working copy, for those who may see it. */
function shownVersion(detail: CaseStudyDetail): ShownVersion | null {
  if (detail.published) {
    return { content: detail.published.content, contactVisible: detail.published.contactVisible, preview: false };
  }
  if (detail.draft) return { content: detail.draft.content, contactVisible: true, preview: true };
  return null;
}

/** Only a search page's own address: the state is the browser's history, which anything may have written. */
function backToResultsFrom(state: unknown): string | null {
  const backTo = typeof state === 'object' && state !== null ? (state as CaseStudyPageState).backToResults : undefined;
  return typeof backTo === 'string' && /^\/search(\?|$)/.test(backTo) ? backTo : null;
}

function noticeFrom(state: unknown): string | null {
  return typeof state === 'object' && state !== null ? ((state as CaseStudyPageState).notice ?? null) : null;
}
