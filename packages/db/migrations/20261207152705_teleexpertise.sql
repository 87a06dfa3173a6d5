CREATE TABLE "teleconsultation_reports" (
	"gst_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"teleexpertise_id" uuid NOT NULL,
	"encounter_id" uuid NOT NULL,
	"findings" text NOT NULL,
	"diagnosis" text,
	"icd10_code" text,
	"recommendations" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teleconsultation_reports_gst_id_appointment_id_pk" PRIMARY KEY("gst_id","appointment_id")
);
--> statement-breakpoint
CREATE TABLE "teleexpertise_escalations" (
	"gst_id" uuid NOT NULL,
	"teleexpertise_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teleexpertise_escalations_gst_id_teleexpertise_id_pk" PRIMARY KEY("gst_id","teleexpertise_id"),
	CONSTRAINT "teleexpertise_escalations_due_check" CHECK ("teleexpertise_escalations"."escalated_at" >= "teleexpertise_escalations"."due_at")
);
--> statement-breakpoint
ALTER TABLE "teleconsultation_reports" ADD CONSTRAINT "teleconsultation_reports_gst_id_teleexpertise_id_teleexpertise_requests_gst_id_id_fk" FOREIGN KEY ("gst_id","teleexpertise_id") REFERENCES "public"."teleexpertise_requests"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teleexpertise_escalations" ADD CONSTRAINT "teleexpertise_escalations_gst_id_teleexpertise_id_teleexpertise_requests_gst_id_id_fk" FOREIGN KEY ("gst_id","teleexpertise_id") REFERENCES "public"."teleexpertise_requests"("gst_id","id") ON DELETE no action ON UPDATE no action;