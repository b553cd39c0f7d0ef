CREATE TABLE "pulse" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"day" text NOT NULL,
	"closeness" integer NOT NULL,
	"energy" integer NOT NULL,
	"stressors" text[] NOT NULL,
	"is_numbers_shared" boolean NOT NULL,
	"note" text,
	"is_note_shared" boolean NOT NULL,
	"question_id" text NOT NULL,
	"answer" text,
	"is_answer_shared" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_cadence" (
	"space_id" uuid PRIMARY KEY NOT NULL,
	"agreed" jsonb,
	"agreed_proposed_by" text,
	"agreed_proposed_at" timestamp with time zone,
	"accepted_by" text,
	"accepted_at" timestamp with time zone,
	"proposal" jsonb,
	"proposed_by" text,
	"proposed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pulse_setting" (
	"person_id" text PRIMARY KEY NOT NULL,
	"shares_numbers" boolean DEFAULT true NOT NULL,
	"reminder_time" text
);
--> statement-breakpoint
ALTER TABLE "pulse" ADD CONSTRAINT "pulse_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse" ADD CONSTRAINT "pulse_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_cadence" ADD CONSTRAINT "pulse_cadence_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_setting" ADD CONSTRAINT "pulse_setting_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pulse_one_per_day" ON "pulse" USING btree ("person_id","day");--> statement-breakpoint
CREATE INDEX "pulse_space_day_idx" ON "pulse" USING btree ("space_id","day");