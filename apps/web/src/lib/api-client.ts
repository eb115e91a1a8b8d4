import { CSRF_HEADER, type ApiErrorBody } from '@twinning/contracts';
import { getCsrfToken } from './csrf-token';

/** Codes the client gives to failures that never produced an API error body. */
export const ClientErrorCode = {
  NetworkError: 'network_error',
  InvalidResponse: 'invalid_response',
  HttpError: 'http_error',
} as const;

/** Anything the API (or the way to it) refused; `status` is 0 when no response arrived. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** From the `Retry-After` header (429, 503): how many seconds to wait before asking again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(body.message);
  }

  get code(): string {
    return this.body.code;
  }
}

/** The thing a page asked for is not there: 404, or 400 for an id in the address that is not one. */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

type QueryScalar = string | number | boolean | null | undefined;
/** A list is sent as the same parameter repeated (`sdg=11&sdg=13`), as the API reads list filters. */
export type QueryValue = QueryScalar | readonly QueryScalar[];
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A query string's parameters; empty values are left out so they do not act as filters. */
export function toSearchParams(query: QueryParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const items: readonly QueryScalar[] = typeof value === 'object' && value !== null ? value : [value];
    for (const item of items) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  return params;
}

/** Joins a path from `ApiRoutes` and its query. */
export function buildUrl(path: string, query: QueryParams = {}): string {
  const search = toSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

export function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return apiRequest<T>('GET', path, undefined, options);
}

export function apiPost<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return apiRequest<T>('POST', path, body, options);
}

export function apiPatch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return apiRequest<T>('PATCH', path, body, options);
}

export function apiDelete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
  return apiRequest<T>('DELETE', path, undefined, options);
}

/** A multipart upload (a file and its fields); the browser sets the content type with its boundary. */
export function apiUpload<T>(path: string, form: FormData, options: RequestOptions = {}): Promise<T> {
  return apiRequest<T>('POST', path, form, options);
}

/**
 * The one request function behind the helpers above: JSON (or a multipart upload) in, JSON out, the CSRF token on every
 * write made while signed in, and every failure turned into an `ApiError`.
 */
async function apiRequest<T>(
  method: HttpMethod,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['content-type'] = 'application/json';
  const csrfToken = getCsrfToken();
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: body === undefined || multipart ? (body as FormData | undefined) : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    // A cancelled request is not a failure; React Query expects the abort to propagate as is.
    if (isAbortError(error)) throw error;
    throw new ApiError(0, {
      code: ClientErrorCode.NetworkError,
      message: error instanceof Error ? error.message : 'The request could not be sent.',
    });
  }

  const text = await response.text();
  const payload = parseJson(text);

  if (!response.ok) {
    throw new ApiError(
      response.status,
      isApiErrorBody(payload)
        ? payload
        : {
            code: ClientErrorCode.HttpError,
            message: response.statusText || `The request failed with status ${response.status}.`,
          },
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  // 204 No Content (sign-out, deletions) has no body by design.
  if (response.status === 204) return undefined as T;
  if (payload === undefined) {
    throw new ApiError(response.status, {
      code: ClientErrorCode.InvalidResponse,
      message: 'The server sent a response that is not JSON.',
    });
  }
  return payload as T;
}

/** `Retry-After` is either a number of seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ApiErrorBody, unknown>>;
  return (
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string' &&
    (candidate.details === undefined || Array.isArray(candidate.details))
  );
}

function isAbortError(error: unknown): boolean {
  // Not `instanceof Error`: the DOMException thrown on abort is not an Error subclass everywhere.
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}
