import { type DocumentType, PHOTO_TYPES, type PhotoType } from '@twinning/contracts';

/**
 * The type of an upload read from its first bytes (its "magic number"), never from its name or
 * the type the browser claims. Written here rather than taken from `file-type`: the version that
 * @nestjs/common brings (22) needs Node 22 and is ESM-only, which this Node 20, CommonJS API and
 * its Jest tests cannot load; and these few formats are all the portal accepts.
 */
export function detectContentType(bytes: Buffer): PhotoType | DocumentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && bytes.length >= 30) return zipDocumentType(bytes);
  return null;
}

export function isPhotoType(type: string): type is PhotoType {
  return type in PHOTO_TYPES;
}

const OPEN_DOCUMENT_TYPES = new Set<string>(['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.presentation']);

/** Office Open XML folders that name the kind of document, with `[Content_Types].xml` beside them. */
const OFFICE_FOLDERS: [string, DocumentType][] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

/**
 * A ZIP is an OpenDocument when its first entry is `mimetype`, stored uncompressed, holding the
 * type (as the OpenDocument standard requires); an Office document when its directory (at the
 * end of the file) lists `[Content_Types].xml` and the folder of a Word, Excel or PowerPoint
 * file. Any other ZIP: null.
 */
function zipDocumentType(bytes: Buffer): DocumentType | null {
  const firstNameLength = bytes.readUInt16LE(26);
  if (bytes.toString('latin1', 30, 30 + firstNameLength) === 'mimetype') {
    const dataStart = 30 + firstNameLength + bytes.readUInt16LE(28);
    const type = bytes.toString('latin1', dataStart, dataStart + bytes.readUInt32LE(18));
    return OPEN_DOCUMENT_TYPES.has(type) ? (type as DocumentType) : null;
  }
  const names = zipEntryNames(bytes);
  if (!names.includes('[Content_Types].xml')) return null;
  return OFFICE_FOLDERS.find(([folder]) => names.some((name) => name.startsWith(folder)))?.[1] ?? null;
}

/** The names in a ZIP's central directory; empty when the file has none that can be read. */
function zipEntryNames(bytes: Buffer): string[] {
  // The end record is 22 bytes and a comment of at most 65535 bytes.
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= searchFrom; offset -= 1) {
    if (bytes.readUInt32LE(offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return [];
  const count = bytes.readUInt16LE(end + 10);
  const names: string[] = [];
  for (let offset = bytes.readUInt32LE(end + 16), index = 0; index < count && offset + 46 <= bytes.length; index += 1) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) break;
    const nameLength = bytes.readUInt16LE(offset + 28);
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return names;
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}
