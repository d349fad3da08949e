DROP INDEX "customer_name_idx";--> statement-breakpoint
CREATE INDEX "customer_name_c_idx" ON "customer" USING btree ((lower("last_name") collate "C"),(lower("first_name") collate "C"),"id");--> statement-breakpoint
CREATE INDEX "customer_birth_date_idx" ON "customer" USING btree ("birth_date");