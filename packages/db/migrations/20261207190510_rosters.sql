CREATE TABLE "gst_roster_rules" (
	"gst_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_lines" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"establishment_ids" uuid[] NOT NULL,
	"specialty_code" text,
	"required_cadres" text[] DEFAULT '{}' NOT NULL,
	"required_specialty_codes" text[] DEFAULT '{}' NOT NULL,
	"shift_pattern" jsonb NOT NULL,
	"eligible_staff_ids" uuid[] DEFAULT '{}' NOT NULL,
	"rules_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_lines_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "roster_lines_kind_check" CHECK ("roster_lines"."kind" in ('garde', 'astreinte')),
	CONSTRAINT "roster_lines_establishments_check" CHECK (cardinality("roster_lines"."establishment_ids") >= 1)
);
--> statement-breakpoint
CREATE TABLE "roster_shifts" (
	"gst_id" uuid NOT NULL,
	"roster_id" uuid NOT NULL,
	"shift_id" text NOT NULL,
	"line_id" uuid NOT NULL,
	"day" date NOT NULL,
	"day_type" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"staff_member_id" uuid,
	CONSTRAINT "roster_shifts_gst_id_roster_id_shift_id_pk" PRIMARY KEY("gst_id","roster_id","shift_id"),
	CONSTRAINT "roster_shifts_day_type_check" CHECK ("roster_shifts"."day_type" in ('weekday', 'weekend', 'holiday')),
	CONSTRAINT "roster_shifts_times_check" CHECK ("roster_shifts"."ends_at" > "roster_shifts"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "rosters" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"month" text NOT NULL,
	"line_ids" uuid[] NOT NULL,
	"line_key" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"report" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "rosters_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "rosters_status_check" CHECK ("rosters"."status" in ('draft', 'published')),
	CONSTRAINT "rosters_month_check" CHECK ("rosters"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "gst_roster_rules" ADD CONSTRAINT "gst_roster_rules_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_lines" ADD CONSTRAINT "roster_lines_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_shifts" ADD CONSTRAINT "roster_shifts_gst_id_roster_id_rosters_gst_id_id_fk" FOREIGN KEY ("gst_id","roster_id") REFERENCES "public"."rosters"("gst_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_shifts" ADD CONSTRAINT "roster_shifts_gst_id_line_id_roster_lines_gst_id_id_fk" FOREIGN KEY ("gst_id","line_id") REFERENCES "public"."roster_lines"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rosters" ADD CONSTRAINT "rosters_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_lines_name_idx" ON "roster_lines" USING btree ("gst_id","name");--> statement-breakpoint
CREATE INDEX "roster_shifts_staff_idx" ON "roster_shifts" USING btree ("gst_id","staff_member_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rosters_month_lines_idx" ON "rosters" USING btree ("gst_id","month","line_key");