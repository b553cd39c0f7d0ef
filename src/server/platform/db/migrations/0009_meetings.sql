CREATE TABLE "agenda_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"meeting_id" uuid,
	"goal_id" uuid,
	"wording" text NOT NULL,
	"position" integer NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "held_meeting" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"talk_id" uuid,
	"started_by" text,
	"started_at" timestamp with time zone NOT NULL,
	"notes" text NOT NULL,
	"notes_version" integer NOT NULL,
	"notes_by" text,
	"notes_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_decision" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"wording" text NOT NULL,
	"made_by" text,
	"agreement_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_goal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"wording" text NOT NULL,
	"written_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_schedule" (
	"space_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"rule" text NOT NULL,
	"start_day" text NOT NULL,
	"time" text NOT NULL,
	"time_zone" text NOT NULL,
	"proposed_by" text,
	"proposed_at" timestamp with time zone NOT NULL,
	"accepted_by" text,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "meeting_schedule_space_id_topic_pk" PRIMARY KEY("space_id","topic")
);
--> statement-breakpoint
CREATE TABLE "parenting_plan" (
	"space_id" uuid PRIMARY KEY NOT NULL,
	"review_on" text NOT NULL,
	"kept_by" text,
	"kept_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_row" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"task" text NOT NULL,
	"who_person_id" text,
	"who_kind" text NOT NULL,
	"other_name" text,
	"when_text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_held_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."held_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_goal_id_meeting_goal_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."meeting_goal"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_added_by_person_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_meeting" ADD CONSTRAINT "held_meeting_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_meeting" ADD CONSTRAINT "held_meeting_started_by_person_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_meeting" ADD CONSTRAINT "held_meeting_notes_by_person_id_fk" FOREIGN KEY ("notes_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_meeting_id_held_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."held_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_made_by_person_id_fk" FOREIGN KEY ("made_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_goal" ADD CONSTRAINT "meeting_goal_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_goal" ADD CONSTRAINT "meeting_goal_written_by_person_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_schedule" ADD CONSTRAINT "meeting_schedule_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_schedule" ADD CONSTRAINT "meeting_schedule_proposed_by_person_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_schedule" ADD CONSTRAINT "meeting_schedule_accepted_by_person_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parenting_plan" ADD CONSTRAINT "parenting_plan_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parenting_plan" ADD CONSTRAINT "parenting_plan_kept_by_person_id_fk" FOREIGN KEY ("kept_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_row" ADD CONSTRAINT "plan_row_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_row" ADD CONSTRAINT "plan_row_who_person_id_person_id_fk" FOREIGN KEY ("who_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_item_space_idx" ON "agenda_item" USING btree ("space_id","topic");--> statement-breakpoint
CREATE INDEX "held_meeting_space_idx" ON "held_meeting" USING btree ("space_id","topic","started_at");--> statement-breakpoint
CREATE INDEX "meeting_decision_meeting_idx" ON "meeting_decision" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_goal_space_idx" ON "meeting_goal" USING btree ("space_id","topic");--> statement-breakpoint
CREATE INDEX "plan_row_space_idx" ON "plan_row" USING btree ("space_id","created_at");