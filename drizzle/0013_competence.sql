CREATE TABLE "classification_concept" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uri" text NOT NULL,
	"type" text NOT NULL,
	"skill_type" text,
	"reuse_level" text,
	"isco_group" text,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"alt_labels_fi" text[] DEFAULT '{}' NOT NULL,
	"alt_labels_sv" text[] DEFAULT '{}' NOT NULL,
	"alt_labels_en" text[] DEFAULT '{}' NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "classification_concept_uri_key" UNIQUE("uri"),
	CONSTRAINT "classification_concept_type_check" CHECK (type in ('skill', 'occupation')),
	CONSTRAINT "classification_concept_skill_type_check" CHECK (skill_type in ('skill', 'knowledge', 'certificate')),
	CONSTRAINT "classification_concept_reuse_level_check" CHECK (reuse_level in ('transversal', 'cross-sector', 'sector-specific', 'occupation-specific'))
);
--> statement-breakpoint
CREATE TABLE "occupation_skill_relation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occupation_uri" text NOT NULL,
	"relation_type" text NOT NULL,
	"skill_uri" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "occupation_skill_relation_type_check" CHECK (relation_type in ('essential', 'optional'))
);
--> statement-breakpoint
CREATE TABLE "competence_profile_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"source" text NOT NULL,
	"saved_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_profile_version_source_check" CHECK (source in ('edit', 'import', 'suggestion')),
	CONSTRAINT "competence_profile_version_version_check" CHECK ("competence_profile_version"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "competence_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"suggested_by_user_id" uuid NOT NULL,
	"change" jsonb NOT NULL,
	"status" text DEFAULT 'suggested' NOT NULL,
	"answered_at" timestamp with time zone,
	"resulting_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_suggestion_status_check" CHECK (status in ('suggested', 'accepted', 'rejected')),
	CONSTRAINT "competence_suggestion_answer_check" CHECK (("competence_suggestion"."status" = 'suggested') = ("competence_suggestion"."answered_at" is null))
);
--> statement-breakpoint
ALTER TABLE "consent" DROP CONSTRAINT "consent_purpose_check";--> statement-breakpoint
ALTER TABLE "occupation_skill_relation" ADD CONSTRAINT "occupation_skill_relation_occupation_uri_classification_concept_uri_fk" FOREIGN KEY ("occupation_uri") REFERENCES "public"."classification_concept"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skill_relation" ADD CONSTRAINT "occupation_skill_relation_skill_uri_classification_concept_uri_fk" FOREIGN KEY ("skill_uri") REFERENCES "public"."classification_concept"("uri") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_profile_version" ADD CONSTRAINT "competence_profile_version_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_profile_version" ADD CONSTRAINT "competence_profile_version_saved_by_user_id_user_account_id_fk" FOREIGN KEY ("saved_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_suggestion" ADD CONSTRAINT "competence_suggestion_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_suggestion" ADD CONSTRAINT "competence_suggestion_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_suggestion" ADD CONSTRAINT "competence_suggestion_suggested_by_user_id_user_account_id_fk" FOREIGN KEY ("suggested_by_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "classification_concept_type_idx" ON "classification_concept" USING btree ("type","skill_type");--> statement-breakpoint
CREATE UNIQUE INDEX "occupation_skill_relation_key" ON "occupation_skill_relation" USING btree ("occupation_uri","skill_uri");--> statement-breakpoint
CREATE INDEX "occupation_skill_relation_skill_uri_idx" ON "occupation_skill_relation" USING btree ("skill_uri");--> statement-breakpoint
CREATE UNIQUE INDEX "competence_profile_version_key" ON "competence_profile_version" USING btree ("customer_id","version");--> statement-breakpoint
CREATE INDEX "competence_profile_version_saved_by_user_id_idx" ON "competence_profile_version" USING btree ("saved_by_user_id");--> statement-breakpoint
CREATE INDEX "competence_suggestion_customer_id_idx" ON "competence_suggestion" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "competence_suggestion_organisation_id_idx" ON "competence_suggestion" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "competence_suggestion_suggested_by_user_id_idx" ON "competence_suggestion" USING btree ("suggested_by_user_id");--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_purpose_check" CHECK (purpose in ('joint_customership', 'job_search_support'));--> statement-breakpoint
-- hand-written
-- Concept search (docs/classification.md): Finnish text search with prefixes, and trigrams for typos.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "classification_concept_search_trgm_idx" ON "classification_concept" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "classification_concept_search_fts_idx" ON "classification_concept" USING gin ((to_tsvector('finnish', "search_text") || to_tsvector('simple', "search_text")));
