import { Box, Button, Stack, Text } from '@mantine/core';
import { REPORT_LIMITS, ReportErrorCode, type ReportTargetKind } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { PostForm } from '../../questions/components/PostForm';
import { useReportContent } from '../hooks/useReports';

interface ReportControlProps {
  targetKind: ReportTargetKind;
  targetId: string;
}

/** "Report": opens a form for the reason and sends it to the moderators; then says so in its place. The same for every kind of content. */
export function ReportControl({ targetKind, targetId }: ReportControlProps) {
  const { t } = useTranslation();
  const report = useReportContent(targetKind, targetId);
  const [reporting, setReporting] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const alreadyReported = report.error instanceof ApiError && report.error.code === ReportErrorCode.AlreadyReported;

  const close = () => {
    setReporting(false);
    report.reset();
  };

  return (
    <Stack gap="xs">
      {!outcome && (
        <div>
          <Button size="compact-sm" variant="subtle" color="gray" aria-expanded={reporting} onClick={() => (reporting ? close() : setReporting(true))}>
            {t(`reports.report.${targetKind}`)}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {outcome && (
          <Text size="sm" c="dimmed">
            {outcome}
          </Text>
        )}
      </div>
      {reporting && (
        <Box maw={560}>
          <PostForm
            label={t('questions.reason')}
            description={t('questions.reasonHint')}
            submitLabel={t('questions.sendReport')}
            field="reason"
            maxLength={REPORT_LIMITS.reasonMaxLength}
            pending={report.isPending}
            error={alreadyReported ? null : report.error}
            autoFocus
            onCancel={close}
            onSubmit={(reason) =>
              report.mutate(reason, {
                onSuccess: () => {
                  setReporting(false);
                  setOutcome(t('questions.reported'));
                },
                onError: (error) => {
                  if (error instanceof ApiError && error.code === ReportErrorCode.AlreadyReported) {
                    setReporting(false);
                    setOutcome(t('questions.alreadyReported'));
                  }
                },
              })
            }
          />
        </Box>
      )}
    </Stack>
  );
}
