CREATE TABLE "break_glass_accesses" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"establishment_id" uuid,
	"reason_code" text NOT NULL,
	"reason_text" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	CONSTRAINT "break_glass_accesses_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "break_glass_accesses_reason_check" CHECK ("break_glass_accesses"."reason_code" in ('emergency', 'unconscious_patient', 'continuity_of_care', 'other')),
	CONSTRAINT "break_glass_accesses_review_check" CHECK ("break_glass_accesses"."review_status" in ('pending', 'justified', 'unjustified'))
);
--> statement-breakpoint
CREATE TABLE "deduplication_runs" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"scope" text NOT NULL,
	"import_job_id" uuid,
	"status" text NOT NULL,
	"phase" text NOT NULL,
	"cursor" text,
	"keys_total" integer DEFAULT 0 NOT NULL,
	"keys_done" integer DEFAULT 0 NOT NULL,
	"candidate_pairs" integer DEFAULT 0 NOT NULL,
	"comparisons" integer DEFAULT 0 NOT NULL,
	"auto_merged" integer DEFAULT 0 NOT NULL,
	"sent_to_review" integer DEFAULT 0 NOT NULL,
	"model_version" integer,
	"link_threshold" double precision,
	"review_threshold" double precision,
	"error" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "deduplication_runs_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "deduplication_runs_scope_check" CHECK ("deduplication_runs"."scope" in ('index', 'import')),
	CONSTRAINT "deduplication_runs_status_check" CHECK ("deduplication_runs"."status" in ('queued', 'running', 'succeeded', 'failed')),
	CONSTRAINT "deduplication_runs_phase_check" CHECK ("deduplication_runs"."phase" in ('training', 'scoring', 'clustering', 'done'))
);
--> statement-breakpoint
CREATE TABLE "encounters" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"practitioner_name" text,
	"reason" text,
	"icd10_code" text,
	"outcome" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encounters_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "encounters_kind_check" CHECK ("encounters"."kind" in ('consultation', 'emergency', 'hospital_stay')),
	CONSTRAINT "encounters_dates_check" CHECK ("encounters"."ended_at" is null or "encounters"."ended_at" >= "encounters"."started_at"),
	CONSTRAINT "encounters_outcome_check" CHECK ("encounters"."outcome" is null or "encounters"."outcome" in ('home', 'follow_up', 'referred', 'transferred', 'admitted', 'left_against_advice', 'deceased'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status_code" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "match_candidates" (
	"gst_id" uuid NOT NULL,
	"patient_a_id" uuid NOT NULL,
	"patient_b_id" uuid NOT NULL,
	"probability" double precision NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"run_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "match_candidates_gst_id_patient_a_id_patient_b_id_pk" PRIMARY KEY("gst_id","patient_a_id","patient_b_id"),
	CONSTRAINT "match_candidates_order_check" CHECK ("match_candidates"."patient_a_id" < "match_candidates"."patient_b_id"),
	CONSTRAINT "match_candidates_status_check" CHECK ("match_candidates"."status" in ('pending', 'merged', 'auto_merged', 'not_duplicate', 'superseded')),
	CONSTRAINT "match_candidates_source_check" CHECK ("match_candidates"."source" in ('registration', 'batch', 'import'))
);
--> statement-breakpoint
CREATE TABLE "match_models" (
	"gst_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"model" jsonb NOT NULL,
	"trained_on" integer NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_models_gst_id_version_pk" PRIMARY KEY("gst_id","version"),
	CONSTRAINT "match_models_source_check" CHECK ("match_models"."source" in ('index', 'bootstrap'))
);
--> statement-breakpoint
CREATE TABLE "patient_match_keys" (
	"gst_id" uuid NOT NULL,
	"key" text NOT NULL,
	"patient_id" uuid NOT NULL,
	CONSTRAINT "patient_match_keys_gst_id_key_patient_id_pk" PRIMARY KEY("gst_id","key","patient_id")
);
--> statement-breakpoint
CREATE TABLE "patient_merges" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"survivor_changes" jsonb NOT NULL,
	"automatic" boolean DEFAULT false NOT NULL,
	"run_id" uuid,
	"probability" double precision,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone,
	CONSTRAINT "patient_merges_gst_id_id_pk" PRIMARY KEY("gst_id","id")
);
--> statement-breakpoint
CREATE TABLE "patient_registrations" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"local_id" text,
	"registered_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_registrations_gst_id_id_pk" PRIMARY KEY("gst_id","id")
);
--> statement-breakpoint
CREATE TABLE "patient_versions" (
	"gst_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"state" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_versions_gst_id_patient_id_version_pk" PRIMARY KEY("gst_id","patient_id","version"),
	CONSTRAINT "patient_versions_action_check" CHECK ("patient_versions"."action" in ('created', 'updated', 'imported', 'merged', 'merged_into', 'unmerged', 'restored'))
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"regional_id" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into_id" uuid,
	"given_name_latin" text,
	"family_name_latin" text,
	"given_name_arabic" text,
	"family_name_arabic" text,
	"father_given_name" text,
	"sex" text NOT NULL,
	"birth_date" date,
	"birth_date_precision" text,
	"cin" text,
	"amo_scheme" text NOT NULL,
	"amo_number" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"commune_code" text,
	"address" text,
	"reference_establishment_id" uuid,
	"vital_status" text DEFAULT 'alive' NOT NULL,
	"death_date" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "patients_status_check" CHECK ("patients"."status" in ('active', 'merged')),
	CONSTRAINT "patients_merged_check" CHECK (("patients"."status" = 'merged') = ("patients"."merged_into_id" is not null)),
	CONSTRAINT "patients_sex_check" CHECK ("patients"."sex" in ('female', 'male', 'unknown')),
	CONSTRAINT "patients_birth_date_precision_check" CHECK (("patients"."birth_date" is null and "patients"."birth_date_precision" is null) or ("patients"."birth_date" is not null and "patients"."birth_date_precision" in ('day', 'month', 'year'))),
	CONSTRAINT "patients_amo_scheme_check" CHECK ("patients"."amo_scheme" in ('cnss', 'cnops', 'amo_tadamon', 'amo_tns', 'amo_achamil', 'none', 'unknown')),
	CONSTRAINT "patients_vital_status_check" CHECK ("patients"."vital_status" in ('alive', 'deceased')),
	CONSTRAINT "patients_death_date_check" CHECK ("patients"."death_date" is null or "patients"."vital_status" = 'deceased'),
	CONSTRAINT "patients_name_check" CHECK (coalesce("patients"."given_name_latin", "patients"."family_name_latin", "patients"."given_name_arabic", "patients"."family_name_arabic") is not null)
);
--> statement-breakpoint
ALTER TABLE "role_assignments" DROP CONSTRAINT "role_assignments_role_check";--> statement-breakpoint
ALTER TABLE "import_jobs" DROP CONSTRAINT "import_jobs_kind_check";--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "establishment_id" uuid;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "mapping" jsonb;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "outcomes" jsonb;--> statement-breakpoint
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_gst_id_patient_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","patient_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deduplication_runs" ADD CONSTRAINT "deduplication_runs_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_gst_id_patient_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","patient_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_models" ADD CONSTRAINT "match_models_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_merges" ADD CONSTRAINT "patient_merges_gst_id_survivor_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","survivor_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_merges" ADD CONSTRAINT "patient_merges_gst_id_merged_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","merged_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_registrations" ADD CONSTRAINT "patient_registrations_gst_id_patient_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","patient_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_registrations" ADD CONSTRAINT "patient_registrations_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_versions" ADD CONSTRAINT "patient_versions_gst_id_patient_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","patient_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_gst_id_reference_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","reference_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_accesses_user_idx" ON "break_glass_accesses" USING btree ("gst_id","user_id","patient_id","expires_at");--> statement-breakpoint
CREATE INDEX "break_glass_accesses_review_idx" ON "break_glass_accesses" USING btree ("gst_id","review_status","started_at");--> statement-breakpoint
CREATE INDEX "encounters_patient_idx" ON "encounters" USING btree ("gst_id","patient_id","started_at");--> statement-breakpoint
CREATE INDEX "encounters_establishment_idx" ON "encounters" USING btree ("gst_id","establishment_id","started_at");--> statement-breakpoint
CREATE INDEX "match_candidates_status_idx" ON "match_candidates" USING btree ("gst_id","status","probability");--> statement-breakpoint
CREATE INDEX "match_candidates_b_idx" ON "match_candidates" USING btree ("gst_id","patient_b_id");--> statement-breakpoint
CREATE INDEX "patient_match_keys_patient_idx" ON "patient_match_keys" USING btree ("gst_id","patient_id");--> statement-breakpoint
CREATE INDEX "patient_merges_survivor_idx" ON "patient_merges" USING btree ("gst_id","survivor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "patient_merges_open_idx" ON "patient_merges" USING btree ("gst_id","merged_id") WHERE "patient_merges"."undone_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "patient_registrations_local_id_idx" ON "patient_registrations" USING btree ("gst_id","establishment_id","local_id") WHERE "patient_registrations"."local_id" is not null;--> statement-breakpoint
CREATE INDEX "patient_registrations_patient_idx" ON "patient_registrations" USING btree ("gst_id","patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "patients_regional_id_idx" ON "patients" USING btree ("gst_id","regional_id");--> statement-breakpoint
CREATE INDEX "patients_merged_into_idx" ON "patients" USING btree ("gst_id","merged_into_id") WHERE "patients"."merged_into_id" is not null;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_role_check" CHECK ("role_assignments"."role" in ('national_admin', 'gst_director', 'gst_admin', 'establishment_admin', 'physician', 'nurse', 'secretary', 'hr_officer', 'finance_officer', 'analyst', 'data_protection_officer'));--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_kind_check" CHECK ("import_jobs"."kind" in ('establishments', 'patients'));