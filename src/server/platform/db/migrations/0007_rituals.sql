CREATE TABLE "ritual" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"proposer_id" text NOT NULL,
	"library_id" text,
	"title" text NOT NULL,
	"how" text,
	"minutes" integer NOT NULL,
	"rule" text NOT NULL,
	"start_day" text NOT NULL,
	"time" text NOT NULL,
	"time_zone" text NOT NULL,
	"is_proposed" boolean NOT NULL,
	"joined_by" text,
	"declined_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ritual_feed" (
	"person_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ritual_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "ritual_feeling" (
	"ritual_id" uuid NOT NULL,
	"day" text NOT NULL,
	"person_id" text NOT NULL,
	"feeling" integer NOT NULL,
	"rated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ritual_feeling_ritual_id_day_person_id_pk" PRIMARY KEY("ritual_id","day","person_id")
);
--> statement-breakpoint
CREATE TABLE "ritual_occurrence" (
	"ritual_id" uuid NOT NULL,
	"day" text NOT NULL,
	"status" text NOT NULL,
	"moved_to" timestamp with time zone,
	"logged_by" text,
	"logged_at" timestamp with time zone NOT NULL,
	"win_at" timestamp with time zone,
	CONSTRAINT "ritual_occurrence_ritual_id_day_pk" PRIMARY KEY("ritual_id","day")
);
--> statement-breakpoint
CREATE TABLE "ritual_reminder" (
	"ritual_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"lead_minutes" integer NOT NULL,
	CONSTRAINT "ritual_reminder_ritual_id_person_id_pk" PRIMARY KEY("ritual_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "ritual" ADD CONSTRAINT "ritual_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual" ADD CONSTRAINT "ritual_proposer_id_person_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual" ADD CONSTRAINT "ritual_joined_by_person_id_fk" FOREIGN KEY ("joined_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_feed" ADD CONSTRAINT "ritual_feed_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_feeling" ADD CONSTRAINT "ritual_feeling_ritual_id_ritual_id_fk" FOREIGN KEY ("ritual_id") REFERENCES "public"."ritual"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_feeling" ADD CONSTRAINT "ritual_feeling_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_occurrence" ADD CONSTRAINT "ritual_occurrence_ritual_id_ritual_id_fk" FOREIGN KEY ("ritual_id") REFERENCES "public"."ritual"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_occurrence" ADD CONSTRAINT "ritual_occurrence_logged_by_person_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_reminder" ADD CONSTRAINT "ritual_reminder_ritual_id_ritual_id_fk" FOREIGN KEY ("ritual_id") REFERENCES "public"."ritual"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ritual_reminder" ADD CONSTRAINT "ritual_reminder_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ritual_space_idx" ON "ritual" USING btree ("space_id");