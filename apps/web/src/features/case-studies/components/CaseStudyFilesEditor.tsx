import { Badge, Button, Checkbox, FileInput, Group, Image, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { ApiRoutes, CASE_STUDY_FILE_LIMITS, type CaseStudyFiles, FileErrorCode, UPLOAD_ACCEPT } from '@twinning/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../common/components/FormAlert';
import { describeError } from '../../../common/utils/describe-error';
import { ApiError } from '../../../lib/api-client';
import { useCaseStudyFiles } from '../hooks/useCaseStudyFiles';
import { DocumentList } from './DocumentList';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';

const KNOWN_ERRORS = [FileErrorCode.UnsupportedType, FileErrorCode.TooLarge, FileErrorCode.QuotaExceeded] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];
const isKnownError = (code: string): code is KnownError => (KNOWN_ERRORS as readonly string[]).includes(code);
const PHOTO_NAME = /\.(jpe?g|png|webp)$/i;

/**
 * Upload, describe and remove a case study's pictures and documents. It changes only the files:
 * the form's text, saved or not, stays as the author left it.
 */
export function CaseStudyFilesEditor({ caseStudyId, initialFiles }: { caseStudyId: string; initialFiles: CaseStudyFiles }) {
  const { t } = useTranslation();
  const { upload, update, remove } = useCaseStudyFiles(caseStudyId);
  const [files, setFiles] = useState(initialFiles);
  const [file, setFile] = useState<File | null>(null);
  const [altText, setAltText] = useState('');
  const [caption, setCaption] = useState('');
  const [title, setTitle] = useState('');
  const [cover, setCover] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [missingAltText, setMissingAltText] = useState(false);
  // The name only guides the form (which fields to ask for); the API reads the content.
  const looksLikePhoto = file !== null && PHOTO_NAME.test(file.name);
  // A chosen file or typed alt text, caption or title not yet uploaded: leaving asks first.
  useUnsavedChangesGuard({ when: file !== null || [altText, caption, title].some((text) => text.trim() !== '') });

  const errorOf = (error: unknown): string | null => {
    if (!error) return null;
    return error instanceof ApiError && isKnownError(error.code) ? t(`caseStudyFiles.errors.${error.code}`) : describeError(error, t);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (!file) return;
    if (looksLikePhoto && !altText.trim()) {
      setMissingAltText(true);
      return;
    }
    setMissingAltText(false);
    const changed = await upload.mutateAsync({ file, fields: { altText, caption, title, cover: cover ? 'true' : undefined } }).catch(() => null);
    if (!changed) return;
    setFiles(changed);
    setNotice(t('caseStudyFiles.uploaded', { name: file.name }));
    setFile(null);
    setAltText('');
    setCaption('');
    setTitle('');
    setCover(false);
  };
  const change = (promise: Promise<CaseStudyFiles>) => void promise.then(setFiles, () => undefined);

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="case-study-files-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="case-study-files-heading">
          {t('caseStudyFiles.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('caseStudyFiles.intro')}
        </Text>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <FormAlert messages={[errorOf(upload.error ?? update.error ?? remove.error)]} />
            <FileInput label={t('caseStudyFiles.chooseFile')} value={file} onChange={setFile} accept={UPLOAD_ACCEPT} clearable />
            {file && looksLikePhoto && (
              <>
                <TextInput
                  label={t('caseStudyFiles.altText')}
                  description={t('caseStudyFiles.altTextHint')}
                  value={altText}
                  onChange={(event) => setAltText(event.currentTarget.value)}
                  maxLength={CASE_STUDY_FILE_LIMITS.altText.max}
                  required
                  error={missingAltText ? t('caseStudyFiles.altTextRequired') : undefined}
                />
                <TextInput label={t('caseStudyFiles.caption')} value={caption} onChange={(event) => setCaption(event.currentTarget.value)} maxLength={CASE_STUDY_FILE_LIMITS.caption.max} />
                <Checkbox label={t('caseStudyFiles.makeCover')} checked={cover} onChange={(event) => setCover(event.currentTarget.checked)} />
              </>
            )}
            {file && !looksLikePhoto && (
              <TextInput
                label={t('caseStudyFiles.title')}
                description={t('caseStudyFiles.titleHint')}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                maxLength={CASE_STUDY_FILE_LIMITS.title.max}
              />
            )}
            <Group>
              <Button type="submit" disabled={!file} loading={upload.isPending}>
                {t('caseStudyFiles.upload')}
              </Button>
              {notice && (
                <Text size="sm" role="status">
                  {notice}
                </Text>
              )}
            </Group>
          </Stack>
        </form>

        {files.photos.length === 0 && files.documents.length === 0 && <Text size="sm">{t('caseStudyFiles.none')}</Text>}
        {files.photos.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('caseStudyFiles.photos')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {files.photos.map((photo) => (
                <Stack component="li" key={photo.id} gap={4}>
                  <Image src={ApiRoutes.fileContent(photo.id, 'small')} alt={photo.altText} radius="sm" />
                  <Text size="sm">{photo.caption || photo.altText}</Text>
                  <Group gap="xs">
                    {files.cover?.id === photo.id ? (
                      <Badge variant="light">{t('caseStudyFiles.cover')}</Badge>
                    ) : (
                      <Button size="compact-sm" variant="light" onClick={() => change(update.mutateAsync({ fileId: photo.id, request: { cover: true } }))}>
                        {t('caseStudyFiles.setCover')}
                      </Button>
                    )}
                    <Button size="compact-sm" variant="subtle" color="red" aria-label={t('caseStudyFiles.removeLabel', { name: photo.altText })} onClick={() => change(remove.mutateAsync(photo.id))}>
                      {t('caseStudyFiles.remove')}
                    </Button>
                  </Group>
                </Stack>
              ))}
            </SimpleGrid>
          </Stack>
        )}
        {files.documents.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('caseStudyFiles.documents')}
            </Title>
            <DocumentList documents={files.documents} onRemove={(fileId) => change(remove.mutateAsync(fileId))} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
