CREATE TABLE "communes" (
	"code" text PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"region_code" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL,
	"type" text NOT NULL,
	"population_2024" integer NOT NULL,
	"population_2014" integer,
	"households_2024" integer NOT NULL,
	"area_km2" double precision,
	"lon" double precision,
	"lat" double precision,
	CONSTRAINT "communes_type_check" CHECK ("communes"."type" in ('urban', 'rural'))
);
--> statement-breakpoint
CREATE TABLE "equipment_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"parent_code" text,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL,
	"type" text NOT NULL,
	"population_2024" integer NOT NULL,
	"households_2024" integer NOT NULL,
	"commune_count" integer NOT NULL,
	CONSTRAINT "provinces_type_check" CHECK ("provinces"."type" in ('province', 'prefecture', 'prefecture_of_arrondissements'))
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL,
	"population_2024" integer NOT NULL,
	"households_2024" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "specialties" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gsts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"region_code" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL,
	"is_pilot" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"operational_since" date,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gsts_code_unique" UNIQUE("code"),
	CONSTRAINT "gsts_region_code_unique" UNIQUE("region_code"),
	CONSTRAINT "gsts_status_check" CHECK ("gsts"."status" in ('planned', 'operational'))
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_level" text NOT NULL,
	"gst_id" uuid,
	"province_code" text,
	"establishment_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_assignments_role_check" CHECK ("role_assignments"."role" in ('national_admin', 'gst_director', 'gst_admin', 'establishment_admin', 'physician', 'nurse', 'secretary', 'hr_officer', 'finance_officer', 'analyst')),
	CONSTRAINT "role_assignments_scope_check" CHECK ("role_assignments"."scope_level" in ('national', 'gst', 'province', 'establishment')),
	CONSTRAINT "role_assignments_scope_ids_check" CHECK (("role_assignments"."scope_level" = 'national') = ("role_assignments"."gst_id" is null)
        and ("role_assignments"."scope_level" = 'province') = ("role_assignments"."province_code" is not null)
        and ("role_assignments"."scope_level" = 'establishment') = ("role_assignments"."establishment_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"home_gst_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('fr', 'ar', 'en'))
);
--> statement-breakpoint
CREATE TABLE "establishment_changes" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "establishment_changes_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "establishment_changes_action_check" CHECK ("establishment_changes"."action" in ('created', 'updated', 'closed', 'reopened', 'imported'))
);
--> statement-breakpoint
CREATE TABLE "establishment_equipment" (
	"gst_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"equipment_code" text NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "establishment_equipment_gst_id_establishment_id_equipment_code_pk" PRIMARY KEY("gst_id","establishment_id","equipment_code"),
	CONSTRAINT "establishment_equipment_quantity_check" CHECK ("establishment_equipment"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "establishment_services" (
	"gst_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"beds" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "establishment_services_gst_id_establishment_id_specialty_code_pk" PRIMARY KEY("gst_id","establishment_id","specialty_code"),
	CONSTRAINT "establishment_services_beds_check" CHECK ("establishment_services"."beds" >= 0)
);
--> statement-breakpoint
CREATE TABLE "establishments" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text,
	"search_text" text NOT NULL,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"address" text,
	"phone" text,
	"status" text NOT NULL,
	"opening_hours" text,
	"total_beds" integer DEFAULT 0 NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"osm_id" text,
	"closed_on" date,
	"closure_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "establishments_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "establishments_type_check" CHECK ("establishments"."type" in ('DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2', 'UMP', 'HP', 'CHP', 'CHR', 'CHU', 'HS', 'CPC')),
	CONSTRAINT "establishments_level_check" CHECK ("establishments"."level" in ('primary', 'secondary', 'tertiary')),
	CONSTRAINT "establishments_status_check" CHECK ("establishments"."status" in ('active', 'planned', 'closed')),
	CONSTRAINT "establishments_closed_check" CHECK (("establishments"."status" = 'closed') = ("establishments"."closed_on" is not null)),
	CONSTRAINT "establishments_coordinates_check" CHECK ("establishments"."lon" between -17.2 and -0.9 and "establishments"."lat" between 20.7 and 36.0)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"actor_establishment_id" uuid,
	"gst_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"patient_id" text,
	"purpose" text,
	"outcome" text NOT NULL,
	"request_id" text,
	"ip" text,
	"details" jsonb,
	CONSTRAINT "audit_events_outcome_check" CHECK ("audit_events"."outcome" in ('success', 'denied', 'failure'))
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"file_name" text NOT NULL,
	"content" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "import_jobs_status_check" CHECK ("import_jobs"."status" in ('queued', 'running', 'succeeded', 'failed')),
	CONSTRAINT "import_jobs_kind_check" CHECK ("import_jobs"."kind" in ('establishments'))
);
--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provinces" ADD CONSTRAINT "provinces_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gsts" ADD CONSTRAINT "gsts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_home_gst_id_gsts_id_fk" FOREIGN KEY ("home_gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_changes" ADD CONSTRAINT "establishment_changes_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_equipment" ADD CONSTRAINT "establishment_equipment_equipment_code_equipment_types_code_fk" FOREIGN KEY ("equipment_code") REFERENCES "public"."equipment_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_equipment" ADD CONSTRAINT "establishment_equipment_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_services" ADD CONSTRAINT "establishment_services_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_services" ADD CONSTRAINT "establishment_services_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_province_code_idx" ON "communes" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "provinces_region_code_idx" ON "provinces" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "login_attempts_username_idx" ON "login_attempts" USING btree ("username","attempted_at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","attempted_at");--> statement-breakpoint
CREATE INDEX "role_assignments_user_id_idx" ON "role_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_home_gst_id_idx" ON "users" USING btree ("home_gst_id");--> statement-breakpoint
CREATE UNIQUE INDEX "establishment_changes_version_idx" ON "establishment_changes" USING btree ("gst_id","establishment_id","version");--> statement-breakpoint
CREATE INDEX "establishment_services_specialty_idx" ON "establishment_services" USING btree ("gst_id","specialty_code");--> statement-breakpoint
CREATE UNIQUE INDEX "establishments_gst_code_idx" ON "establishments" USING btree ("gst_id","code");--> statement-breakpoint
CREATE INDEX "establishments_gst_province_idx" ON "establishments" USING btree ("gst_id","province_code");--> statement-breakpoint
CREATE INDEX "audit_events_gst_time_idx" ON "audit_events" USING btree ("gst_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","occurred_at");