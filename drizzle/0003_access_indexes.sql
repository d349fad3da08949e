DROP INDEX "consent_recipient_customer_idx";--> statement-breakpoint
DROP INDEX "joint_customership_enrolling_organisation_id_idx";--> statement-breakpoint
CREATE INDEX "consent_active_recipient_idx" ON "consent" USING btree ("recipient_organisation_id","customer_id","valid_until") WHERE status = 'given';--> statement-breakpoint
CREATE INDEX "joint_customership_enrolling_organisation_id_idx" ON "joint_customership" USING btree ("enrolling_organisation_id","customer_id");