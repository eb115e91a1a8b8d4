import { type DocumentType, type FileKind, type PhotoType } from '@twinning/contracts';
import { randomUUID } from 'node:crypto';
import { type FileStorage, storedContentType } from './file-storage';
import { isPhotoType } from './content-type';
import { makePhotoVariants } from './photo-variants';

/** A file made ready for the storage under a new random id: a photo's sizes, or a document as it came. */
export interface PreparedFile {
  id: string;
  kind: FileKind;
  contentType: PhotoType | DocumentType;
  variants: { key: string; body: Buffer }[];
  /** Every variant together: what counts against the town's quota. */
  byteSize: number;
  /** A photo's large size. */
  width: number | null;
  height: number | null;
}

/**
 * What an upload stores, for the upload route and the demo seed alike, so a demo picture is
 * kept in the same sizes as an uploaded one. null when a photo's bytes do not decode.
 */
export async function prepareStoredFile(body: Buffer, contentType: PhotoType | DocumentType): Promise<PreparedFile | null> {
  const photo = isPhotoType(contentType);
  const variants = photo ? await makePhotoVariants(body) : [{ variant: 'original' as const, body, width: null, height: null }];
  if (!variants) return null;
  const id = randomUUID();
  const large = variants.find((file) => file.variant === 'large');
  return {
    id,
    kind: photo ? 'photo' : 'document',
    contentType,
    variants: variants.map((file) => ({ key: `${id}/${file.variant}`, body: file.body })),
    byteSize: variants.reduce((sum, file) => sum + file.body.length, 0),
    width: large?.width ?? null,
    height: large?.height ?? null,
  };
}

/** Writes the prepared file's variants; a reader finds them once its row exists. */
export async function putStoredFile(storage: FileStorage, file: PreparedFile): Promise<void> {
  for (const variant of file.variants) await storage.put(variant.key, variant.body, storedContentType(file));
}
