CREATE TABLE "career_story_image" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"story_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"alt" jsonb NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_story_image_type_check" CHECK ("career_story_image"."content_type" in ('image/webp')),
	CONSTRAINT "career_story_image_size_check" CHECK ("career_story_image"."width" > 0 and "career_story_image"."height" > 0)
);
--> statement-breakpoint
CREATE TABLE "site_content_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_content_version_source_unique" UNIQUE("source")
);
--> statement-breakpoint
ALTER TABLE "site_feedback" ADD COLUMN "answer" text;--> statement-breakpoint
ALTER TABLE "career_story_image" ADD CONSTRAINT "career_story_image_story_id_career_story_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."career_story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_story_image" ADD CONSTRAINT "career_story_image_uploaded_by_user_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "career_story_image_story_id_key" ON "career_story_image" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "career_story_image_uploaded_by_idx" ON "career_story_image" USING btree ("uploaded_by");
--> statement-breakpoint
-- hand-written
-- The public website's content version (site_content_version): every change to a table the
-- site shows raises that table's counter, in the same transaction, so another app process sees
-- the new version exactly when it sees the change.
CREATE FUNCTION site_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE site_content_version SET version = version + 1, updated_at = now() WHERE source = TG_TABLE_NAME;
  RETURN NULL;
END
$$;
--> statement-breakpoint
INSERT INTO site_content_version (source) VALUES ('job_posting'), ('content_page'), ('content_event'), ('career_story'), ('career_story_image'), ('municipality'), ('region'), ('organisation'), ('programme'), ('programme_municipality'), ('programme_partner'), ('organisation_profile'), ('service'), ('service_location'), ('service_schedule'), ('service_contact'), ('service_area'), ('service_language'), ('service_taxonomy'), ('service_taxonomy_term'), ('service_term'), ('classification_concept');
--> statement-breakpoint
CREATE TRIGGER job_posting_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON job_posting FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_page_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON content_page FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER content_event_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON content_event FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER career_story_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON career_story FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER career_story_image_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON career_story_image FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER municipality_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipality FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER region_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON region FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisation FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER programme_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programme FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER programme_municipality_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programme_municipality FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER programme_partner_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programme_partner FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_profile_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisation_profile FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_location_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_location FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_schedule_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_schedule FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_contact_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_contact FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_area_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_area FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_language_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_language FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_taxonomy_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_taxonomy FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_taxonomy_term_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_taxonomy_term FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER service_term_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON service_term FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
--> statement-breakpoint
CREATE TRIGGER classification_concept_site_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON classification_concept FOR EACH STATEMENT EXECUTE FUNCTION site_content_changed();
