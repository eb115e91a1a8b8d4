import { type ApiErrorBody } from '@twinning/contracts';

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
  ) {
    super(body.message);
  }

  get code(): string {
    return this.body.code;
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
}

/** Joins a path from `ApiRoutes` and its query; empty values are left out so they do not act as filters. */
export function buildUrl(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      headers: { accept: 'application/json' },
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
    );
  }
  if (payload === undefined) {
    throw new ApiError(response.status, {
      code: ClientErrorCode.InvalidResponse,
      message: 'The server sent a response that is not JSON.',
    });
  }
  return payload as T;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
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
