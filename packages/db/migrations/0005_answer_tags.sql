CREATE TABLE "answer_tags" (
	"response_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "answer_tags_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "answer_tags" ADD CONSTRAINT "answer_tags_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_tags" ADD CONSTRAINT "answer_tags_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;