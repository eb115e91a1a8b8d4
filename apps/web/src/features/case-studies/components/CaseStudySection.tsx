import { Anchor, Badge, Box, Group, List, Stack, Text, Title } from '@mantine/core';
import {
  FAILURE_CAUSE_LABELS,
  FAILURE_STAGE_LABELS,
  CONTINUED_AFTER_FUNDING_LABELS,
  type CaseStudyContent,
  type MunicipalitySummary,
  type TemplateSection,
  type LongTextField,
} from '@twinning/contracts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Markdown } from '../../../common/components/Markdown';
import { useFormatters } from '../../../i18n';
import { signInPathFor } from '../../auth/utils/next-path';
import { budgetFormat } from '../utils/presentation';
import { FundingSourceItem } from './FundingSourceItem';
import { IndicatorTable } from './IndicatorTable';
import { SdgTargetList } from './SdgTargetList';
import { OutcomeBadge } from './OutcomeBadge';
import { SdgTiles } from './SdgTiles';
import { ThemeList } from './ThemeList';
import { townName } from '../../municipalities/utils/town-name';

/** Who may read the contact: everyone who sees the page, signed-in members only, or no one (anonymous stories). */
export type ContactVisibility = 'visible' | 'signInRequired' | 'withheld';

export interface CaseStudySectionProps {
  section: TemplateSection;
  content: CaseStudyContent;
  /** The partner towns, resolved from `partnerMunicipalityIds`. */
  partners: MunicipalitySummary[];
  contact: ContactVisibility;
  /** Level of each field's heading. */
  fieldOrder: 3 | 4;
  /** Fields that changed since the revision before: marked for the moderator. */
  changed?: ReadonlySet<string>;
  /** Show empty fields with a note (preview, review) rather than leaving them out (public page). */
  showEmpty?: boolean;
}

/** The fields of one section of the template, each under its label. */
export function CaseStudySection({
  section,
  content,
  partners,
  contact,
  fieldOrder,
  changed,
  showEmpty = false,
}: CaseStudySectionProps) {
  const { t } = useTranslation();
  const { formatNumber, formatCalendarDate, labelOf, languageName } = useFormatters();
  const field = (name: keyof CaseStudyContent, empty: boolean, body: ReactNode) => (
    <FieldView
      key={name}
      label={t(`caseStudyFields.${name}`)}
      order={fieldOrder}
      changed={changed?.has(name) ?? false}
      empty={empty}
      showEmpty={showEmpty}
    >
      {body}
    </FieldView>
  );
  const markdown = (name: LongTextField) =>
    field(name, !content[name].trim(), <Markdown source={content[name]} lang={content.language ?? undefined} />);

  // A row added in the form and left blank is no indicator: the preview does not show it as dashes.
  const indicators = content.indicators.filter(
    (indicator) => indicator.name.trim() || indicator.unit.trim() || [indicator.baseline, indicator.target, indicator.achieved].some((value) => value !== null),
  );

  switch (section) {
    case 'identity':
      return (
        <Stack gap="md">
          {field('title', !content.title.trim(), <Text>{content.title}</Text>)}
          {field('summary', !content.summary.trim(), <Text style={{ whiteSpace: 'pre-wrap' }}>{content.summary}</Text>)}
          {field('language', content.language === null, <Text>{content.language && languageName(content.language)}</Text>)}
          {field('partnerMunicipalityIds', content.partnerMunicipalityIds.length === 0, <PartnerTownList towns={partners} />)}
        </Stack>
      );
    case 'outcome':
      return field('outcome', content.outcome === null, content.outcome && <OutcomeBadge outcome={content.outcome} />);
    case 'story':
      return (
        <Stack gap="md">
          {markdown('context')}
          {markdown('whatWasDone')}
          {markdown('results')}
          {field('indicators', indicators.length === 0, <IndicatorTable indicators={indicators} />)}
        </Stack>
      );
    case 'lessons':
      return (
        <Stack gap="md">
          {markdown('whatWorked')}
          {markdown('whatDidNotWork')}
          {markdown('whatWeWouldDoDifferently')}
        </Stack>
      );
    case 'failureAnalysis':
      return (
        <Stack gap="md">
          {field(
            'failureCauses',
            content.failureCauses.length === 0,
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {content.failureCauses.map((entry, index) => (
                <li key={index}>
                  <Text fw={600}>{labelOf(FAILURE_CAUSE_LABELS[entry.cause])}</Text>
                  {entry.note && <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Text>}
                </li>
              ))}
            </Stack>,
          )}
          {field(
            'failureStage',
            content.failureStage === null,
            <Text>{content.failureStage && labelOf(FAILURE_STAGE_LABELS[content.failureStage])}</Text>,
          )}
          {markdown('salvaged')}
        </Stack>
      );
    case 'transferability':
      return (
        <Stack gap="md">
          {markdown('preconditions')}
          {markdown('tipsForAdopters')}
        </Stack>
      );
    case 'resources':
      return (
        <Stack gap="md">
          {field(
            'budgetAmount',
            content.budgetAmount === null,
            <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {content.budgetAmount !== null && formatNumber(content.budgetAmount, budgetFormat(content.budgetAmount, content.budgetCurrency))}
            </Text>,
          )}
          {field(
            'fundingSources',
            content.fundingSources.length === 0,
            <List spacing={4}>
              {content.fundingSources.map((source, index) => (
                <List.Item key={index}>
                  <FundingSourceItem source={source} currency={content.budgetCurrency} />
                </List.Item>
              ))}
            </List>,
          )}
          {field(
            'coFinancingPercent',
            content.coFinancingPercent === null,
            <Text>
              {content.coFinancingPercent !== null &&
                t('caseStudy.coFinancingValue', {
                  percent: formatNumber(content.coFinancingPercent / 100, { style: 'percent', maximumFractionDigits: 1 }),
                })}
            </Text>,
          )}
          {field(
            'continuedAfterFunding',
            content.continuedAfterFunding == null,
            <Text>{content.continuedAfterFunding != null && labelOf(CONTINUED_AFTER_FUNDING_LABELS[content.continuedAfterFunding])}</Text>,
          )}
          {markdown('afterFunding')}
          {markdown('staffAndTime')}
        </Stack>
      );
    case 'timeline':
      return (
        <Stack gap="md">
          {field('startDate', content.startDate === null, <Text>{content.startDate && formatCalendarDate(content.startDate)}</Text>)}
          {field(
            'endDate',
            false,
            <Text>{content.endDate ? formatCalendarDate(content.endDate) : t('caseStudy.stillOngoing')}</Text>,
          )}
        </Stack>
      );
    case 'classification':
      return (
        <Stack gap="md">
          {field('sdgs', content.sdgs.length === 0, <SdgTiles sdgs={content.sdgs} />)}
          {field('sdgTargets', content.sdgTargets.length === 0, <SdgTargetList targets={content.sdgTargets} />)}
          {field('themes', content.themes.length === 0, <ThemeList themes={content.themes} />)}
        </Stack>
      );
    case 'contact': {
      if (contact !== 'visible') return <ContactNotice visibility={contact} />;
      const email = content.contactEmail.trim();
      return (
        <Stack gap="md">
          {field('contactName', !content.contactName.trim(), <Text>{content.contactName}</Text>)}
          {field('contactRole', !content.contactRole.trim(), <Text>{content.contactRole}</Text>)}
          {field('contactEmail', !email, <Anchor href={`mailto:${email}`}>{email}</Anchor>)}
        </Stack>
      );
    }
  }
}

