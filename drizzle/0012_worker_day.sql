CREATE TABLE "notice_marker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_account_id" uuid NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "timeline_event" DROP CONSTRAINT "timeline_event_kind_check";--> statement-breakpoint
DROP INDEX "customer_name_idx";--> statement-breakpoint
ALTER TABLE "service_action" ADD COLUMN "done_comment" text;--> statement-breakpoint
ALTER TABLE "service_action" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notice_marker" ADD CONSTRAINT "notice_marker_user_account_id_user_account_id_fk" FOREIGN KEY ("user_account_id") REFERENCES "public"."user_account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notice_marker_user_account_id_key" ON "notice_marker" USING btree ("user_account_id");--> statement-breakpoint
CREATE INDEX "timeline_event_record_id_idx" ON "timeline_event" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "customer_name_c_idx" ON "customer" USING btree ((lower("last_name") collate "C"),(lower("first_name") collate "C"),"id");--> statement-breakpoint
CREATE INDEX "customer_birth_date_idx" ON "customer" USING btree ("birth_date");--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_done_comment_check" CHECK ("service_action"."done_comment" is null or length("service_action"."done_comment") between 1 and 2000);--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_kind_check" CHECK (kind in ('enrolled', 'team_member_added', 'indicator_raised', 'indicator_closed', 'event_card_opened', 'service_action_created', 'service_action_status_changed', 'service_action_handed_over', 'service_action_comment', 'service_action_assigned', 'note_added', 'message_sent', 'ended', 'consent_expired', 'consent_given', 'consent_recorded', 'consent_confirmed', 'consent_withdrawn'));--> statement-breakpoint

-- hand-written
-- Steps given to a worker before assignment times were kept count as assigned when created.
UPDATE "service_action" SET "assigned_at" = "created_at" WHERE "owner_user_id" IS NOT NULL;
