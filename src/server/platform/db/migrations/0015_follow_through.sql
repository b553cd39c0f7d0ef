CREATE TABLE "commitment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"text" text NOT NULL,
	"due_on" text,
	"status" text NOT NULL,
	"settled_at" timestamp with time zone,
	"is_shared" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talk" ADD COLUMN "agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "talk" ADD COLUMN "begun_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_person_idx" ON "commitment" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "commitment_space_idx" ON "commitment" USING btree ("space_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_from_plan_once" ON "commitment" USING btree ("person_id","source_id") WHERE "commitment"."source" in ('repair', 'after_fight');--> statement-breakpoint
-- Talks already agreed and waiting for their time count from here; talks begun before this
-- change have no start on record and are left out of "talks on time" rather than guessed.
UPDATE "talk" SET "agreed_at" = "last_activity_at" WHERE "phase" = 'rules';
