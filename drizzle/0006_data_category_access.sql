CREATE TABLE "statutory_category" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"data_category" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statutory_category_data_category_check" CHECK (data_category in ('identity_and_contact', 'employment_and_plan', 'education', 'benefits', 'competence', 'health'))
);
--> statement-breakpoint
ALTER TABLE "raised_indicator" ADD COLUMN "data_category" text;--> statement-breakpoint
UPDATE "raised_indicator" ri SET "data_category" = ci."data_category" FROM "cooperation_indicator" ci WHERE ci."id" = ri."indicator_id";--> statement-breakpoint
ALTER TABLE "raised_indicator" ALTER COLUMN "data_category" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "statutory_category" ADD CONSTRAINT "statutory_category_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "statutory_category_key" ON "statutory_category" USING btree ("organisation_id","data_category");