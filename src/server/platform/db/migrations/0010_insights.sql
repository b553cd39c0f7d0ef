CREATE TABLE "insights_distance" (
	"person_id" text PRIMARY KEY NOT NULL,
	"shown_on" text,
	"dismissed_on" text
);
--> statement-breakpoint
ALTER TABLE "insights_distance" ADD CONSTRAINT "insights_distance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;