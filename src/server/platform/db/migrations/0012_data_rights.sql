ALTER TABLE "appreciation" DROP CONSTRAINT "appreciation_person_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "appreciation" DROP CONSTRAINT "appreciation_recipient_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "gesture" DROP CONSTRAINT "gesture_person_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "shared_note" DROP CONSTRAINT "shared_note_author_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "pause" DROP CONSTRAINT "pause_person_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "experiment_rating" DROP CONSTRAINT "experiment_rating_person_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "repair" DROP CONSTRAINT "repair_person_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "ritual" DROP CONSTRAINT "ritual_proposer_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "ritual_feeling" DROP CONSTRAINT "ritual_feeling_person_id_person_id_fk";
--> statement-breakpoint
ALTER TABLE "talk_entry" DROP CONSTRAINT "talk_entry_author_id_person_id_fk";
