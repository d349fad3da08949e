CREATE TABLE "contract" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"provider_organisation_id" uuid NOT NULL,
	"framework_arrangement_id" uuid,
	"reference" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"capacity_unit" text NOT NULL,
	"capacity" integer NOT NULL,
	"capacity_used" integer DEFAULT 0 NOT NULL,
	"fixed_fee_cents" integer,
	"vat_rate_basis_points" integer NOT NULL,
	"retention_days" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_capacity_unit_check" CHECK (capacity_unit in ('customers', 'student_days')),
	CONSTRAINT "contract_capacity_check" CHECK ("contract"."capacity" > 0),
	CONSTRAINT "contract_capacity_used_check" CHECK ("contract"."capacity_used" >= 0 and "contract"."capacity_used" <= "contract"."capacity"),
	CONSTRAINT "contract_period_check" CHECK ("contract"."ends_on" is null or "contract"."ends_on" >= "contract"."starts_on"),
	CONSTRAINT "contract_fixed_fee_check" CHECK ("contract"."fixed_fee_cents" is null or "contract"."fixed_fee_cents" > 0),
	CONSTRAINT "contract_vat_check" CHECK ("contract"."vat_rate_basis_points" between 0 and 10000),
	CONSTRAINT "contract_retention_check" CHECK ("contract"."retention_days" between 0 and 3650)
);
--> statement-breakpoint
CREATE TABLE "contract_result_fee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"minimum_months" integer,
	"fee_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_result_fee_outcome_check" CHECK (outcome in ('employed_open_market', 'employed_subsidised', 'studies', 'other_service', 'interrupted', 'no_result')),
	CONSTRAINT "contract_result_fee_amount_check" CHECK ("contract_result_fee"."fee_cents" > 0),
	CONSTRAINT "contract_result_fee_months_check" CHECK ("contract_result_fee"."minimum_months" is null or "contract_result_fee"."minimum_months" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "fee_invoice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"invoiced_at" timestamp with time zone NOT NULL,
	"invoiced_by_user_id" uuid,
	"lines" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fee_invoice_month_check" CHECK ("fee_invoice"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "framework_arrangement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"business_id" text NOT NULL,
	"description" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_business_id_check" CHECK ("provider"."business_id" ~ '^[0-9]{7}-[0-9]$')
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"joint_customership_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"framework_arrangement_id" uuid,
	"contract_id" uuid,
	"provider_organisation_id" uuid,
	"referring_organisation_id" uuid NOT NULL,
	"referred_by_user_id" uuid,
	"service_action_id" uuid,
	"consent_request_id" uuid,
	"status" text NOT NULL,
	"units" integer DEFAULT 1 NOT NULL,
	"data_categories" text[] NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"decline_reason" text,
	"outcome" text,
	"outcome_evidence_on" date,
	"employer_business_id" text,
	"employment_months" integer,
	"sent_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"outcome_recorded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_status_check" CHECK (status in ('awaiting_choice', 'sent', 'accepted', 'declined', 'started', 'ended', 'withdrawn')),
	CONSTRAINT "referral_categories_check" CHECK (cardinality(data_categories) > 0 and data_categories <@ array['identity_and_contact', 'employment_and_plan', 'education', 'benefits', 'competence', 'health']::text[]),
	CONSTRAINT "referral_units_check" CHECK ("referral"."units" > 0),
	CONSTRAINT "referral_decline_reason_check" CHECK (("referral"."decline_reason" is null or decline_reason in ('capacity', 'eligibility', 'other')) and (("referral"."status" = 'declined') = ("referral"."decline_reason" is not null))),
	CONSTRAINT "referral_outcome_check" CHECK (("referral"."outcome" is null or outcome in ('employed_open_market', 'employed_subsidised', 'studies', 'other_service', 'interrupted', 'no_result')) and (("referral"."status" = 'ended') = ("referral"."outcome" is not null))),
	CONSTRAINT "referral_contract_check" CHECK ("referral"."status" = 'awaiting_choice' or "referral"."status" = 'withdrawn' or "referral"."contract_id" is not null),
	CONSTRAINT "referral_employer_check" CHECK ("referral"."employer_business_id" is null or "referral"."employer_business_id" ~ '^[0-9]{7}-[0-9]$')
);
--> statement-breakpoint
CREATE TABLE "referral_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"author_user_id" uuid,
	"organisation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_note_body_check" CHECK (length("referral_note"."body") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "timeline_event" DROP CONSTRAINT "timeline_event_kind_check";--> statement-breakpoint
ALTER TABLE "consent" DROP CONSTRAINT "consent_purpose_check";--> statement-breakpoint
ALTER TABLE "organisation_member" DROP CONSTRAINT "organisation_member_role_check";--> statement-breakpoint
ALTER TABLE "contract" ADD CONSTRAINT "contract_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract" ADD CONSTRAINT "contract_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract" ADD CONSTRAINT "contract_framework_arrangement_id_framework_arrangement_id_fk" FOREIGN KEY ("framework_arrangement_id") REFERENCES "public"."framework_arrangement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_result_fee" ADD CONSTRAINT "contract_result_fee_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_invoice" ADD CONSTRAINT "fee_invoice_invoiced_by_user_id_user_account_id_fk" FOREIGN KEY ("invoiced_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_arrangement" ADD CONSTRAINT "framework_arrangement_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider" ADD CONSTRAINT "provider_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_framework_arrangement_id_framework_arrangement_id_fk" FOREIGN KEY ("framework_arrangement_id") REFERENCES "public"."framework_arrangement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_contract_id_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_provider_organisation_id_organisation_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_referring_organisation_id_organisation_id_fk" FOREIGN KEY ("referring_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_referred_by_user_id_user_account_id_fk" FOREIGN KEY ("referred_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_service_action_id_service_action_id_fk" FOREIGN KEY ("service_action_id") REFERENCES "public"."service_action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_consent_request_id_consent_request_id_fk" FOREIGN KEY ("consent_request_id") REFERENCES "public"."consent_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_note" ADD CONSTRAINT "referral_note_referral_id_referral_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referral"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_note" ADD CONSTRAINT "referral_note_author_user_id_user_account_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_note" ADD CONSTRAINT "referral_note_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_service_id_idx" ON "contract" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "contract_provider_organisation_id_idx" ON "contract" USING btree ("provider_organisation_id");--> statement-breakpoint
CREATE INDEX "contract_framework_arrangement_id_idx" ON "contract" USING btree ("framework_arrangement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_reference_key" ON "contract" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_result_fee_key" ON "contract_result_fee" USING btree ("contract_id","outcome");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_invoice_month_key" ON "fee_invoice" USING btree ("month");--> statement-breakpoint
CREATE INDEX "fee_invoice_invoiced_by_user_id_idx" ON "fee_invoice" USING btree ("invoiced_by_user_id");--> statement-breakpoint
CREATE INDEX "framework_arrangement_service_id_idx" ON "framework_arrangement" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_organisation_id_key" ON "provider" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "provider_business_id_key" ON "provider" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "referral_customer_id_idx" ON "referral" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "referral_joint_customership_id_idx" ON "referral" USING btree ("joint_customership_id");--> statement-breakpoint
CREATE INDEX "referral_service_id_idx" ON "referral" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "referral_framework_arrangement_id_idx" ON "referral" USING btree ("framework_arrangement_id");--> statement-breakpoint
CREATE INDEX "referral_contract_id_idx" ON "referral" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "referral_provider_list_idx" ON "referral" USING btree ("provider_organisation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "referral_referring_organisation_id_idx" ON "referral" USING btree ("referring_organisation_id");--> statement-breakpoint
CREATE INDEX "referral_referred_by_user_id_idx" ON "referral" USING btree ("referred_by_user_id");--> statement-breakpoint
CREATE INDEX "referral_service_action_id_idx" ON "referral" USING btree ("service_action_id");--> statement-breakpoint
CREATE INDEX "referral_consent_request_id_idx" ON "referral" USING btree ("consent_request_id");--> statement-breakpoint
CREATE INDEX "referral_started_at_idx" ON "referral" USING btree ("started_at") WHERE started_at is not null;--> statement-breakpoint
CREATE INDEX "referral_note_referral_id_idx" ON "referral_note" USING btree ("referral_id","created_at");--> statement-breakpoint
CREATE INDEX "referral_note_author_user_id_idx" ON "referral_note" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "referral_note_organisation_id_idx" ON "referral_note" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_kind_check" CHECK (kind in ('enrolled', 'team_member_added', 'indicator_raised', 'indicator_closed', 'event_card_opened', 'service_action_created', 'service_action_status_changed', 'service_action_handed_over', 'service_action_comment', 'service_action_assigned', 'note_added', 'message_sent', 'ended', 'consent_expired', 'consent_given', 'consent_recorded', 'consent_confirmed', 'consent_withdrawn', 'referral_sent', 'referral_provider_chosen', 'referral_accepted', 'referral_declined', 'referral_started', 'referral_progress', 'referral_ended', 'referral_outcome_corrected', 'referral_withdrawn'));--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_purpose_check" CHECK (purpose in ('joint_customership', 'job_search_support', 'purchased_service'));--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_role_check" CHECK (role in ('worker', 'coordinator', 'content_editor', 'provider'));