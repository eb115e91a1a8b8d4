import { Anchor, Button, Group, List, Text } from '@mantine/core';
import { ApiRoutes, type CaseStudyDocumentFile, DOCUMENT_TYPES } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** A case study's documents as downloads, with their type and size; with a remove button for its authors. */
export function DocumentList({ documents, onRemove }: { documents: readonly CaseStudyDocumentFile[]; onRemove?: (fileId: string) => void }) {
  const { t } = useTranslation();
  return (
    <List spacing="xs">
      {documents.map((document) => (
        <List.Item key={document.id}>
          <Group gap="xs">
            <Anchor href={ApiRoutes.fileContent(document.id, 'original')} download>
              {document.title}
            </Anchor>
            <Text span size="sm" c="dimmed">
              ({DOCUMENT_TYPES[document.contentType].toUpperCase()}, {sizeOf(document.byteSize)})
            </Text>
            {onRemove && (
              <Button size="compact-sm" variant="subtle" color="red" aria-label={t('caseStudyFiles.removeLabel', { name: document.title })} onClick={() => onRemove(document.id)}>
                {t('caseStudyFiles.remove')}
              </Button>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
