CREATE TABLE "io_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"layout" text NOT NULL,
	"cell_count" integer NOT NULL,
	"suppliers" jsonb NOT NULL,
	"industries" jsonb NOT NULL,
	"cells" jsonb NOT NULL,
	"names" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "io_settings" jsonb;--> statement-breakpoint
ALTER TABLE "io_tables" ADD CONSTRAINT "io_tables_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "io_tables" ADD CONSTRAINT "io_tables_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "io_tables_project_idx" ON "io_tables" USING btree ("project_id");