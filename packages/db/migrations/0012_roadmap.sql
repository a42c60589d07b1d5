CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"objective" text DEFAULT '' NOT NULL,
	"layer" text NOT NULL,
	"horizon" text,
	"item_keys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_organisation_id" uuid,
	"partner_organisation_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"budget" double precision,
	"currency" text DEFAULT 'TRY' NOT NULL,
	"funding_source" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"action_id" uuid,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" double precision NOT NULL,
	"baseline_on" date NOT NULL,
	"target" double precision NOT NULL,
	"due_on" date NOT NULL,
	"preset_code" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"detail" jsonb NOT NULL,
	"weight" double precision,
	"score" double precision,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"quadrant" text,
	"parent_key" text,
	"source" jsonb NOT NULL,
	"source_state" text DEFAULT 'present' NOT NULL,
	"dismissed" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"indicators" jsonb NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "roadmap_settings" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "self_assessment_indicators" jsonb;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_roadmap_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."roadmap_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_actions" ADD CONSTRAINT "roadmap_actions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_actions" ADD CONSTRAINT "roadmap_actions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_actions" ADD CONSTRAINT "roadmap_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_indicators" ADD CONSTRAINT "roadmap_indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_indicators" ADD CONSTRAINT "roadmap_indicators_action_id_roadmap_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."roadmap_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_values_indicator" ON "indicator_values" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "roadmap_actions_project" ON "roadmap_actions" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "roadmap_indicators_project" ON "roadmap_indicators" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "roadmap_indicators_action" ON "roadmap_indicators" USING btree ("action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "roadmap_items_project_key" ON "roadmap_items" USING btree ("project_id","key");--> statement-breakpoint
CREATE INDEX "self_assessments_project" ON "self_assessments" USING btree ("project_id","assessed_on");