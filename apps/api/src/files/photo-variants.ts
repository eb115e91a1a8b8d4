import { PHOTO_VARIANTS, type PhotoVariant } from '@twinning/contracts';
import sharp from 'sharp';

export interface PhotoVariantFile {
  variant: PhotoVariant;
  body: Buffer;
  width: number;
  height: number;
}

/**
 * The sizes the pages use, as WebP. Turned upright by its EXIF orientation first; sharp writes
 * no metadata unless asked (withMetadata), so EXIF, GPS and XMP stay behind. null when the
 * bytes do not decode as a picture.
 */
export async function makePhotoVariants(original: Buffer): Promise<PhotoVariantFile[] | null> {
  try {
    return await Promise.all(
      (Object.entries(PHOTO_VARIANTS) as [PhotoVariant, number][]).map(async ([variant, width]) => {
        const { data, info } = await sharp(original, { failOn: 'error' })
          .rotate()
          .resize({ width, height: width, fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true });
        return { variant, body: data, width: info.width, height: info.height };
      }),
    );
  } catch {
    return null;
  }
}
