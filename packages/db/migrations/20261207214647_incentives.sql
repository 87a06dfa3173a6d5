CREATE TABLE "incentive_rule_sets" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version" integer NOT NULL,
	"effective_month" text NOT NULL,
	"rule_set" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incentive_rule_sets_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "incentive_rule_sets_version_check" CHECK ("incentive_rule_sets"."version" > 0),
	CONSTRAINT "incentive_rule_sets_month_check" CHECK ("incentive_rule_sets"."effective_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "incentive_statement_items" (
	"gst_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"line_position" integer NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"activity" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"establishment_id" uuid,
	"amount_centimes" integer NOT NULL,
	"multiplied" boolean DEFAULT false NOT NULL,
	CONSTRAINT "incentive_statement_items_gst_id_source_type_source_id_pk" PRIMARY KEY("gst_id","source_type","source_id"),
	CONSTRAINT "incentive_statement_items_source_check" CHECK ("incentive_statement_items"."source_type" in ('roster_shift', 'care_act', 'encounter'))
);
--> statement-breakpoint
CREATE TABLE "incentive_statement_lines" (
	"gst_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"rule_code" text NOT NULL,
	"label" text NOT NULL,
	"activity" text NOT NULL,
	"unit_amount_centimes" integer NOT NULL,
	"item_count" integer NOT NULL,
	"subtotal_centimes" integer NOT NULL,
	"rule_cap_cut_centimes" integer NOT NULL,
	"monthly_cap_cut_centimes" integer NOT NULL,
	"total_centimes" integer NOT NULL,
	CONSTRAINT "incentive_statement_lines_gst_id_statement_id_position_pk" PRIMARY KEY("gst_id","statement_id","position"),
	CONSTRAINT "incentive_statement_lines_total_check" CHECK ("incentive_statement_lines"."total_centimes" = "incentive_statement_lines"."subtotal_centimes" - "incentive_statement_lines"."rule_cap_cut_centimes" - "incentive_statement_lines"."monthly_cap_cut_centimes")
);
--> statement-breakpoint
CREATE TABLE "incentive_statements" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"month" text NOT NULL,
	"establishment_id" uuid,
	"cadre" text NOT NULL,
	"status" text DEFAULT 'computed' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"rule_set_version" integer NOT NULL,
	"monthly_cap_centimes" integer,
	"activity_count" integer NOT NULL,
	"unmatched_count" integer DEFAULT 0 NOT NULL,
	"gross_centimes" integer NOT NULL,
	"rule_cap_cut_centimes" integer NOT NULL,
	"monthly_cap_cut_centimes" integer NOT NULL,
	"total_centimes" integer NOT NULL,
	"computed_by" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"validated_by" uuid,
	"validated_at" timestamp with time zone,
	"exported_by" uuid,
	"exported_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "incentive_statements_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "incentive_statements_status_check" CHECK ("incentive_statements"."status" in ('computed', 'validated', 'exported')),
	CONSTRAINT "incentive_statements_month_check" CHECK ("incentive_statements"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "incentive_statements_total_check" CHECK ("incentive_statements"."total_centimes" = "incentive_statements"."gross_centimes" - "incentive_statements"."rule_cap_cut_centimes" - "incentive_statements"."monthly_cap_cut_centimes"),
	CONSTRAINT "incentive_statements_validated_check" CHECK ("incentive_statements"."status" = 'computed' or ("incentive_statements"."validated_at" is not null and "incentive_statements"."validated_by" is not null))
);
--> statement-breakpoint
ALTER TABLE "incentive_rule_sets" ADD CONSTRAINT "incentive_rule_sets_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_statement_items" ADD CONSTRAINT "incentive_statement_items_line_fk" FOREIGN KEY ("gst_id","statement_id","line_position") REFERENCES "public"."incentive_statement_lines"("gst_id","statement_id","position") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_statement_lines" ADD CONSTRAINT "incentive_statement_lines_statement_fk" FOREIGN KEY ("gst_id","statement_id") REFERENCES "public"."incentive_statements"("gst_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_statements" ADD CONSTRAINT "incentive_statements_staff_member_fk" FOREIGN KEY ("gst_id","staff_member_id") REFERENCES "public"."staff_members"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_statements" ADD CONSTRAINT "incentive_statements_rule_set_fk" FOREIGN KEY ("gst_id","rule_set_id") REFERENCES "public"."incentive_rule_sets"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_rule_sets_version_idx" ON "incentive_rule_sets" USING btree ("gst_id","version");--> statement-breakpoint
CREATE INDEX "incentive_statement_items_statement_idx" ON "incentive_statement_items" USING btree ("gst_id","statement_id","line_position");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_statements_member_month_idx" ON "incentive_statements" USING btree ("gst_id","staff_member_id","month");--> statement-breakpoint
CREATE INDEX "incentive_statements_month_idx" ON "incentive_statements" USING btree ("gst_id","month","establishment_id");