import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { type SaveState } from '../hooks/useDraftAutosave';

interface SaveStatusProps {
  state: SaveState;
  /** Fields the form holds back from saving until they are fixed (kept in this browser meanwhile). */
  heldBackCount: number;
  onRetry: () => void;
}

/** Where the autosave stands, announced politely: "Saving…", "Saved at 14:05", or why not. */
export function SaveStatus({ state, heldBackCount, onRetry }: SaveStatusProps) {
  const { t } = useTranslation();
  const { formatTime } = useFormatters();
  const message = (() => {
    switch (state.kind) {
      case 'unchanged':
      case 'saved':
        return t('caseStudyForm.save.savedAt', { time: formatTime(state.at) });
      case 'pending':
        return t('caseStudyForm.save.pending');
      case 'saving':
        return t('caseStudyForm.save.saving');
      case 'failed':
        return t('caseStudyForm.save.failed', { reason: describeError(state.error, t) });
      case 'stale':
      case 'locked':
        return t('caseStudyForm.save.stopped');
    }
  })();
  const held = heldBackCount > 0 && state.kind !== 'stale' && state.kind !== 'locked';
  const problem = held || state.kind === 'failed' || state.kind === 'stale' || state.kind === 'locked';
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c={problem ? 'red' : 'dimmed'} role="status" aria-live="polite">
        {message}
        {held && ` · ${t('caseStudyLocalCopy.heldBackStatus', { count: heldBackCount })}`}
      </Text>
      {state.kind === 'failed' && (
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Group>
  );
}
