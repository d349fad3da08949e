CREATE TABLE "service_action_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_action_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_action_comment_body_check" CHECK (length("service_action_comment"."body") between 1 and 5000)
);
--> statement-breakpoint
ALTER TABLE "service_action_comment" ADD CONSTRAINT "service_action_comment_service_action_id_service_action_id_fk" FOREIGN KEY ("service_action_id") REFERENCES "public"."service_action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_action_comment" ADD CONSTRAINT "service_action_comment_author_user_id_user_account_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_action_comment" ADD CONSTRAINT "service_action_comment_author_organisation_id_organisation_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_action_comment_service_action_id_idx" ON "service_action_comment" USING btree ("service_action_id","created_at");--> statement-breakpoint
CREATE INDEX "service_action_comment_author_user_id_idx" ON "service_action_comment" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "service_action_comment_author_organisation_id_idx" ON "service_action_comment" USING btree ("author_organisation_id");