/** Every error the API returns has this body, whatever its status. */
export interface ApiErrorBody {
  /** Stable, machine-readable code, e.g. `validation_failed`, `municipality_not_found`. */
  code: string;
  /** A sentence for people. */
  message: string;
  details?: ApiErrorDetail[];
}

/**
 * Why a field was refused, as a code each client words in its reader's language (`reason` says
 * the same in English for anyone reading the API directly). The web interface has a text for every
 * rule in every language; a test fails on one without.
 */
export const VALIDATION_RULES = [
  /** Missing or empty. */
  'required',
  /** The request has no such field. */
  'unknown_field',
  'not_text',
  'not_number',
  'not_whole_number',
  'not_true_or_false',
  'not_list',
  'not_object',
  'not_date',
  'not_email',
  'not_url',
  'not_id',
  /** Not in the expected form (a pattern, a country code). */
  'invalid_format',
  /** Not one of the values the field takes. */
  'not_allowed_value',
  /** Params: `min` characters. */
  'too_short',
  /** Params: `max` characters. */
  'too_long',
  /** Params: `min`. */
  'too_small',
  /** Params: `max`. */
  'too_large',
  /** Params: `min` entries. */
  'too_few',
  /** Params: `max` entries. */
  'too_many',
  'repeated_entries',
  'end_before_start',
  /** The highest of a range is below its lowest. */
  'below_lowest',
  'needs_budget_amount',
  /** An SDG target whose goal is not tagged. Params: `goal`. */
  'target_without_goal',
  /** An indicator's SDG target is not among the case study's. */
  'target_not_tagged',
  /** A UN indicator code of another target than the indicator row names. */
  'indicator_not_of_target',
  /** The funding sources' amounts add up to more than the budget. Params: `max`, the budget. */
  'amounts_above_budget',
  /** Names a funding programme the catalogue does not hold. */
  'unknown_programme',
  /** A funding source names a catalogue programme and another name at once. */
  'programme_and_name',
  'only_for_failure',
  'unknown_municipality',
  /** A date that must be today or later. */
  'in_the_past',
  'same_municipality',
  'password_too_common',
  'wrong_password',
  'wrong_code',
  'comment_required',
  'alt_text_required',
  'only_for_photo',
  'only_for_document',
  'file_type_not_accepted',
  /** Params: `megabytes`. */
  'file_too_large',
  'quota_exceeded',
  'not_published',
  'original_language',
  'already_translated',
  /** Another change came first. Params: `current` version. */
  'outdated_version',
  /** The thing is in a state that does not allow this. Params: `state`. */
  'wrong_state',
  /** Names a thing (a programme, a call, a case study) that does not exist. */
  'unknown_reference',
  /** A funding call that belongs to another programme than the one named beside it. */
  'call_of_other_programme',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** What was wrong with one field of a request body or query. */
export interface ApiErrorDetail {
  field: string;
  rule: ValidationRule;
  /** The rule in English words. */
  reason: string;
  /** Numbers or names the rule's wording needs, such as `max`. */
  params?: Record<string, string | number>;
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
  /** Request failures found before any route (a malformed body, a body too large). */
  BadRequest: 'bad_request',
  PayloadTooLarge: 'payload_too_large',
  /** The mail server refused a message the request had to send (502). */
  MailNotSent: 'mail_not_sent',
  NotificationNotFound: 'notification_not_found',
} as const;
