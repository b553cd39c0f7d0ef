CREATE TABLE "local_service" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"area" text NOT NULL,
	"postcode_prefix" text,
	"country" text,
	"address" text,
	"phone" text,
	"web" text,
	"languages" text[] NOT NULL,
	"cost" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "local_service_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "operator" (
	"person_id" text PRIMARY KEY NOT NULL,
	"granted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "operator" ADD CONSTRAINT "operator_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;