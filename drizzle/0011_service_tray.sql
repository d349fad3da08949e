CREATE TABLE "organisation_profile" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"description" jsonb NOT NULL,
	"website" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_profile_description_check" CHECK (jsonb_typeof(description->'fi') = 'string' and jsonb_typeof(description->'sv') = 'string' and jsonb_typeof(description->'en') = 'string')
);
--> statement-breakpoint
CREATE TABLE "service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"eligibility" jsonb NOT NULL,
	"application_process" jsonb NOT NULL,
	"fees" jsonb NOT NULL,
	"minimum_age" integer,
	"maximum_age" integer,
	"url" text,
	"email" text,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_status_check" CHECK (status in ('draft', 'published', 'retired')),
	CONSTRAINT "service_name_check" CHECK (jsonb_typeof(name->'fi') = 'string' and jsonb_typeof(name->'sv') = 'string' and jsonb_typeof(name->'en') = 'string'),
	CONSTRAINT "service_age_check" CHECK (("service"."minimum_age" is null or "service"."minimum_age" between 0 and 120) and ("service"."maximum_age" is null or "service"."maximum_age" between 0 and 120) and ("service"."minimum_age" is null or "service"."maximum_age" is null or "service"."minimum_age" <= "service"."maximum_age")),
	CONSTRAINT "service_published_check" CHECK (("service"."status" = 'draft') = ("service"."published_at" is null))
);
--> statement-breakpoint
CREATE TABLE "service_area" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"phone_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_language" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_language_code_check" CHECK (code in ('fi', 'sv', 'en', 'se', 'ru', 'et', 'ar', 'so', 'uk'))
);
--> statement-breakpoint
CREATE TABLE "service_location" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"service_at_location_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"address_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"accessibility_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"street_address" text NOT NULL,
	"postal_code" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"accessibility" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_location_postal_code_check" CHECK ("service_location"."postal_code" ~ '^[0-9]{5}$')
);
--> statement-breakpoint
CREATE TABLE "service_schedule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_location_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"weekdays" text[] NOT NULL,
	"opens_at" text NOT NULL,
	"closes_at" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_schedule_weekdays_check" CHECK (weekdays <@ array['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']::text[]),
	CONSTRAINT "service_schedule_times_check" CHECK ("service_schedule"."opens_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "service_schedule"."closes_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "service_schedule"."opens_at" < "service_schedule"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "service_taxonomy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_taxonomy_term" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taxonomy_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_term" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_profile" ADD CONSTRAINT "organisation_profile_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_area" ADD CONSTRAINT "service_area_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_contact" ADD CONSTRAINT "service_contact_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_language" ADD CONSTRAINT "service_language_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_location" ADD CONSTRAINT "service_location_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_location" ADD CONSTRAINT "service_location_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_schedule" ADD CONSTRAINT "service_schedule_service_location_id_service_location_id_fk" FOREIGN KEY ("service_location_id") REFERENCES "public"."service_location"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_taxonomy_term" ADD CONSTRAINT "service_taxonomy_term_taxonomy_id_service_taxonomy_id_fk" FOREIGN KEY ("taxonomy_id") REFERENCES "public"."service_taxonomy"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_term" ADD CONSTRAINT "service_term_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_term" ADD CONSTRAINT "service_term_term_id_service_taxonomy_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."service_taxonomy_term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_profile_organisation_id_key" ON "organisation_profile" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "service_organisation_id_idx" ON "service" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "service_status_created_idx" ON "service" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_area_key" ON "service_area" USING btree ("service_id","municipality_id");--> statement-breakpoint
CREATE INDEX "service_area_municipality_id_idx" ON "service_area" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_contact_position_key" ON "service_contact" USING btree ("service_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "service_language_key" ON "service_language" USING btree ("service_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "service_location_position_key" ON "service_location" USING btree ("service_id","position");--> statement-breakpoint
CREATE INDEX "service_location_municipality_id_idx" ON "service_location" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_schedule_position_key" ON "service_schedule" USING btree ("service_location_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "service_taxonomy_code_key" ON "service_taxonomy" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "service_taxonomy_term_code_key" ON "service_taxonomy_term" USING btree ("taxonomy_id","code");--> statement-breakpoint
CREATE INDEX "service_taxonomy_term_taxonomy_id_idx" ON "service_taxonomy_term" USING btree ("taxonomy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_term_key" ON "service_term" USING btree ("service_id","term_id");--> statement-breakpoint
CREATE INDEX "service_term_term_id_idx" ON "service_term" USING btree ("term_id");--> statement-breakpoint

-- hand-written
-- The audience taxonomy of the service tray, with fixed ids: they are public in the HSDS API.
INSERT INTO "service_taxonomy" ("id", "code", "name", "description", "version") VALUES
  ('5a1e0000-0000-4000-8000-000000000001', 'audience',
   '{"fi": "Kohderyhmä", "sv": "Målgrupp", "en": "Audience"}',
   '{"fi": "Kenelle palvelu on tarkoitettu.", "sv": "Vem tjänsten är avsedd för.", "en": "Who the service is for."}',
   '1');--> statement-breakpoint
INSERT INTO "service_taxonomy_term" ("id", "taxonomy_id", "code", "name", "description") VALUES
  ('5a1e0000-0000-4000-8000-000000000101', '5a1e0000-0000-4000-8000-000000000001', 'young_people',
   '{"fi": "Nuoret", "sv": "Unga", "en": "Young people"}',
   '{"fi": "Alle 30-vuotiaat nuoret, työnhakijat ja opiskelijat.", "sv": "Unga under 30 år, arbetssökande och studerande.", "en": "Young people under 30, jobseekers and students."}'),
  ('5a1e0000-0000-4000-8000-000000000102', '5a1e0000-0000-4000-8000-000000000001', 'employers',
   '{"fi": "Työnantajat", "sv": "Arbetsgivare", "en": "Employers"}',
   '{"fi": "Työnantajat, jotka palkkaavat tai aikovat palkata nuoria.", "sv": "Arbetsgivare som anställer eller tänker anställa unga.", "en": "Employers who hire, or mean to hire, young people."}');
