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
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation" ADD CONSTRAINT "survey_invitation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answer_period_idx" ON "survey_answer" USING btree ("period","municipality_id");--> statement-breakpoint
CREATE INDEX "survey_answer_municipality_id_idx" ON "survey_answer" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitation_token_hash_key" ON "survey_invitation" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitation_reminder_token_hash_key" ON "survey_invitation" USING btree ("reminder_token_hash");--> statement-breakpoint
CREATE INDEX "survey_invitation_customer_id_idx" ON "survey_invitation" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "survey_invitation_municipality_id_idx" ON "survey_invitation" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "survey_invitation_reminder_due_idx" ON "survey_invitation" USING btree ("created_at") WHERE reminded_at is null;--> statement-breakpoint
CREATE INDEX "survey_invitation_expires_at_idx" ON "survey_invitation" USING btree ("expires_at");