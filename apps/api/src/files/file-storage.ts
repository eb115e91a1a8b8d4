import { mkdir, readFile, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type FileStorageConfig } from '../config/app-config';

/**
 * Where the bytes of uploaded files live, by key (`<file id>/<variant>`): the only code that
 * touches the folder or the bucket. Keys are random ids, so neither a URL nor a listing of the
 * store says which town a file belongs to.
 */
export interface FileStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Keys that do not exist are no error. */
  delete(keys: string[]): Promise<void>;
  /** Every stored key (backups and tests). */
  list(): Promise<string[]>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

export function createFileStorage(config: FileStorageConfig): FileStorage {
  return config.driver === 'local' ? new LocalFileStorage(config.directory) : new S3FileStorage(config);
}

/** The keys of a file's stored variants: a photo's sizes, or a document as uploaded. */
export function storedKeys(file: { id: string; kind: string }): string[] {
  return file.kind === 'photo' ? [`${file.id}/small`, `${file.id}/large`] : [`${file.id}/original`];
}

/** What a stored variant is served as: photos are kept as WebP, documents as they came. */
export function storedContentType(file: { kind: string; contentType: string }): string {
  return file.kind === 'photo' ? 'image/webp' : file.contentType;
}

const KEY = /^[0-9a-f-]{36}\/[a-z]+$/;

function checkedKey(key: string): string {
  // Keys are made by the API, never by a caller; the check keeps a bug from reaching outside the folder.
  if (!KEY.test(key)) throw new Error(`Not a file key: ${key}`);
  return key;
}

/** A folder on the API's disk (by default `files` under DATA_DIR): for one server, or shared storage. */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly directory: string) {}

  async put(key: string, body: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written beside it and renamed would be atomic; a reader never sees a key before its row exists, so this is enough.
    await writeFile(file, body);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await rm(this.pathOf(key), { force: true });
    for (const folder of new Set(keys.map((key) => path.dirname(this.pathOf(key))))) await rmdir(folder).catch(() => undefined);
  }

  async list(): Promise<string[]> {
    const folders = await readdir(this.directory).catch(() => [] as string[]);
    const keys = await Promise.all(folders.map(async (folder) => (await readdir(path.join(this.directory, folder)).catch(() => [] as string[])).map((name) => `${folder}/${name}`)));
    return keys.flat().filter((key) => KEY.test(key));
  }

  private pathOf(key: string): string {
    return path.join(this.directory, checkedKey(key));
  }
}

/** Any S3-compatible store: AWS S3, or MinIO and the like through `endpoint`. */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: Extract<FileStorageConfig, { driver: 's3' }>) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
      // Checksums only where S3 requires them: many S3-compatible stores do not take the SDK's
      // default CRC32 trailers (aws-chunked uploads), and the bytes are checked by TLS anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: checkedKey(key), Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    // DeleteObjects takes at most 1000 keys.
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000).map((key) => ({ Key: checkedKey(key) }));
      await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch, Quiet: true } }));
    }
  }

  async list(): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((object) => object.Key ?? '').filter((key) => KEY.test(key)));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  close(): void {
    this.client.destroy();
  }
}
