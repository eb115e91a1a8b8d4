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

/** How long no request may be in flight before the page counts as settled. */
const QUIET_MS = 1000;

/**
 * Records what the page downloads from now on, as Chromium counts it: each finished request's
 * response headers and encoded body. Call before navigating; read `records` once the page settled.
 * Settled means no request in flight for QUIET_MS, counted here: Playwright's `networkidle` may
 * already have passed in the pause between the scripts arriving and the app asking the API (a
 * busy machine stretches it past 500 ms), and would then miss the API answers and pictures.
 */
export function recordTransfers(page: Page): { records: TransferRecord[]; settled(): Promise<TransferRecord[]> } {
  const pending: Promise<TransferRecord | null>[] = [];
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const onRequest = (request: Request) => {
    inFlight.add(request);
    lastChange = Date.now();
  };
  const onDone = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  const onFinished = (request: Request) => {
    onDone(request);
    pending.push(measure(request));
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onDone);
  const records: TransferRecord[] = [];
  return {
    records,
    async settled() {
      while (inFlight.size > 0 || Date.now() - lastChange < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 100));
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onDone);
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
