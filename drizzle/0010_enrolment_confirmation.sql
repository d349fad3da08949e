CREATE TABLE "enrolment_confirmation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"qualification" text NOT NULL,
	"overridden_rules" text[] DEFAULT '{}'::text[] NOT NULL,
	"override_reason" text,
	"status" text DEFAULT 'awaiting_confirmation' NOT NULL,
	"answered_at" timestamp with time zone,
	"joint_customership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_confirmation_status_check" CHECK (status in ('awaiting_confirmation', 'confirmed', 'declined')),
	CONSTRAINT "enrolment_confirmation_qualification_check" CHECK (qualification in ('none', 'upper_secondary_general', 'vocational', 'higher')),
	CONSTRAINT "enrolment_confirmation_answer_check" CHECK (("enrolment_confirmation"."status" = 'awaiting_confirmation') = ("enrolment_confirmation"."answered_at" is null)),
	CONSTRAINT "enrolment_confirmation_override_check" CHECK (cardinality("enrolment_confirmation"."overridden_rules") = 0 or "enrolment_confirmation"."override_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "timeline_event" DROP CONSTRAINT "timeline_event_kind_check";--> statement-breakpoint
ALTER TABLE "consent" DROP CONSTRAINT "consent_status_check";--> statement-breakpoint
ALTER TABLE "consent" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrolment_confirmation" ADD CONSTRAINT "enrolment_confirmation_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_confirmation" ADD CONSTRAINT "enrolment_confirmation_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_confirmation" ADD CONSTRAINT "enrolment_confirmation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_confirmation" ADD CONSTRAINT "enrolment_confirmation_requested_by_user_id_user_account_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_confirmation" ADD CONSTRAINT "enrolment_confirmation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_confirmation" ADD CONSTRAINT "enrolment_confirmation_joint_customership_id_joint_customership_id_fk" FOREIGN KEY ("joint_customership_id") REFERENCES "public"."joint_customership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrolment_confirmation_customer_id_idx" ON "enrolment_confirmation" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "enrolment_confirmation_programme_id_idx" ON "enrolment_confirmation" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "enrolment_confirmation_organisation_id_idx" ON "enrolment_confirmation" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "enrolment_confirmation_municipality_id_idx" ON "enrolment_confirmation" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "enrolment_confirmation_requested_by_user_id_idx" ON "enrolment_confirmation" USING btree ("requested_by_user_id");--> statement-breakpoint
CREATE INDEX "enrolment_confirmation_joint_customership_id_idx" ON "enrolment_confirmation" USING btree ("joint_customership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_confirmation_one_open_key" ON "enrolment_confirmation" USING btree ("customer_id","organisation_id") WHERE status = 'awaiting_confirmation';--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_kind_check" CHECK (kind in ('enrolled', 'team_member_added', 'indicator_raised', 'indicator_closed', 'event_card_opened', 'service_action_created', 'service_action_status_changed', 'service_action_handed_over', 'service_action_comment', 'note_added', 'message_sent', 'ended', 'consent_expired', 'consent_given', 'consent_recorded', 'consent_confirmed', 'consent_withdrawn'));--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_status_check" CHECK (status in ('given', 'withdrawn', 'awaiting_confirmation'));