import { Anchor, Badge, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  ApiRoutes,
  type AnonymousOrigin,
  type CaseStudyContent,
  type CaseStudyFiles,
  type MunicipalitySummary,
  type TemplateSection,
} from '@twinning/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { needsFailureAnalysis } from '../utils/content-fields';
import { CaseStudyContents } from './CaseStudyContents';
import { CaseStudyKeyFacts } from './CaseStudyKeyFacts';
import { DocumentList } from './DocumentList';
import { CaseStudySection, PartnerTownList, type ContactVisibility } from './CaseStudySection';
import { OutcomeBadge } from './OutcomeBadge';
import { SdgTargetList } from './SdgTargetList';
import { SdgTiles } from './SdgTiles';
import { ThemeList } from './ThemeList';
import { TownOrOrigin } from './TownOrOrigin';

interface CaseStudyArticleProps {
  content: CaseStudyContent;
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
  partners: MunicipalitySummary[];
  featured: boolean;
  contact: ContactVisibility;
  publishedAt?: string | null;
  /** The title's level: 1 on its own page, 2 inside another page (the form's preview). */
  titleOrder?: 1 | 2;
  /** Show what is still empty (the preview), rather than leaving it out. */
  showEmpty?: boolean;
  /** A line under the title's facts, such as the practice it was adapted from. */
  origin?: ReactNode;
  /** Its cover picture, gallery and documents. */
  files?: CaseStudyFiles;
  /** Key facts and a contents list linking to the sections: on the case study's own page. */
  overview?: boolean;
}

/** The body sections, in the template's order; identity, outcome and classification make up the header. */
const BODY_SECTIONS: TemplateSection[] = ['story', 'lessons', 'failureAnalysis', 'transferability', 'resources', 'timeline'];

/** A case study as the public reads it: the header, then every section of the template under its heading. */
export function CaseStudyArticle({
  content,
  municipality,
  anonymousOrigin,
  partners,
  featured,
  contact,
  publishedAt = null,
  titleOrder = 1,
  showEmpty = false,
  origin,
  files,
  overview = false,
}: CaseStudyArticleProps) {
  const { t } = useTranslation();
  const { formatDate, languageName } = useFormatters();
  const sectionOrder = (titleOrder + 1) as 2 | 3;
  const fieldOrder = (titleOrder + 2) as 3 | 4;
  const hasFailureAnalysis =
    needsFailureAnalysis(content.outcome) ||
    content.failureCauses.length > 0 ||
    content.failureStage !== null ||
    content.salvaged.trim() !== '';
  const sections = BODY_SECTIONS.filter((section) => section !== 'failureAnalysis' || hasFailureAnalysis);
  // Every section under its heading, in order: the contents list links to each by its anchor.
  const parts: { key: string; title: string; body: ReactNode }[] = [
    ...sections.map((section) => ({
      key: section,
      title: t(`caseStudySections.${section}`),
      body: <CaseStudySection section={section} content={content} partners={partners} contact={contact} fieldOrder={fieldOrder} showEmpty={showEmpty} />,
    })),
    ...(files && files.photos.length > 0 ? [{ key: 'gallery', title: t('caseStudyFiles.gallery'), body: <PhotoGallery photos={files.photos} /> }] : []),
    ...(files && files.documents.length > 0 ? [{ key: 'documents', title: t('caseStudyFiles.documents'), body: <DocumentList documents={files.documents} /> }] : []),
    ...(partners.length > 0 ? [{ key: 'partners', title: t('caseStudyFields.partnerMunicipalityIds'), body: <PartnerTownList towns={partners} /> }] : []),
    {
      key: 'contact',
      title: t('caseStudySections.contact'),
      body: <CaseStudySection section="contact" content={content} partners={partners} contact={contact} fieldOrder={fieldOrder} showEmpty={showEmpty} />,
    },
  ];
  const anchorOf = (key: string) => (overview ? `${SECTION_ANCHOR_PREFIX}${key}` : undefined);

  return (
    <Stack component="article" gap="xl">
      <Stack gap="sm">
        <Title order={titleOrder}>{content.title.trim() || t('caseStudy.untitled')}</Title>
        <Group gap="sm" wrap="wrap">
          <TownOrOrigin municipality={municipality} anonymousOrigin={anonymousOrigin} />
          {content.outcome && <OutcomeBadge outcome={content.outcome} />}
          {featured && (
            <Badge color="grape" variant="light">
              {t('caseStudy.featured')}
            </Badge>
          )}
          {content.language && (
            <Text size="sm" c="dimmed">
              {t('caseStudy.writtenIn', { language: languageName(content.language) })}
            </Text>
          )}
          {publishedAt && (
            <Text size="sm" c="dimmed">
              {t('caseStudy.publishedOn', { date: formatDate(publishedAt) })}
            </Text>
          )}
        </Group>
        {origin}
        {files?.cover && (
          <Image src={ApiRoutes.fileContent(files.cover.id, 'large')} alt={files.cover.altText} radius="md" mah={480} fit="cover" />
        )}
        {content.summary.trim() ? (
          <Text size="lg" style={{ whiteSpace: 'pre-wrap' }} lang={content.language ?? undefined}>
            {content.summary}
          </Text>
        ) : (
          showEmpty && (
            <Text c="dimmed" fs="italic">
              {t('caseStudy.noSummary')}
            </Text>
          )
        )}
        <SdgTiles sdgs={content.sdgs} />
        <SdgTargetList targets={content.sdgTargets} />
        <ThemeList themes={content.themes} />
      </Stack>

      {overview && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" className="case-study-overview">
          <CaseStudyKeyFacts content={content} municipality={municipality} anonymousOrigin={anonymousOrigin} />
          <CaseStudyContents entries={parts.map((part) => ({ anchor: anchorOf(part.key)!, title: part.title }))} />
        </SimpleGrid>
      )}

      {parts.map((part) => (
        <ArticleSection key={part.key} title={part.title} order={sectionOrder} anchor={anchorOf(part.key)}>
          {part.body}
        </ArticleSection>
      ))}
    </Stack>
  );
}

/** Sections are linked as `#section-story`, `#section-contact`… */
const SECTION_ANCHOR_PREFIX = 'section-';

function PhotoGallery({ photos }: { photos: CaseStudyFiles['photos'] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      {photos.map((photo) => (
        <figure key={photo.id} style={{ margin: 0 }}>
          <Anchor href={ApiRoutes.fileContent(photo.id, 'large')}>
            <Image src={ApiRoutes.fileContent(photo.id, 'small')} alt={photo.altText} radius="sm" />
          </Anchor>
          {photo.caption && (
            <Text component="figcaption" size="sm" c="dimmed" mt={4}>
              {photo.caption}
            </Text>
          )}
        </figure>
      ))}
    </SimpleGrid>
  );
}

/** A section under its heading; one with an `anchor` is a target of the contents list and takes the focus when followed. */
function ArticleSection({ title, order, anchor, children }: { title: string; order: 2 | 3; anchor?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} id={anchor} tabIndex={anchor ? -1 : undefined} className={anchor ? 'case-study-section' : undefined}>
      <Title order={order} size="h3" id={headingId} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