interface FieldViewProps {
  label: string;
  order: 3 | 4;
  changed: boolean;
  empty: boolean;
  showEmpty: boolean;
  children: ReactNode;
}

function FieldView({ label, order, changed, empty, showEmpty, children }: FieldViewProps) {
  const { t } = useTranslation();
  if (empty && !showEmpty) return null;
  return (
    <Box
      data-changed={changed || undefined}
      style={
        changed
          ? {
              borderInlineStart: '4px solid var(--mantine-color-yellow-6)',
              paddingInlineStart: 'var(--mantine-spacing-sm)',
              background: 'var(--mantine-color-yellow-0)',
            }
          : undefined
      }
    >
      <Group gap="xs" mb={4}>
        <Title order={order} size="h5">
          {label}
        </Title>
        {changed && (
          <Badge color="yellow" variant="filled" size="sm">
            {t('caseStudy.changed')}
          </Badge>
        )}
      </Group>
      {empty ? (
        <Text c="dimmed" fs="italic">
          {t('caseStudy.notFilledIn')}
        </Text>
      ) : (
        children
      )}
    </Box>
  );
}

export function PartnerTownList({ towns }: { towns: MunicipalitySummary[] }) {
  const { countryName } = useFormatters();
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {towns.map((town) => (
        <li key={town.id}>
          <Anchor component={Link} to={`/towns/${town.id}`}>
            {townName(town)}
          </Anchor>
          <Text component="span" c="dimmed" size="sm">
            {' · '}
            {countryName(town.country)}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

/** In place of the contact: how to see it, or why it is not shown. */
function ContactNotice({ visibility }: { visibility: Exclude<ContactVisibility, 'visible'> }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (visibility === 'withheld') return <Text c="dimmed">{t('caseStudy.contactWithheld')}</Text>;
  return (
    <Text>
      <Anchor component={Link} to={signInPathFor(pathname)}>
        {t('caseStudy.signInForContact')}
      </Anchor>
    </Text>
  );
}
