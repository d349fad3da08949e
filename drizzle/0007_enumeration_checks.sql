ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_outcome_check";--> statement-breakpoint
ALTER TABLE "user_account" DROP CONSTRAINT "user_account_locale_check";--> statement-breakpoint
ALTER TABLE "case_message" DROP CONSTRAINT "case_message_thread_check";--> statement-breakpoint
ALTER TABLE "event_card_version" DROP CONSTRAINT "event_card_version_status_check";--> statement-breakpoint
ALTER TABLE "customer" DROP CONSTRAINT "customer_qualification_check";--> statement-breakpoint
ALTER TABLE "organisation_member" DROP CONSTRAINT "organisation_member_role_check";--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_outcome_check" CHECK (outcome in ('success', 'denied', 'failure'));--> statement-breakpoint
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_locale_check" CHECK (locale in ('fi', 'sv', 'en'));--> statement-breakpoint
ALTER TABLE "case_message" ADD CONSTRAINT "case_message_thread_check" CHECK (thread in ('customer', 'team'));--> statement-breakpoint
ALTER TABLE "event_card_version" ADD CONSTRAINT "event_card_version_status_check" CHECK (status in ('draft', 'published', 'retired'));--> statement-breakpoint
ALTER TABLE "customer" ADD CONSTRAINT "customer_qualification_check" CHECK (qualification in ('none', 'upper_secondary_general', 'vocational', 'higher'));--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_role_check" CHECK (role in ('worker', 'coordinator'));