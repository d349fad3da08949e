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
ALTER TABLE "follow_up_status" ADD CONSTRAINT "follow_up_status_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unemployment_spell" ADD CONSTRAINT "unemployment_spell_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_status_key" ON "follow_up_status" USING btree ("customer_id","ended_on","months_after");--> statement-breakpoint
CREATE INDEX "unemployment_spell_customer_id_idx" ON "unemployment_spell" USING btree ("customer_id","started_on");--> statement-breakpoint
-- hand-written
-- The monthly report's range conditions (docs/monitoring.md): steps recorded in a month, cases
-- that ended in a month or started in one.
CREATE INDEX IF NOT EXISTS "service_action_created_at_idx" ON "service_action" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "joint_customership_enrolled_on_idx" ON "joint_customership" USING btree ("enrolled_on");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "joint_customership_ended_on_idx" ON "joint_customership" USING btree ("ended_on");
