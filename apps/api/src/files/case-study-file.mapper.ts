import { type CaseStudyFiles, type CoverPicture, type DocumentType } from '@twinning/contracts';
import { type CaseStudyFileEntity } from './case-study-file.entity';

export function toCoverPicture(file: Pick<CaseStudyFileEntity, 'id' | 'altText'> | null): CoverPicture | null {
  return file ? { id: file.id, altText: file.altText } : null;
}

/**
 * A case study's photos and documents, oldest first, and which photo is its cover. Documents go
 * only to readers who may know the town: a PDF's or an office file's metadata (author, company)
 * and text may name it, and unlike a photo's they are neither stripped nor read by a moderator.
 */
export function toCaseStudyFiles(files: CaseStudyFileEntity[], coverFileId: string | null, knowsTown: boolean): CaseStudyFiles {
  const ordered = [...files].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return {
    cover: toCoverPicture(ordered.find((file) => file.id === coverFileId) ?? null),
    photos: ordered
      .filter((file) => file.kind === 'photo')
      .map((file) => ({ id: file.id, altText: file.altText, caption: file.caption, width: file.width ?? 0, height: file.height ?? 0 })),
    documents: ordered
      .filter((file) => file.kind === 'document' && knowsTown)
      .map((file) => ({ id: file.id, title: file.title, contentType: file.contentType as DocumentType, byteSize: file.byteSize })),
  };
}
