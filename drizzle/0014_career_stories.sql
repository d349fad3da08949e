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
ALTER TABLE "career_story" ADD CONSTRAINT "career_story_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_story" ADD CONSTRAINT "career_story_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_story" ADD CONSTRAINT "career_story_consent_recorded_by_user_account_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_story_municipality_id_idx" ON "career_story" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "career_story_updated_by_idx" ON "career_story" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "career_story_consent_recorded_by_idx" ON "career_story" USING btree ("consent_recorded_by");