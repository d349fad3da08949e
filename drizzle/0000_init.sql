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
ALTER TABLE "consent" ADD CONSTRAINT "consent_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_recipient_organisation_id_organisation_id_fk" FOREIGN KEY ("recipient_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_given_by_user_id_user_account_id_fk" FOREIGN KEY ("given_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_withdrawn_by_user_id_user_account_id_fk" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "consent_customer_id_idx" ON "consent" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "consent_active_recipient_idx" ON "consent" USING btree ("recipient_organisation_id","customer_id") WHERE status = 'given';--> statement-breakpoint
CREATE INDEX "consent_given_by_user_id_idx" ON "consent" USING btree ("given_by_user_id");--> statement-breakpoint
CREATE INDEX "consent_withdrawn_by_user_id_idx" ON "consent" USING btree ("withdrawn_by_user_id");--> statement-breakpoint
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