CREATE TABLE "experiment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"problem_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"chosen_by" text NOT NULL,
	"ends_on" text NOT NULL,
	"status" text NOT NULL,
	"adopted_as" text,
	"agreement_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "experiment_rating" (
	"id" uuid PRIMARY KEY NOT NULL,
	"experiment_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"helped" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "experiment_rating_once" UNIQUE("experiment_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "problem" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_id" uuid NOT NULL,
	"challenge" text NOT NULL,
	"started_by" text NOT NULL,
	"phase" text NOT NULL,
	"done_by" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_idea" (
	"id" uuid PRIMARY KEY NOT NULL,
	"problem_id" uuid NOT NULL,
	"person_id" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "after_fight_entry" ADD COLUMN "agreement_id" uuid;--> statement-breakpoint
ALTER TABLE "experiment" ADD CONSTRAINT "experiment_problem_id_problem_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment" ADD CONSTRAINT "experiment_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment" ADD CONSTRAINT "experiment_idea_id_problem_idea_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."problem_idea"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_rating" ADD CONSTRAINT "experiment_rating_experiment_id_experiment_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."experiment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_rating" ADD CONSTRAINT "experiment_rating_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem" ADD CONSTRAINT "problem_space_id_space_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."space"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_idea" ADD CONSTRAINT "problem_idea_problem_id_problem_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiment_problem_idx" ON "experiment" USING btree ("problem_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "experiment_one_running_per_space" ON "experiment" USING btree ("space_id") WHERE "experiment"."status" = 'running';--> statement-breakpoint
CREATE INDEX "problem_space_idx" ON "problem" USING btree ("space_id","updated_at");--> statement-breakpoint
CREATE INDEX "problem_idea_problem_idx" ON "problem_idea" USING btree ("problem_id","created_at");