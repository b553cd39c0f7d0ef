CREATE TABLE "after_fight" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"starter_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"phase" text NOT NULL,
	"done_by" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "after_fight_entry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"after_fight_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"step" text NOT NULL,
	"feelings" text[] NOT NULL,
	"text" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "after_fight_entry_once" UNIQUE("after_fight_id","person_id","step")
);
--> statement-breakpoint
CREATE TABLE "repair" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"recipient_id" text,
	"apology" text NOT NULL,
	"understanding" text NOT NULL,
	"plan" text NOT NULL,
	"status" text NOT NULL,
	"reply" text,
	"sent_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "after_fight" ADD CONSTRAINT "after_fight_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "after_fight_entry" ADD CONSTRAINT "after_fight_entry_after_fight_id_after_fight_id_fk" FOREIGN KEY ("after_fight_id") REFERENCES "public"."after_fight"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair" ADD CONSTRAINT "repair_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair" ADD CONSTRAINT "repair_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "after_fight_space_idx" ON "after_fight" USING btree ("space_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "after_fight_one_open_per_space" ON "after_fight" USING btree ("space_id") WHERE "after_fight"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "repair_space_idx" ON "repair" USING btree ("space_id","updated_at");