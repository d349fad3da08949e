CREATE TABLE "monitoring_action_tally" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" date NOT NULL,
	"programme_id" uuid,
	"municipality_id" uuid,
	"organisation_id" uuid,
	"actions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_action_tally_month" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" date NOT NULL,
	"through" timestamp with time zone NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "monitoring_action_tally_month_idx" ON "monitoring_action_tally" USING btree ("month");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_action_tally_month_key" ON "monitoring_action_tally_month" USING btree ("month");