import { type Page, type Request } from 'playwright-core';

export interface TransferRecord {
  url: string;
  type: string;
  /** Bytes on the wire: response headers and the body as sent (compressed, when it was). */
  bytes: number;
  /** The body alone, as sent. */
  bodyBytes: number;
  encoding: string | null;
}

/**
 * Records what the page downloads from now on, as Chromium counts it: each finished request's
 * response headers and encoded body. Call before navigating; read `records` once the page settled.
 */
export function recordTransfers(page: Page): { records: TransferRecord[]; settled(): Promise<TransferRecord[]> } {
  const pending: Promise<TransferRecord | null>[] = [];
  const onFinished = (request: Request) => pending.push(measure(request));
  page.on('requestfinished', onFinished);
  const records: TransferRecord[] = [];
  return {
    records,
    async settled() {
      await page.waitForLoadState('networkidle');
      page.off('requestfinished', onFinished);
      records.push(...(await Promise.all(pending)).filter((record): record is TransferRecord => record !== null));
      return records;
    },
  };
}

async function measure(request: Request): Promise<TransferRecord | null> {
  const response = await request.response();
  if (!response) return null;
  const sizes = await request.sizes();
  return {
    url: request.url(),
    type: request.resourceType(),
    bytes: sizes.responseHeadersSize + sizes.responseBodySize,
    bodyBytes: sizes.responseBodySize,
    encoding: (await response.allHeaders())['content-encoding'] ?? null,
  };
}

export const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;
