CREATE TABLE "job_match" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"job_posting_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"score" integer NOT NULL,
	"reasons" jsonb NOT NULL,
	"missing" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_posting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"state" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"employer_name" text NOT NULL,
	"employer_business_id" text NOT NULL,
	"municipality_code" text NOT NULL,
	"occupation_uri" text,
	"required_skill_uris" text[] DEFAULT '{}' NOT NULL,
	"optional_skill_uris" text[] DEFAULT '{}' NOT NULL,
	"skill_labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language_requirements" text[] DEFAULT '{}' NOT NULL,
	"match_keys" text[] DEFAULT '{}' NOT NULL,
	"employment_type" text NOT NULL,
	"working_time" text NOT NULL,
	"starts_on" date,
	"valid_through" timestamp with time zone NOT NULL,
	"apply_url" text,
	"apply_email" text,
	"apply_text" text,
	"posting_languages" text[] DEFAULT '{fi}' NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"rejection_reason" text,
	"moderated_by_user_id" uuid,
	"contact_email" text,
	"edit_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_posting_state_check" CHECK (state in ('draft', 'pending_moderation', 'published', 'rejected', 'closed', 'expired')),
	CONSTRAINT "job_posting_employment_type_check" CHECK (employment_type in ('permanent', 'fixed_term', 'summer_job', 'apprenticeship', 'traineeship')),
	CONSTRAINT "job_posting_working_time_check" CHECK (working_time in ('full_time', 'part_time', 'shift_work')),
	CONSTRAINT "job_posting_municipality_code_check" CHECK ("job_posting"."municipality_code" ~ '^[0-9]{3}$')
);
--> statement-breakpoint
CREATE TABLE "job_seeker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"skill_uris" text[] NOT NULL,
	"occupation_uris" text[] NOT NULL,
	"municipality_codes" text[] NOT NULL,
	"language_levels" text[] NOT NULL,
	"facts" jsonb NOT NULL,
	"match_keys" text[] NOT NULL,
	"matched_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"job_posting_id" uuid NOT NULL,
	"suggested_by_user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"suggested_at" timestamp with time zone NOT NULL,
	"response" text,
	"response_reason" text,
	"responded_at" timestamp with time zone,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_suggestion_response_check" CHECK (response is null or response in ('interesting', 'applied', 'not_for_me'))
);
--> statement-breakpoint
ALTER TABLE "job_match" ADD CONSTRAINT "job_match_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_match" ADD CONSTRAINT "job_match_job_posting_id_job_posting_id_fk" FOREIGN KEY ("job_posting_id") REFERENCES "public"."job_posting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_posting" ADD CONSTRAINT "job_posting_moderated_by_user_id_user_account_id_fk" FOREIGN KEY ("moderated_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker" ADD CONSTRAINT "job_seeker_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_suggestion" ADD CONSTRAINT "job_suggestion_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_suggestion" ADD CONSTRAINT "job_suggestion_job_posting_id_job_posting_id_fk" FOREIGN KEY ("job_posting_id") REFERENCES "public"."job_posting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_suggestion" ADD CONSTRAINT "job_suggestion_suggested_by_user_id_user_account_id_fk" FOREIGN KEY ("suggested_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_suggestion" ADD CONSTRAINT "job_suggestion_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "job_match_customer_id_job_posting_id_key" ON "job_match" USING btree ("customer_id","job_posting_id");--> statement-breakpoint
CREATE INDEX "job_match_job_posting_id_idx" ON "job_match" USING btree ("job_posting_id","score" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "job_posting_source_key" ON "job_posting" USING btree ("source","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_posting_edit_token_hash_key" ON "job_posting" USING btree ("edit_token_hash");--> statement-breakpoint
CREATE INDEX "job_posting_moderated_by_user_id_idx" ON "job_posting" USING btree ("moderated_by_user_id");--> statement-breakpoint
CREATE INDEX "job_posting_open_idx" ON "job_posting" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE state = 'published';--> statement-breakpoint
CREATE INDEX "job_posting_state_valid_through_idx" ON "job_posting" USING btree ("state","valid_through");--> statement-breakpoint
CREATE INDEX "job_posting_municipality_code_idx" ON "job_posting" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "job_posting_match_keys_idx" ON "job_posting" USING gin ("match_keys") WHERE state = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "job_seeker_customer_id_key" ON "job_seeker" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "job_seeker_match_keys_idx" ON "job_seeker" USING gin ("match_keys");--> statement-breakpoint
CREATE UNIQUE INDEX "job_suggestion_customer_id_job_posting_id_key" ON "job_suggestion" USING btree ("customer_id","job_posting_id");--> statement-breakpoint
CREATE INDEX "job_suggestion_job_posting_id_idx" ON "job_suggestion" USING btree ("job_posting_id");--> statement-breakpoint
CREATE INDEX "job_suggestion_suggested_by_user_id_idx" ON "job_suggestion" USING btree ("suggested_by_user_id");--> statement-breakpoint
CREATE INDEX "job_suggestion_organisation_id_idx" ON "job_suggestion" USING btree ("organisation_id");