CREATE TABLE "competence_share_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"sections" text[] NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_share_link_sections_check" CHECK (cardinality(sections) > 0 and sections <@ array['qualifications', 'skills', 'workExperience', 'languages', 'certificates', 'interests', 'wishedOccupations', 'wishedMunicipalities', 'availability']::text[])
);
--> statement-breakpoint
ALTER TABLE "competence_share_link" ADD CONSTRAINT "competence_share_link_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competence_share_link_token_hash_key" ON "competence_share_link" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "competence_share_link_customer_id_idx" ON "competence_share_link" USING btree ("customer_id","created_at");