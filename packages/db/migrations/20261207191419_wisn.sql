CREATE TABLE "wisn_standards" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"establishment_type" text NOT NULL,
	"cadre" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"standard" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wisn_standards_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "wisn_standards_version_check" CHECK ("wisn_standards"."version" > 0),
	CONSTRAINT "wisn_standards_cadre_check" CHECK ("wisn_standards"."cadre" in ('general_practitioner', 'specialist', 'pharmacist', 'dentist', 'polyvalent_nurse',
        'specialised_nurse', 'midwife', 'health_technician', 'administrative', 'technical'))
);
--> statement-breakpoint
CREATE TABLE "wisn_workload_entries" (
	"gst_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"activity_code" text NOT NULL,
	"annual_workload" numeric(14, 2) NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wisn_workload_entries_gst_id_establishment_id_year_activity_code_pk" PRIMARY KEY("gst_id","establishment_id","year","activity_code"),
	CONSTRAINT "wisn_workload_entries_year_check" CHECK ("wisn_workload_entries"."year" between 2000 and 2100),
	CONSTRAINT "wisn_workload_entries_workload_check" CHECK ("wisn_workload_entries"."annual_workload" >= 0)
);
--> statement-breakpoint
ALTER TABLE "wisn_standards" ADD CONSTRAINT "wisn_standards_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wisn_workload_entries" ADD CONSTRAINT "wisn_workload_entries_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wisn_standards_version_idx" ON "wisn_standards" USING btree ("gst_id","establishment_type","cadre","version");