CREATE TABLE "monitoring_export" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"requested_by_user_id" uuid,
	"month" date NOT NULL,
	"dimension" text NOT NULL,
	"format" text NOT NULL,
	"locale" text NOT NULL,
	"scope_organisation_id" uuid,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"error_code" text,
	"file_name" text,
	"file" "bytea",
	"byte_size" integer,
	"finished_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_export_status_check" CHECK (status in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "monitoring_export_dimension_check" CHECK (dimension in ('programme', 'municipality', 'organisation')),
	CONSTRAINT "monitoring_export_format_check" CHECK (format in ('csv', 'xlsx')),
	CONSTRAINT "monitoring_export_locale_check" CHECK (locale in ('fi', 'sv', 'en')),
	CONSTRAINT "monitoring_export_progress_check" CHECK (progress between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "monitoring_snapshot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" date NOT NULL,
	"programme_id" uuid,
	"municipality_id" uuid,
	"organisation_id" uuid,
	"at_end" integer NOT NULL,
	"at_end_ltu" integer NOT NULL,
	"started" integer NOT NULL,
	"started_ltu" integer NOT NULL,
	"started_with_action" integer NOT NULL,
	"fu3_in" integer NOT NULL,
	"fu3_out" integer NOT NULL,
	"fu6_in" integer NOT NULL,
	"fu6_out" integer NOT NULL,
	"ended" jsonb,
	"actions" jsonb,
	"referrals" jsonb,
	"lead_days" double precision[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_snapshot_month" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" date NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_member" DROP CONSTRAINT "organisation_member_role_check";--> statement-breakpoint
ALTER TABLE "monitoring_export" ADD CONSTRAINT "monitoring_export_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_export" ADD CONSTRAINT "monitoring_export_requested_by_user_id_user_account_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_export" ADD CONSTRAINT "monitoring_export_scope_organisation_id_organisation_id_fk" FOREIGN KEY ("scope_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_export_organisation_id_idx" ON "monitoring_export" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "monitoring_export_requested_by_user_id_idx" ON "monitoring_export" USING btree ("requested_by_user_id");--> statement-breakpoint
CREATE INDEX "monitoring_export_scope_organisation_id_idx" ON "monitoring_export" USING btree ("scope_organisation_id");--> statement-breakpoint
CREATE INDEX "monitoring_export_expires_at_idx" ON "monitoring_export" USING btree ("expires_at") WHERE file is not null;--> statement-breakpoint
CREATE INDEX "monitoring_snapshot_month_idx" ON "monitoring_snapshot" USING btree ("month");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_snapshot_month_key" ON "monitoring_snapshot_month" USING btree ("month");--> statement-breakpoint
CREATE INDEX "unemployment_spell_started_on_idx" ON "unemployment_spell" USING btree ("started_on");--> statement-breakpoint
CREATE INDEX "unemployment_spell_ended_on_idx" ON "unemployment_spell" USING btree ("ended_on");--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_role_check" CHECK (role in ('worker', 'coordinator', 'content_editor', 'provider', 'organisation_lead'));