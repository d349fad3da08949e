/**
 * The stable machine codes of problem documents and of their failing fields. The web app turns
 * each into fi/sv/en text (a code without a translation fails the type check); the English
 * `detail` of a problem is for developers and logs only.
 */
export const problemCodes = [
  // By status, where nothing more specific applies.
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'not_acceptable',
  'conflict',
  'payload_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'headers_too_large',
  'too_many_requests',
  'internal_error',
  'unavailable',
  'insufficient_storage',
  // Request format.
  'validation_failed',
  'malformed_body',
  'invalid_address',
  'invalid_value',
  'duplicate_record',
  'missing_reference',
  'changed_meanwhile',
  'publication_consent_missing',
  'image_too_large',
  'image_unsupported',
  // Sign-in and access.
  'sign_in_required',
  'wrong_credentials',
  'too_many_sign_in_attempts',
  'csrf_token_invalid',
  'not_permitted',
  'workers_only',
  'persons_only',
  'identification_unavailable',
  'identification_expired',
  'identification_cancelled',
  'identification_failed',
  'identity_not_a_customer',
  'invitation_not_found',
  'invitation_expired',
  'survey_link_gone',
  'invitation_used',
  'username_taken',
  // Enrolment and the joint customership.
  'invalid_identity_code',
  'unknown_programme',
  'eligibility_rules_not_met',
  'already_enrolled',
  'case_not_found',
  'case_ended',
  'end_date_out_of_range',
  'contact_not_in_organisation',
  'unknown_indicator',
  'unknown_raised_indicator',
  'indicator_already_active',
  'indicator_closed',
  'event_card_not_published',
  'service_action_not_found',
  'owner_not_in_organisation',
  'step_awaits_consent',
  'no_consent_for_category',
  'not_your_thread',
  // Consent.
  'consent_not_found',
  'consent_exists',
  'consent_already_withdrawn',
  'valid_until_in_past',
  'unknown_organisation',
  'consent_request_not_found',
  'consent_request_answered',
  'consent_not_awaiting_confirmation',
  'enrolment_confirmation_not_found',
  'enrolment_confirmation_answered',
  // Catalogue.
  'indicator_not_found',
  'event_card_version_not_found',
  'draft_exists',
  'not_a_draft',
  'not_published',
  'event_card_needs_step',
  'event_card_untranslated',
  // Service tray.
  'service_not_found',
  'service_retired',
  'service_incomplete',
  // Purchased services.
  'provider_not_found',
  'contract_not_found',
  'framework_not_found',
  'referral_not_found',
  'referral_state',
  'capacity_full',
  'contract_not_in_force',
  'consent_missing',
  'not_a_purchased_service',
  'month_invoiced',
  // Paging.
  'invalid_cursor',
  // Competence profile.
  'competence_import_invalid',
  'share_link_revoked',
  'share_link_expired',
  // Jobs.
  'job_not_found',
  'job_not_open',
  'job_not_pending_moderation',
  'job_link_invalid',
  'job_suggestion_not_found',
  // Monitoring.
  'import_invalid',
  'export_not_found',
  'export_not_ready',
  'export_expired',
  'background_jobs_off',
] as const
export type ProblemCode = (typeof problemCodes)[number]

/** Why one field failed; `params` carries the limit (`max`, `min`) or the expected format. */
export const fieldCodes = [
  'required',
  'invalid_type',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_few',
  'too_many',
  'invalid_format',
  'invalid_email',
  'invalid_date',
  'invalid_choice',
  'unknown_field',
  'invalid_value',
  'identity_code_length',
  'identity_code_format',
  'identity_code_date',
  'identity_code_checksum',
  'unknown_reference',
  'rule_not_met',
  'not_in_organisation',
  'date_out_of_range',
  'date_in_past',
  'translation_missing',
  'invalid_business_id',
  'missing_column',
  'unknown_customer',
  'wrong_column_count',
] as const
export type FieldCode = (typeof fieldCodes)[number]

export type FieldParams = Record<string, string | number>

export interface FieldProblem {
  /** Where the value was: `body.firstName`, `query.page`, `rules.age`. */
  field: string
  code: FieldCode
  /** English, for developers. */
  message: string
  params?: FieldParams
}

export const isFieldCode = (value: unknown): value is FieldCode =>
  typeof value === 'string' && (fieldCodes as readonly string[]).includes(value)
