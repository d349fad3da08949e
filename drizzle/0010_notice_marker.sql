CREATE TABLE "notice_marker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_account_id" uuid NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_marker" ADD CONSTRAINT "notice_marker_user_account_id_user_account_id_fk" FOREIGN KEY ("user_account_id") REFERENCES "public"."user_account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notice_marker_user_account_id_key" ON "notice_marker" USING btree ("user_account_id");--> statement-breakpoint
CREATE INDEX "timeline_event_record_id_idx" ON "timeline_event" USING btree ("record_id");