/** Every error the API returns has this body, whatever its status. */
export interface ApiErrorBody {
  /** Stable, machine-readable code, e.g. `validation_failed`, `municipality_not_found`. */
  code: string;
  /** A sentence for people. */
  message: string;
  details?: ApiErrorDetail[];
}

/** What was wrong with one field of a request body or query. */
export interface ApiErrorDetail {
  field: string;
  reason: string;
}

export const CommonErrorCode = {
  ValidationFailed: 'validation_failed',
  NotFound: 'not_found',
  TooManyRequests: 'too_many_requests',
  /** A route that takes only JSON got another kind of body (415). */
  UnsupportedMediaType: 'unsupported_media_type',
  /** A route that signs someone in or sets a password was called from another site's page (403). */
  CrossOriginRequest: 'cross_origin_request',
  InternalError: 'internal_error',
} as const;
