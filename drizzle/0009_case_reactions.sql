ALTER TABLE "timeline_event" DROP CONSTRAINT "timeline_event_kind_check";--> statement-breakpoint
ALTER TABLE "consent_request" DROP CONSTRAINT "consent_request_status_check";--> statement-breakpoint
ALTER TABLE "raised_indicator" ADD COLUMN "offered_card_version_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "raised_indicator" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_action" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "service_action" ADD COLUMN "handed_over_from_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "event_card_step" ADD COLUMN "on_consent_loss" text DEFAULT 'wait_for_consent' NOT NULL;--> statement-breakpoint
ALTER TABLE "consent" ADD COLUMN "expiry_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_handed_over_from_organisation_id_organisation_id_fk" FOREIGN KEY ("handed_over_from_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_action_handed_over_from_organisation_id_idx" ON "service_action" USING btree ("handed_over_from_organisation_id");--> statement-breakpoint
CREATE INDEX "consent_unrecorded_expiry_idx" ON "consent" USING btree ("valid_until") WHERE status = 'given' and valid_until is not null and expiry_recorded_at is null;--> statement-breakpoint
ALTER TABLE "service_action" ADD CONSTRAINT "service_action_status_reason_check" CHECK (status_reason is null or status_reason in ('consent_withdrawn', 'consent_expired', 'case_ended'));--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_kind_check" CHECK (kind in ('enrolled', 'team_member_added', 'indicator_raised', 'indicator_closed', 'event_card_opened', 'service_action_created', 'service_action_status_changed', 'service_action_handed_over', 'service_action_comment', 'note_added', 'message_sent', 'ended', 'consent_expired'));--> statement-breakpoint
ALTER TABLE "event_card_step" ADD CONSTRAINT "event_card_step_on_consent_loss_check" CHECK (on_consent_loss in ('wait_for_consent', 'hand_to_enrolling_organisation'));--> statement-breakpoint
ALTER TABLE "consent_request" ADD CONSTRAINT "consent_request_status_check" CHECK (status in ('requested', 'accepted', 'declined', 'cancelled'));--> statement-breakpoint

-- hand-written
-- Indicators raised before this migration: ended cases' are closed, and of an indicator raised
-- twice on a case only the first stays active (the unique index below needs that). Moved here
-- from the generated part, after the rows it needs are fixed.
UPDATE "raised_indicator" ri SET "closed_at" = jc."updated_at"
  FROM "joint_customership" jc
  WHERE jc."id" = ri."joint_customership_id" AND jc."ended_on" IS NOT NULL AND ri."closed_at" IS NULL;--> statement-breakpoint
UPDATE "raised_indicator" ri SET "closed_at" = ri."raised_at"
  WHERE ri."closed_at" IS NULL AND EXISTS (
    SELECT 1 FROM "raised_indicator" earlier
    WHERE earlier."joint_customership_id" = ri."joint_customership_id"
      AND earlier."indicator_id" = ri."indicator_id" AND earlier."closed_at" IS NULL
      AND (earlier."raised_at", earlier."id") < (ri."raised_at", ri."id"));--> statement-breakpoint
-- An active indicator for which no card was opened yet offers the cards now published for it.
UPDATE "raised_indicator" ri SET "offered_card_version_ids" = coalesce((
    SELECT array_agg(v."id" ORDER BY v."id") FROM "event_card_version" v
    WHERE v."status" = 'published' AND v."indicator_ids" @> array[ri."indicator_id"]), '{}')
  WHERE ri."closed_at" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "opened_event_card" o WHERE o."raised_indicator_id" = ri."id");--> statement-breakpoint
CREATE UNIQUE INDEX "raised_indicator_one_active_key" ON "raised_indicator" USING btree ("joint_customership_id","indicator_id") WHERE closed_at is null;
