CREATE TABLE "budgeted_posts" (
	"gst_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text DEFAULT '' NOT NULL,
	"cadre" text NOT NULL,
	"posts" numeric(8, 2) NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgeted_posts_gst_id_establishment_id_specialty_code_cadre_pk" PRIMARY KEY("gst_id","establishment_id","specialty_code","cadre"),
	CONSTRAINT "budgeted_posts_cadre_check" CHECK ("budgeted_posts"."cadre" in ('general_practitioner', 'specialist', 'pharmacist', 'dentist', 'polyvalent_nurse',
    'specialised_nurse', 'midwife', 'health_technician', 'administrative', 'technical')),
	CONSTRAINT "budgeted_posts_posts_check" CHECK ("budgeted_posts"."posts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "staff_assignments" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text,
	"kind" text NOT NULL,
	"time_share" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source_request_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_assignments_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "staff_assignments_kind_check" CHECK ("staff_assignments"."kind" in ('primary', 'additional')),
	CONSTRAINT "staff_assignments_time_share_check" CHECK ("staff_assignments"."time_share" between 1 and 100),
	CONSTRAINT "staff_assignments_dates_check" CHECK ("staff_assignments"."valid_to" is null or "staff_assignments"."valid_to" >= "staff_assignments"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "staff_leaves" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "staff_leaves_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "staff_leaves_kind_check" CHECK ("staff_leaves"."kind" in ('annual', 'sick', 'maternity', 'training', 'other')),
	CONSTRAINT "staff_leaves_dates_check" CHECK ("staff_leaves"."ends_on" >= "staff_leaves"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "staff_member_changes" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "staff_member_changes_gst_id_id_pk" PRIMARY KEY("gst_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"staff_number" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"given_name_latin" text,
	"family_name_latin" text,
	"given_name_arabic" text,
	"family_name_arabic" text,
	"search_text" text DEFAULT '' NOT NULL,
	"cin" text,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"phone" text,
	"email" text,
	"cadre" text NOT NULL,
	"specialty_code" text,
	"technician_field" text,
	"grade" text,
	"step" integer,
	"employment_status" text NOT NULL,
	"employed_from" date NOT NULL,
	"employed_to" date,
	"user_id" uuid,
	"qualifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_members_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "staff_members_cadre_check" CHECK ("staff_members"."cadre" in ('general_practitioner', 'specialist', 'pharmacist', 'dentist', 'polyvalent_nurse',
    'specialised_nurse', 'midwife', 'health_technician', 'administrative', 'technical')),
	CONSTRAINT "staff_members_sex_check" CHECK ("staff_members"."sex" in ('female', 'male')),
	CONSTRAINT "staff_members_employment_status_check" CHECK ("staff_members"."employment_status" in ('civil_servant_transferred', 'gst_contract', 'hospital_university',
        'private_under_convention')),
	CONSTRAINT "staff_members_employment_dates_check" CHECK ("staff_members"."employed_to" is null or "staff_members"."employed_to" >= "staff_members"."employed_from"),
	CONSTRAINT "staff_members_step_check" CHECK ("staff_members"."step" is null or "staff_members"."step" between 1 and 15)
);
--> statement-breakpoint
ALTER TABLE "document_counters" DROP CONSTRAINT "document_counters_kind_check";--> statement-breakpoint
ALTER TABLE "budgeted_posts" ADD CONSTRAINT "budgeted_posts_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_gst_id_staff_member_id_staff_members_gst_id_id_fk" FOREIGN KEY ("gst_id","staff_member_id") REFERENCES "public"."staff_members"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_leaves" ADD CONSTRAINT "staff_leaves_gst_id_staff_member_id_staff_members_gst_id_id_fk" FOREIGN KEY ("gst_id","staff_member_id") REFERENCES "public"."staff_members"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_member_changes" ADD CONSTRAINT "staff_member_changes_gst_id_staff_member_id_staff_members_gst_id_id_fk" FOREIGN KEY ("gst_id","staff_member_id") REFERENCES "public"."staff_members"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_assignments_member_idx" ON "staff_assignments" USING btree ("gst_id","staff_member_id");--> statement-breakpoint
CREATE INDEX "staff_assignments_establishment_idx" ON "staff_assignments" USING btree ("gst_id","establishment_id","valid_from");--> statement-breakpoint
CREATE INDEX "staff_leaves_member_idx" ON "staff_leaves" USING btree ("gst_id","staff_member_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_member_changes_version_idx" ON "staff_member_changes" USING btree ("gst_id","staff_member_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_number_idx" ON "staff_members" USING btree ("gst_id","staff_number");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_cin_idx" ON "staff_members" USING btree ("gst_id","cin") WHERE "staff_members"."cin" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_members_user_idx" ON "staff_members" USING btree ("gst_id","user_id") WHERE "staff_members"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "staff_members_cadre_idx" ON "staff_members" USING btree ("gst_id","cadre");--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_kind_check" CHECK ("document_counters"."kind" in ('referral', 'teleexpertise', 'staff'));