CREATE TABLE "audit_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"request_id" text,
	"actor_user_id" uuid,
	"actor_organisation_id" uuid,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"purpose" text,
	"outcome" text NOT NULL,
	"person_ids" uuid[] NOT NULL,
	"record_ids" text[] NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_event_seq_unique" UNIQUE("seq"),
	CONSTRAINT "audit_event_outcome_check" CHECK ("audit_event"."outcome" in ('success', 'denied', 'failure'))
);
--> statement-breakpoint
CREATE TABLE "login_failure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username_key" text NOT NULL,
	"failures" integer DEFAULT 1 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"password_hash" text,
	"display_name" text NOT NULL,
	"email" text,
	"phone" text,
	"locale" text DEFAULT 'fi' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_account_locale_check" CHECK ("user_account"."locale" in ('fi', 'sv', 'en'))
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"user_account_id" uuid NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_attempts_check" CHECK ("mail_outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "case_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"thread" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_organisation_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_message_thread_check" CHECK ("case_message"."thread" in ('customer', 'team')),
	CONSTRAINT "case_message_body_check" CHECK (length("case_message"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "case_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"data_category" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_note_body_check" CHECK (length("case_note"."body") between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "joint_customership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"enrolling_organisation_id" uuid NOT NULL,
	"enrolled_by_user_id" uuid,
	"enrolled_on" date NOT NULL,
	"overridden_rules" text[] DEFAULT '{}'::text[] NOT NULL,
	"override_reason" text,
	"ended_on" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_customership_end_check" CHECK (("joint_customership"."ended_on" is null) = ("joint_customership"."end_reason" is null)),
	CONSTRAINT "joint_customership_end_reason_check" CHECK (end_reason is null or end_reason in ('employed_open_market', 'subsidised_employment', 'education', 'other_service', 'moved_away', 'no_longer_needed', 'other')),
	CONSTRAINT "joint_customership_override_check" CHECK (cardinality("joint_customership"."overridden_rules") = 0 or "joint_customership"."override_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "opened_event_card" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"event_card_version_id" uuid NOT NULL,
	"raised_indicator_id" uuid,
	"opened_by_user_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "raised_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"raised_by_user_id" uuid,
	"raised_by_organisation_id" uuid NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"opened_event_card_id" uuid,
	"event_card_step_id" uuid,
	"owner_organisation_id" uuid NOT NULL,
	"owner_user_id" uuid,
	"instruction_fi" text NOT NULL,
	"instruction_sv" text NOT NULL,
	"instruction_en" text NOT NULL,
	"customer_text_fi" text NOT NULL,
	"customer_text_sv" text NOT NULL,
	"customer_text_en" text NOT NULL,
	"data_category" text NOT NULL,
	"status" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_action_status_check" CHECK (status in ('waiting_for_consent', 'open', 'in_progress', 'done', 'cancelled')),
	CONSTRAINT "service_action_done_check" CHECK (("service_action"."status" = 'done') = ("service_action"."done_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "team_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timeline_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_organisation_id" uuid,
	"data_category" text NOT NULL,
	"record_id" uuid,
	"details" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timeline_event_kind_check" CHECK (kind in ('enrolled', 'team_member_added', 'indicator_raised', 'event_card_opened', 'service_action_created', 'service_action_status_changed', 'service_action_comment', 'note_added', 'message_sent', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "cooperation_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"data_category" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_card" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_card_step" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_card_version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"responsible_organisation_id" uuid NOT NULL,
	"due_in_days" integer NOT NULL,
	"instruction_fi" text NOT NULL,
	"instruction_sv" text NOT NULL,
	"instruction_en" text NOT NULL,
	"customer_text_fi" text NOT NULL,
	"customer_text_sv" text NOT NULL,
	"customer_text_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_card_step_due_check" CHECK ("event_card_step"."due_in_days" between 0 and 365)
);
--> statement-breakpoint
CREATE TABLE "event_card_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_card_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"ways_of_working_fi" text NOT NULL,
	"ways_of_working_sv" text NOT NULL,
	"ways_of_working_en" text NOT NULL,
	"indicator_ids" uuid[] NOT NULL,
	"published_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_card_version_status_check" CHECK ("event_card_version"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "event_card_version_published_check" CHECK (("event_card_version"."status" = 'draft') = ("event_card_version"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"recipient_organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"data_categories" text[] NOT NULL,
	"notice_version" text NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'given' NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"given_by_user_id" uuid,
	"valid_until" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_purpose_check" CHECK (purpose in ('joint_customership')),
	CONSTRAINT "consent_method_check" CHECK (method in ('online', 'recorded_by_worker')),
	CONSTRAINT "consent_status_check" CHECK (status in ('given', 'withdrawn')),
	CONSTRAINT "consent_categories_check" CHECK (cardinality(data_categories) > 0 and data_categories <@ array['identity_and_contact', 'employment_and_plan', 'education', 'benefits', 'competence', 'health']::text[]),
	CONSTRAINT "consent_withdrawal_check" CHECK (("consent"."status" = 'withdrawn') = ("consent"."withdrawn_at" is not null)),
	CONSTRAINT "consent_validity_check" CHECK ("consent"."valid_until" is null or "consent"."valid_until" > "consent"."given_at")
);
--> statement-breakpoint
CREATE TABLE "consent_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"requesting_organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"data_categories" text[] NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"consent_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_request_status_check" CHECK (status in ('requested', 'accepted', 'declined')),
	CONSTRAINT "consent_request_answer_check" CHECK (("consent_request"."status" = 'requested') = ("consent_request"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "customer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identity_code" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"municipality_id" uuid NOT NULL,
	"qualification" text NOT NULL,
	"user_account_id" uuid,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_identity_code_check" CHECK ("customer"."identity_code" ~ '^[0-9]{6}[-+ABCDEFUVWXY][0-9]{3}[0-9A-Y]$'),
	CONSTRAINT "customer_qualification_check" CHECK ("customer"."qualification" in ('none', 'upper_secondary_general', 'vocational', 'higher'))
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"region_id" uuid NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_code_check" CHECK ("municipality"."code" ~ '^[0-9]{3}$')
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"region_id" uuid,
	"municipality_id" uuid,
	"legal_basis" text,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_kind_check" CHECK (kind in ('employment_services', 'social_insurance', 'municipality', 'wellbeing_services_county', 'coordinator', 'service_provider'))
);
--> statement-breakpoint
CREATE TABLE "organisation_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_account_id" uuid NOT NULL,
	"role" text NOT NULL,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_member_role_check" CHECK ("organisation_member"."role" in ('worker', 'coordinator'))
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"region_id" uuid NOT NULL,
	"coordinating_organisation_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"max_age_exclusive" integer NOT NULL,
	"min_qualification" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_period_check" CHECK ("programme"."ends_on" is null or "programme"."ends_on" >= "programme"."starts_on"),
	CONSTRAINT "programme_max_age_check" CHECK ("programme"."max_age_exclusive" between 15 and 100)
);
--> statement-breakpoint
CREATE TABLE "programme_municipality" (
	"programme_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	CONSTRAINT "programme_municipality_programme_id_municipality_id_pk" PRIMARY KEY("programme_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "programme_partner" (
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "programme_partner_programme_id_organisation_id_pk" PRIMARY KEY("programme_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "region" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_account_id_user_account_id_fk" FOREIGN KEY ("user_account_id") REFERENCES "public"."user_account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_author_user_id_user_account_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_author_organisation_id_organisation_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_user_id_user_account_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_organisation_id_organisation_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_customership" ADD CONSTRAINT "joint_customership_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_customership" ADD CONSTRAINT "joint_customership_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_customership" ADD CONSTRAINT "joint_customership_enrolling_organisation_id_organisation_id_fk" FOREIGN KEY ("enrolling_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_customership" ADD CONSTRAINT "joint_customership_enrolled_by_user_id_user_account_id_fk" FOREIGN KEY ("enrolled_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opened_event_card" ADD CONSTRAINT "opened_event_card_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opened_event_card" ADD CONSTRAINT "opened_event_card_event_card_version_id_event_card_version_id_fk" FOREIGN KEY ("event_card_version_id") REFERENCES "public"."event_card_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opened_event_card" ADD CONSTRAINT "opened_event_card_raised_indicator_id_raised_indicator_id_fk" FOREIGN KEY ("raised_indicator_id") REFERENCES "public"."raised_indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opened_event_card" ADD CONSTRAINT "opened_event_card_opened_by_user_id_user_account_id_fk" FOREIGN KEY ("opened_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raised_indicator" ADD CONSTRAINT "raised_indicator_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raised_indicator" ADD CONSTRAINT "raised_indicator_indicator_id_cooperation_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."cooperation_indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raised_indicator" ADD CONSTRAINT "raised_indicator_raised_by_user_id_user_account_id_fk" FOREIGN KEY ("raised_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raised_indicator" ADD CONSTRAINT "raised_indicator_raised_by_organisation_id_organisation_id_fk" FOREIGN KEY ("raised_by_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_opened_event_card_id_opened_event_card_id_fk" FOREIGN KEY ("opened_event_card_id") REFERENCES "public"."opened_event_card"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_event_card_step_id_event_card_step_id_fk" FOREIGN KEY ("event_card_step_id") REFERENCES "public"."event_card_step"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_owner_organisation_id_organisation_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_owner_user_id_user_account_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_contact_user_id_user_account_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_actor_user_id_user_account_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_actor_organisation_id_organisation_id_fk" FOREIGN KEY ("actor_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_card_step" ADD CONSTRAINT "event_card_step_event_card_version_id_event_card_version_id_fk" FOREIGN KEY ("event_card_version_id") REFERENCES "public"."event_card_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_card_step" ADD CONSTRAINT "event_card_step_responsible_organisation_id_organisation_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_card_version" ADD CONSTRAINT "event_card_version_event_card_id_event_card_id_fk" FOREIGN KEY ("event_card_id") REFERENCES "public"."event_card"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_card_version" ADD CONSTRAINT "event_card_version_created_by_user_id_user_account_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_recipient_organisation_id_organisation_id_fk" FOREIGN KEY ("recipient_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_given_by_user_id_user_account_id_fk" FOREIGN KEY ("given_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_withdrawn_by_user_id_user_account_id_fk" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_request" ADD CONSTRAINT "consent_request_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_request" ADD CONSTRAINT "consent_request_requesting_organisation_id_organisation_id_fk" FOREIGN KEY ("requesting_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_request" ADD CONSTRAINT "consent_request_requested_by_user_id_user_account_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_request" ADD CONSTRAINT "consent_request_consent_id_consent_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer" ADD CONSTRAINT "customer_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer" ADD CONSTRAINT "customer_user_account_id_user_account_id_fk" FOREIGN KEY ("user_account_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_user_account_id_user_account_id_fk" FOREIGN KEY ("user_account_id") REFERENCES "public"."user_account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_region_id_region_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."region"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_coordinating_organisation_id_organisation_id_fk" FOREIGN KEY ("coordinating_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_municipality" ADD CONSTRAINT "programme_municipality_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_municipality" ADD CONSTRAINT "programme_municipality_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partner" ADD CONSTRAINT "programme_partner_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partner" ADD CONSTRAINT "programme_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_person_ids_idx" ON "audit_event" USING gin ("person_ids");--> statement-breakpoint
CREATE INDEX "audit_event_actor_user_id_idx" ON "audit_event" USING btree ("actor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "login_failure_username_key_key" ON "login_failure" USING btree ("username_key");--> statement-breakpoint
CREATE UNIQUE INDEX "user_account_username_key" ON "user_account" USING btree (lower("username"));--> statement-breakpoint
CREATE UNIQUE INDEX "user_session_token_hash_key" ON "user_session" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "user_session_user_account_id_idx" ON "user_session" USING btree ("user_account_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "case_message_thread_idx" ON "case_message" USING btree ("joint_customership_id","thread","created_at");--> statement-breakpoint
CREATE INDEX "case_message_author_user_id_idx" ON "case_message" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "case_message_author_organisation_id_idx" ON "case_message" USING btree ("author_organisation_id");--> statement-breakpoint
CREATE INDEX "case_note_joint_customership_id_idx" ON "case_note" USING btree ("joint_customership_id","created_at");--> statement-breakpoint
CREATE INDEX "case_note_author_user_id_idx" ON "case_note" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "case_note_author_organisation_id_idx" ON "case_note" USING btree ("author_organisation_id");--> statement-breakpoint
CREATE INDEX "joint_customership_customer_id_idx" ON "joint_customership" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_customership_one_open_key" ON "joint_customership" USING btree ("customer_id","programme_id") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "joint_customership_programme_id_idx" ON "joint_customership" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "joint_customership_enrolling_organisation_id_idx" ON "joint_customership" USING btree ("enrolling_organisation_id");--> statement-breakpoint
CREATE INDEX "joint_customership_enrolled_by_user_id_idx" ON "joint_customership" USING btree ("enrolled_by_user_id");--> statement-breakpoint
CREATE INDEX "opened_event_card_joint_customership_id_idx" ON "opened_event_card" USING btree ("joint_customership_id");--> statement-breakpoint
CREATE INDEX "opened_event_card_event_card_version_id_idx" ON "opened_event_card" USING btree ("event_card_version_id");--> statement-breakpoint
CREATE INDEX "opened_event_card_raised_indicator_id_idx" ON "opened_event_card" USING btree ("raised_indicator_id");--> statement-breakpoint
CREATE INDEX "opened_event_card_opened_by_user_id_idx" ON "opened_event_card" USING btree ("opened_by_user_id");--> statement-breakpoint
CREATE INDEX "raised_indicator_joint_customership_id_idx" ON "raised_indicator" USING btree ("joint_customership_id");--> statement-breakpoint
CREATE INDEX "raised_indicator_indicator_id_idx" ON "raised_indicator" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "raised_indicator_raised_by_user_id_idx" ON "raised_indicator" USING btree ("raised_by_user_id");--> statement-breakpoint
CREATE INDEX "raised_indicator_raised_by_organisation_id_idx" ON "raised_indicator" USING btree ("raised_by_organisation_id");--> statement-breakpoint
CREATE INDEX "service_action_joint_customership_id_idx" ON "service_action" USING btree ("joint_customership_id");--> statement-breakpoint
CREATE INDEX "service_action_opened_event_card_id_idx" ON "service_action" USING btree ("opened_event_card_id");--> statement-breakpoint
CREATE INDEX "service_action_event_card_step_id_idx" ON "service_action" USING btree ("event_card_step_id");--> statement-breakpoint
CREATE INDEX "service_action_owner_queue_idx" ON "service_action" USING btree ("owner_organisation_id","status","due_on");--> statement-breakpoint
CREATE INDEX "service_action_owner_user_id_idx" ON "service_action" USING btree ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_member_organisation_key" ON "team_member" USING btree ("joint_customership_id","organisation_id");--> statement-breakpoint
CREATE INDEX "team_member_organisation_id_idx" ON "team_member" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "team_member_contact_user_id_idx" ON "team_member" USING btree ("contact_user_id");--> statement-breakpoint
CREATE INDEX "timeline_event_joint_customership_id_idx" ON "timeline_event" USING btree ("joint_customership_id","occurred_at");--> statement-breakpoint
CREATE INDEX "timeline_event_actor_user_id_idx" ON "timeline_event" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "timeline_event_actor_organisation_id_idx" ON "timeline_event" USING btree ("actor_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_indicator_code_key" ON "cooperation_indicator" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "event_card_code_key" ON "event_card" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "event_card_step_position_key" ON "event_card_step" USING btree ("event_card_version_id","position");--> statement-breakpoint
CREATE INDEX "event_card_step_responsible_organisation_id_idx" ON "event_card_step" USING btree ("responsible_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_card_version_key" ON "event_card_version" USING btree ("event_card_id","version");--> statement-breakpoint
CREATE INDEX "event_card_version_created_by_user_id_idx" ON "event_card_version" USING btree ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "event_card_version_indicator_ids_idx" ON "event_card_version" USING gin ("indicator_ids");--> statement-breakpoint
CREATE INDEX "consent_customer_id_idx" ON "consent" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "consent_recipient_organisation_id_idx" ON "consent" USING btree ("recipient_organisation_id");--> statement-breakpoint
CREATE INDEX "consent_recipient_customer_idx" ON "consent" USING btree ("recipient_organisation_id","customer_id");--> statement-breakpoint
CREATE INDEX "consent_given_by_user_id_idx" ON "consent" USING btree ("given_by_user_id");--> statement-breakpoint
CREATE INDEX "consent_withdrawn_by_user_id_idx" ON "consent" USING btree ("withdrawn_by_user_id");--> statement-breakpoint
CREATE INDEX "consent_request_customer_id_idx" ON "consent_request" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "consent_request_requesting_organisation_id_idx" ON "consent_request" USING btree ("requesting_organisation_id");--> statement-breakpoint
CREATE INDEX "consent_request_requested_by_user_id_idx" ON "consent_request" USING btree ("requested_by_user_id");--> statement-breakpoint
CREATE INDEX "consent_request_consent_id_idx" ON "consent_request" USING btree ("consent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_identity_code_key" ON "customer" USING btree ("identity_code");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_user_account_id_key" ON "customer" USING btree ("user_account_id");--> statement-breakpoint
CREATE INDEX "customer_municipality_id_idx" ON "customer" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "customer_name_idx" ON "customer" USING btree (lower("last_name"),lower("first_name"));--> statement-breakpoint
CREATE UNIQUE INDEX "municipality_code_key" ON "municipality" USING btree ("code");--> statement-breakpoint
CREATE INDEX "municipality_region_id_idx" ON "municipality" USING btree ("region_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_code_key" ON "organisation" USING btree ("code");--> statement-breakpoint
CREATE INDEX "organisation_region_id_idx" ON "organisation" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "organisation_municipality_id_idx" ON "organisation" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_member_key" ON "organisation_member" USING btree ("organisation_id","user_account_id","role");--> statement-breakpoint
CREATE INDEX "organisation_member_user_account_id_idx" ON "organisation_member" USING btree ("user_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_code_key" ON "programme" USING btree ("code");--> statement-breakpoint
CREATE INDEX "programme_region_id_idx" ON "programme" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "programme_coordinating_organisation_id_idx" ON "programme" USING btree ("coordinating_organisation_id");--> statement-breakpoint
CREATE INDEX "programme_municipality_municipality_id_idx" ON "programme_municipality" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "programme_partner_organisation_id_idx" ON "programme_partner" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "region_code_key" ON "region" USING btree ("code");