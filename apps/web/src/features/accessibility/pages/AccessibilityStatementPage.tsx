import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { usePublicConfig } from '../../../common/hooks/usePublicConfig';
import { useFormatters } from '../../../i18n';

/** When the statement was written and last reviewed against the portal (the Directive asks for both). */
export const STATEMENT_PREPARED_ON = '2026-12-05';
export const STATEMENT_REVIEWED_ON = '2026-12-05';

/**
 * The accessibility statement, in the order and under the headings of the model statement of
 * Commission Implementing Decision (EU) 2018/1523: status, non-accessible content, preparation,
 * feedback and contact, enforcement.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const { formatCalendarDate } = useFormatters();
  const config = usePublicConfig();
  usePageTitle(t('accessibilityStatement.title'));
  const contactEmail = config.data?.accessibilityContactEmail;

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('accessibilityStatement.title')}</Title>
      <Text>{t('accessibilityStatement.intro')}</Text>

      <Section title={t('accessibilityStatement.statusHeading')}>
        <Text>{t('accessibilityStatement.status')}</Text>
      </Section>

      <Section title={t('accessibilityStatement.nonAccessibleHeading')}>
        <Text>{t('accessibilityStatement.nonAccessibleIntro')}</Text>
        <Title order={3}>{t('accessibilityStatement.nonComplianceHeading')}</Title>
        <List spacing="xs">
          <List.Item>{t('accessibilityStatement.gapScreenReaders')}</List.Item>
          <List.Item>{t('accessibilityStatement.gapKeyboard')}</List.Item>
          <List.Item>{t('accessibilityStatement.gapPhone')}</List.Item>
          <List.Item>{t('accessibilityStatement.gapMap')}</List.Item>
        </List>
        <Title order={3}>{t('accessibilityStatement.burdenHeading')}</Title>
        <Text>{t('accessibilityStatement.burden')}</Text>
        <Title order={3}>{t('accessibilityStatement.scopeHeading')}</Title>
        <List spacing="xs">
          <List.Item>{t('accessibilityStatement.scopeDocuments')}</List.Item>
          <List.Item>{t('accessibilityStatement.scopeMapTiles')}</List.Item>
        </List>
      </Section>

      <Section title={t('accessibilityStatement.preparationHeading')}>
        <Text>{t('accessibilityStatement.prepared', { date: formatCalendarDate(STATEMENT_PREPARED_ON) })}</Text>
        <Text>{t('accessibilityStatement.method')}</Text>
        <Text>{t('accessibilityStatement.reviewed', { date: formatCalendarDate(STATEMENT_REVIEWED_ON) })}</Text>
      </Section>

      <Section title={t('accessibilityStatement.feedbackHeading')}>
        <Text>{t('accessibilityStatement.feedback')}</Text>
        {contactEmail ? (
          <Text>
            {t('accessibilityStatement.contact')} <Anchor href={`mailto:${contactEmail}`}>{contactEmail}</Anchor>
          </Text>
        ) : (
          config.isSuccess && <Text>{t('accessibilityStatement.contactUnset')}</Text>
        )}
      </Section>

      <Section title={t('accessibilityStatement.enforcementHeading')}>
        <Text>{t('accessibilityStatement.enforcement')}</Text>
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="xs">
      <Title order={2}>{title}</Title>
      {children}
    </Stack>
  );
}
