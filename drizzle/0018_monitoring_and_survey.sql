CREATE TABLE "api_key" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by_user_id" uuid,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"ended_on" date NOT NULL,
	"months_after" integer NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_status_months_check" CHECK (months_after in (3, 6)),
	CONSTRAINT "follow_up_status_status_check" CHECK (status in ('employed', 'studying', 'unemployed', 'other')),
	CONSTRAINT "follow_up_status_source_check" CHECK (source in ('enrolment', 'registry'))
);
--> statement-breakpoint
CREATE TABLE "unemployment_spell" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unemployment_spell_source_check" CHECK (source in ('enrolment', 'registry')),
	CONSTRAINT "unemployment_spell_dates_check" CHECK (ended_on is null or ended_on >= started_on)
);
--> statement-breakpoint
CREATE TABLE "survey_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" date NOT NULL,
	"municipality_id" uuid NOT NULL,
	"end_reason" text NOT NULL,
	"overall" integer,
	"seamless" integer,
	"contacts" integer,
	"helped" integer,
	"free_text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_answer_end_reason_check" CHECK (end_reason in ('employed_open_market', 'subsidised_employment', 'education', 'other_service', 'moved_away', 'no_longer_needed', 'other')),
	CONSTRAINT "survey_answer_overall_check" CHECK (overall is null or overall between 1 and 5),
	CONSTRAINT "survey_answer_seamless_check" CHECK (seamless is null or seamless between 1 and 5),
	CONSTRAINT "survey_answer_contacts_check" CHECK (contacts is null or contacts between 1 and 5),
	CONSTRAINT "survey_answer_helped_check" CHECK (helped is null or helped between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "survey_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"reminder_token_hash" text,
	"period" date NOT NULL,
	"municipality_id" uuid NOT NULL,
	"end_reason" text NOT NULL,
	"locale" text NOT NULL,
	"reminded_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invitation_end_reason_check" CHECK (end_reason in ('employed_open_market', 'subsidised_employment', 'education', 'other_service', 'moved_away', 'no_longer_needed', 'other')),
	CONSTRAINT "survey_invitation_locale_check" CHECK (locale in ('fi', 'sv', 'en'))
);
--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_user_id_user_account_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_status" ADD CONSTRAINT "follow_up_status_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unemployment_spell" ADD CONSTRAINT "unemployment_spell_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_key_organisation_id_idx" ON "api_key" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "api_key_created_by_user_id_idx" ON "api_key" USING btree ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_status_key" ON "follow_up_status" USING btree ("customer_id","ended_on","months_after");--> statement-breakpoint
CREATE INDEX "unemployment_spell_customer_id_idx" ON "unemployment_spell" USING btree ("customer_id","started_on");--> statement-breakpoint
CREATE INDEX "survey_answer_period_idx" ON "survey_answer" USING btree ("period","municipality_id");--> statement-breakpoint
CREATE INDEX "survey_answer_municipality_id_idx" ON "survey_answer" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitation_token_hash_key" ON "survey_invitation" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitation_reminder_token_hash_key" ON "survey_invitation" USING btree ("reminder_token_hash");--> statement-breakpoint
CREATE INDEX "survey_invitation_customer_id_idx" ON "survey_invitation" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "survey_invitation_municipality_id_idx" ON "survey_invitation" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "survey_invitation_reminder_due_idx" ON "survey_invitation" USING btree ("created_at") WHERE reminded_at is null;--> statement-breakpoint
CREATE INDEX "survey_invitation_expires_at_idx" ON "survey_invitation" USING btree ("expires_at");--> statement-breakpoint
-- hand-written
-- The monthly report's range conditions (docs/monitoring.md): steps recorded in a month, cases
-- that ended in a month or started in one.
CREATE INDEX IF NOT EXISTS "service_action_created_at_idx" ON "service_action" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "joint_customership_enrolled_on_idx" ON "joint_customership" USING btree ("enrolled_on");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "joint_customership_ended_on_idx" ON "joint_customership" USING btree ("ended_on");
