ALTER TABLE "timeline_event" DROP CONSTRAINT "timeline_event_kind_check";--> statement-breakpoint
ALTER TABLE "service_action" ADD COLUMN "done_comment" text;--> statement-breakpoint
ALTER TABLE "service_action" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_done_comment_check" CHECK ("service_action"."done_comment" is null or length("service_action"."done_comment") between 1 and 2000);--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_kind_check" CHECK (kind in ('enrolled', 'team_member_added', 'indicator_raised', 'event_card_opened', 'service_action_created', 'service_action_status_changed', 'service_action_comment', 'service_action_assigned', 'note_added', 'message_sent', 'ended'));--> statement-breakpoint
-- hand-written
-- Steps given to a worker before assignment times were kept count as assigned when created.
UPDATE "service_action" SET "assigned_at" = "created_at" WHERE "owner_user_id" IS NOT NULL;
