import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { type FieldChange } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { fieldLabel } from '../utils/content-fields';
import { useProgrammeNames } from '../../funding/hooks/useFunding';
import { describeFieldValue } from '../utils/field-values';

/** The fields that changed between two revisions, each with what it was and what it is now. */
export function RevisionChanges({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const programmeNames = useProgrammeNames(changes.some((change) => change.field.startsWith('fundingSources')));
  if (changes.length === 0) return null;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('diff.changesLabel')}>
      {changes.map((change) => (
        <Paper component="li" key={change.field} withBorder p="sm" bg="yellow.0">
          <Text fw={600} size="sm" mb={4}>
            {fieldLabel(change.field, t)}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <div>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('diff.before')}
              </Text>
              <Text size="sm" component="del" display="block" style={{ whiteSpace: 'pre-wrap', textDecoration: 'none' }}>
                {describeFieldValue(change.field, change.before, formatters, t, programmeNames)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('diff.after')}
              </Text>
              <Text size="sm" component="ins" display="block" style={{ whiteSpace: 'pre-wrap', textDecoration: 'none' }}>
                {describeFieldValue(change.field, change.after, formatters, t, programmeNames)}
              </Text>
            </div>
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
