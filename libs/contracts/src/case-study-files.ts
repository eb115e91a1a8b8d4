/** Pictures and documents of a case study: what may be uploaded, and how they are described. */

export const FILE_KINDS = ['photo', 'document'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Types read from a file's first bytes, never from its name; each with the extension it is served with. */
export const PHOTO_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export const DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
} as const;
export type PhotoType = keyof typeof PHOTO_TYPES;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** The sizes a photo is stored in (WebP, metadata stripped): `small` for cards and search hits, `large` for the case study page. */
export const PHOTO_VARIANTS = { small: 480, large: 1600 } as const;
export type PhotoVariant = keyof typeof PHOTO_VARIANTS;
/** What a stored file is served as: a photo in one of its sizes, a document as uploaded. */
export type FileVariant = PhotoVariant | 'original';

export const CASE_STUDY_FILE_LIMITS = {
  photoBytes: 10 * 1024 * 1024,
  documentBytes: 25 * 1024 * 1024,
  altText: { max: 300 },
  caption: { max: 500 },
  title: { max: 200 },
} as const;

/** The `accept` of the upload field: a hint for the file picker; the API reads the content. */
export const UPLOAD_ACCEPT = ['.jpg', '.jpeg', '.png', '.webp', '.pdf', '.docx', '.xlsx', '.pptx', '.odt', '.ods', '.odp'].join(',');

export interface CaseStudyPhoto {
  id: string;
  altText: string;
  caption: string;
  width: number;
  height: number;
}

export interface CaseStudyDocumentFile {
  id: string;
  title: string;
  contentType: DocumentType;
  byteSize: number;
}

/** A case study's cover picture as cards and search hits show it. */
export interface CoverPicture {
  id: string;
  altText: string;
}

export interface CaseStudyFiles {
  cover: CoverPicture | null;
  photos: CaseStudyPhoto[];
  documents: CaseStudyDocumentFile[];
}

/**
 * The multipart fields sent with the file (`file`): a photo needs `altText`, a document `title`.
 * `cover: "true"` makes a photo the cover picture.
 */
export interface UploadCaseStudyFileFields {
  altText?: string;
  caption?: string;
  title?: string;
  cover?: 'true' | 'false';
}

export interface UpdateCaseStudyFileRequest {
  altText?: string;
  caption?: string;
  title?: string;
  /** true: this photo becomes the cover; false: the case study has no cover any more (when it was this one). */
  cover?: boolean;
}

export const FileErrorCode = {
  NotFound: 'file_not_found',
  UnsupportedType: 'unsupported_file_type',
  TooLarge: 'file_too_large',
  QuotaExceeded: 'storage_quota_exceeded',
} as const;
