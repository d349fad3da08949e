CREATE TABLE "career_story" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"status" text NOT NULL,
	"publish_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"consent_given_at" timestamp with time zone,
	"consent_recorded_by" uuid,
	"consent_withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_story_status_check" CHECK (status in ('draft', 'published')),
	CONSTRAINT "career_story_published_check" CHECK (("career_story"."status" = 'draft') = ("career_story"."publish_at" is null))
);
--> statement-breakpoint
CREATE TABLE "content_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"price_cents" integer,
	"sign_up_url" text,
	"status" text NOT NULL,
	"publish_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_event_audience_check" CHECK (audience in ('young_people', 'employers', 'everyone')),
	CONSTRAINT "content_event_status_check" CHECK (status in ('draft', 'published')),
	CONSTRAINT "content_event_published_check" CHECK (("content_event"."status" = 'draft') = ("content_event"."publish_at" is null)),
	CONSTRAINT "content_event_period_check" CHECK ("content_event"."ends_at" >= "content_event"."starts_at"),
	CONSTRAINT "content_event_price_check" CHECK ("content_event"."price_cents" is null or "content_event"."price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "content_page" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"municipality_id" uuid,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"status" text NOT NULL,
	"publish_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_page_kind_check" CHECK (kind in ('employers')),
	CONSTRAINT "content_page_status_check" CHECK (status in ('draft', 'published')),
	CONSTRAINT "content_page_published_check" CHECK (("content_page"."status" = 'draft') = ("content_page"."publish_at" is null))
);
--> statement-breakpoint
CREATE TABLE "site_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message" text NOT NULL,
	"page" text,
	"contact" text,
	"lang" text NOT NULL,
	"due_on" date NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_feedback_message_check" CHECK (length("site_feedback"."message") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "organisation_member" DROP CONSTRAINT "organisation_member_role_check";--> statement-breakpoint
ALTER TABLE "career_story" ADD CONSTRAINT "career_story_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_story" ADD CONSTRAINT "career_story_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_story" ADD CONSTRAINT "career_story_consent_recorded_by_user_account_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_event" ADD CONSTRAINT "content_event_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_event" ADD CONSTRAINT "content_event_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_page" ADD CONSTRAINT "content_page_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_page" ADD CONSTRAINT "content_page_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_feedback" ADD CONSTRAINT "site_feedback_answered_by_user_account_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_story_municipality_id_idx" ON "career_story" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "career_story_updated_by_idx" ON "career_story" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "career_story_consent_recorded_by_idx" ON "career_story" USING btree ("consent_recorded_by");--> statement-breakpoint
CREATE INDEX "content_event_municipality_id_idx" ON "content_event" USING btree ("municipality_id","starts_at");--> statement-breakpoint
CREATE INDEX "content_event_updated_by_idx" ON "content_event" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "content_page_municipality_id_idx" ON "content_page" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "content_page_updated_by_idx" ON "content_page" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "site_feedback_created_idx" ON "site_feedback" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "site_feedback_answered_by_idx" ON "site_feedback" USING btree ("answered_by");--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_role_check" CHECK (role in ('worker', 'coordinator', 'content_editor'));