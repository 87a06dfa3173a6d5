CREATE TABLE "bed_availability" (
	"gst_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"beds_available" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bed_availability_gst_id_establishment_id_specialty_code_pk" PRIMARY KEY("gst_id","establishment_id","specialty_code"),
	CONSTRAINT "bed_availability_beds_check" CHECK ("bed_availability"."beds_available" >= 0)
);
--> statement-breakpoint
CREATE TABLE "consultation_closures" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"schedule_id" uuid,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_closures_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "consultation_closures_dates_check" CHECK ("consultation_closures"."to_date" >= "consultation_closures"."from_date")
);
--> statement-breakpoint
CREATE TABLE "consultation_schedules" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"slot_count" integer NOT NULL,
	"mode" text DEFAULT 'in_person' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_schedules_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "consultation_schedules_weekday_check" CHECK ("consultation_schedules"."weekday" between 1 and 7),
	CONSTRAINT "consultation_schedules_times_check" CHECK ("consultation_schedules"."end_time" > "consultation_schedules"."start_time"),
	CONSTRAINT "consultation_schedules_slots_check" CHECK ("consultation_schedules"."slot_count" between 1 and 200),
	CONSTRAINT "consultation_schedules_mode_check" CHECK ("consultation_schedules"."mode" in ('in_person', 'teleconsultation')),
	CONSTRAINT "consultation_schedules_validity_check" CHECK ("consultation_schedules"."valid_to" is null or "consultation_schedules"."valid_to" >= "consultation_schedules"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "pathway_destinations" (
	"gst_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"origin_establishment_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"destination_establishment_id" uuid NOT NULL,
	CONSTRAINT "pathway_destinations_gst_id_map_id_origin_establishment_id_rank_pk" PRIMARY KEY("gst_id","map_id","origin_establishment_id","rank"),
	CONSTRAINT "pathway_destinations_rank_check" CHECK ("pathway_destinations"."rank" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "pathway_maps" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"effective_from" date,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pathway_maps_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "pathway_maps_status_check" CHECK ("pathway_maps"."status" in ('draft', 'published')),
	CONSTRAINT "pathway_maps_published_check" CHECK (("pathway_maps"."status" = 'published') = ("pathway_maps"."effective_from" is not null and "pathway_maps"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "pathway_origins" (
	"gst_id" uuid NOT NULL,
	"map_id" uuid NOT NULL,
	"origin_establishment_id" uuid NOT NULL,
	"max_delay_routine_days" integer NOT NULL,
	"max_delay_urgent_days" integer NOT NULL,
	"max_delay_emergency_hours" integer NOT NULL,
	"teleexpertise_first" boolean DEFAULT false NOT NULL,
	"return_establishment_id" uuid,
	CONSTRAINT "pathway_origins_gst_id_map_id_origin_establishment_id_pk" PRIMARY KEY("gst_id","map_id","origin_establishment_id"),
	CONSTRAINT "pathway_origins_delays_check" CHECK ("pathway_origins"."max_delay_routine_days" > 0 and "pathway_origins"."max_delay_urgent_days" > 0 and "pathway_origins"."max_delay_emergency_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "service_directory_entries" (
	"gst_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"accepts_referrals" boolean DEFAULT true NOT NULL,
	"criteria" text,
	"notes" text,
	"direct_booking" boolean DEFAULT false NOT NULL,
	"offers_teleexpertise" boolean DEFAULT false NOT NULL,
	"offers_teleconsultation" boolean DEFAULT false NOT NULL,
	"head_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_directory_entries_gst_id_establishment_id_specialty_code_pk" PRIMARY KEY("gst_id","establishment_id","specialty_code")
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"referral_id" uuid,
	"teleexpertise_id" uuid,
	"patient_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"schedule_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	"slot_index" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"video_url" text,
	"status" text NOT NULL,
	"booked_by" uuid,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	CONSTRAINT "appointments_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "appointments_mode_check" CHECK ("appointments"."mode" in ('in_person', 'teleconsultation')),
	CONSTRAINT "appointments_status_check" CHECK ("appointments"."status" in ('booked', 'attended', 'no_show', 'cancelled')),
	CONSTRAINT "appointments_times_check" CHECK ("appointments"."ends_at" > "appointments"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "attachments_owner_kind_check" CHECK ("attachments"."owner_kind" in ('referral', 'teleexpertise')),
	CONSTRAINT "attachments_media_type_check" CHECK ("attachments"."media_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "attachments_size_check" CHECK ("attachments"."size_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "care_acts" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"author_user_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"patient_id" uuid,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"performed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_acts_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "care_acts_kind_check" CHECK ("care_acts"."kind" in ('teleexpertise_answer', 'teleconsultation', 'counter_referral'))
);
--> statement-breakpoint
CREATE TABLE "gst_holidays" (
	"gst_id" uuid NOT NULL,
	"day" date NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "gst_holidays_gst_id_day_pk" PRIMARY KEY("gst_id","day")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_gst_id_id_pk" PRIMARY KEY("gst_id","id")
);
--> statement-breakpoint
CREATE TABLE "referral_escalations" (
	"gst_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"timer" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_escalations_gst_id_referral_id_timer_pk" PRIMARY KEY("gst_id","referral_id","timer"),
	CONSTRAINT "referral_escalations_timer_check" CHECK ("referral_escalations"."timer" in ('accept', 'appointment', 'counter_referral'))
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"gst_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"establishment_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_events_gst_id_referral_id_sequence_pk" PRIMARY KEY("gst_id","referral_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "referral_timer_settings" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"urgency" text NOT NULL,
	"specialty_code" text,
	"accept_within" integer NOT NULL,
	"appointment_within" integer NOT NULL,
	"counter_referral_within" integer NOT NULL,
	"unit" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_timer_settings_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "referral_timer_settings_urgency_check" CHECK ("referral_timer_settings"."urgency" in ('routine', 'urgent', 'emergency')),
	CONSTRAINT "referral_timer_settings_unit_check" CHECK ("referral_timer_settings"."unit" in ('working_days', 'hours')),
	CONSTRAINT "referral_timer_settings_values_check" CHECK ("referral_timer_settings"."accept_within" > 0 and "referral_timer_settings"."appointment_within" > 0 and "referral_timer_settings"."counter_referral_within" > 0)
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"urgency" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"clinical_summary" text NOT NULL,
	"origin_establishment_id" uuid NOT NULL,
	"sender_user_id" uuid NOT NULL,
	"destination_establishment_id" uuid NOT NULL,
	"return_establishment_id" uuid NOT NULL,
	"pathway_map_id" uuid,
	"pathway_rank" integer,
	"off_pathway_justification" text,
	"source_teleexpertise_id" uuid,
	"appointment_id" uuid,
	"decline_reason" text,
	"decline_advice" text,
	"cancel_reason" text,
	"counter_referral" jsonb,
	"counter_referred_by" uuid,
	"accept_due_at" timestamp with time zone,
	"appointment_due_at" timestamp with time zone,
	"counter_referral_due_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"first_booked_at" timestamp with time zone,
	"attended_at" timestamp with time zone,
	"counter_referred_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"waitlisted_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "referrals_urgency_check" CHECK ("referrals"."urgency" in ('routine', 'urgent', 'emergency')),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('draft', 'sent', 'accepted', 'declined', 'waitlisted', 'booked', 'attended', 'no_show', 'counter_referred', 'closed', 'cancelled')),
	CONSTRAINT "referrals_pathway_check" CHECK ("referrals"."pathway_rank" is not null or "referrals"."off_pathway_justification" is not null or "referrals"."status" = 'draft')
);
--> statement-breakpoint
CREATE TABLE "teleexpertise_requests" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"requester_user_id" uuid NOT NULL,
	"origin_establishment_id" uuid NOT NULL,
	"destination_establishment_id" uuid NOT NULL,
	"question" text NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answer_kind" text,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"referral_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teleexpertise_requests_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "teleexpertise_status_check" CHECK ("teleexpertise_requests"."status" in ('open', 'answered', 'cancelled')),
	CONSTRAINT "teleexpertise_answer_kind_check" CHECK ("teleexpertise_requests"."answer_kind" is null or "teleexpertise_requests"."answer_kind" in ('advice', 'referral', 'teleconsultation')),
	CONSTRAINT "teleexpertise_answer_check" CHECK (("teleexpertise_requests"."status" = 'answered') = ("teleexpertise_requests"."answered_at" is not null and "teleexpertise_requests"."answer" is not null))
);
--> statement-breakpoint
ALTER TABLE "encounters" DROP CONSTRAINT "encounters_kind_check";--> statement-breakpoint
ALTER TABLE "bed_availability" ADD CONSTRAINT "bed_availability_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_availability" ADD CONSTRAINT "bed_availability_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_closures" ADD CONSTRAINT "consultation_closures_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_closures" ADD CONSTRAINT "consultation_closures_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_closures" ADD CONSTRAINT "consultation_closures_gst_id_schedule_id_consultation_schedules_gst_id_id_fk" FOREIGN KEY ("gst_id","schedule_id") REFERENCES "public"."consultation_schedules"("gst_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_schedules" ADD CONSTRAINT "consultation_schedules_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_schedules" ADD CONSTRAINT "consultation_schedules_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_destinations" ADD CONSTRAINT "pathway_destinations_gst_id_map_id_origin_establishment_id_pathway_origins_gst_id_map_id_origin_establishment_id_fk" FOREIGN KEY ("gst_id","map_id","origin_establishment_id") REFERENCES "public"."pathway_origins"("gst_id","map_id","origin_establishment_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_destinations" ADD CONSTRAINT "pathway_destinations_gst_id_destination_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","destination_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_maps" ADD CONSTRAINT "pathway_maps_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_maps" ADD CONSTRAINT "pathway_maps_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_origins" ADD CONSTRAINT "pathway_origins_gst_id_map_id_pathway_maps_gst_id_id_fk" FOREIGN KEY ("gst_id","map_id") REFERENCES "public"."pathway_maps"("gst_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_origins" ADD CONSTRAINT "pathway_origins_gst_id_origin_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","origin_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_origins" ADD CONSTRAINT "pathway_origins_gst_id_return_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","return_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_directory_entries" ADD CONSTRAINT "service_directory_entries_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_directory_entries" ADD CONSTRAINT "service_directory_entries_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_gst_id_patient_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","patient_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_gst_id_schedule_id_consultation_schedules_gst_id_id_fk" FOREIGN KEY ("gst_id","schedule_id") REFERENCES "public"."consultation_schedules"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_gst_id_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_acts" ADD CONSTRAINT "care_acts_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gst_holidays" ADD CONSTRAINT "gst_holidays_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_escalations" ADD CONSTRAINT "referral_escalations_gst_id_referral_id_referrals_gst_id_id_fk" FOREIGN KEY ("gst_id","referral_id") REFERENCES "public"."referrals"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_gst_id_referral_id_referrals_gst_id_id_fk" FOREIGN KEY ("gst_id","referral_id") REFERENCES "public"."referrals"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_timer_settings" ADD CONSTRAINT "referral_timer_settings_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_timer_settings" ADD CONSTRAINT "referral_timer_settings_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_gst_id_patient_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","patient_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_gst_id_origin_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","origin_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_gst_id_destination_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","destination_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_gst_id_return_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","return_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_gst_id_pathway_map_id_pathway_maps_gst_id_id_fk" FOREIGN KEY ("gst_id","pathway_map_id") REFERENCES "public"."pathway_maps"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teleexpertise_requests" ADD CONSTRAINT "teleexpertise_requests_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teleexpertise_requests" ADD CONSTRAINT "teleexpertise_requests_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teleexpertise_requests" ADD CONSTRAINT "teleexpertise_requests_gst_id_patient_id_patients_gst_id_id_fk" FOREIGN KEY ("gst_id","patient_id") REFERENCES "public"."patients"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teleexpertise_requests" ADD CONSTRAINT "teleexpertise_requests_gst_id_origin_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","origin_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teleexpertise_requests" ADD CONSTRAINT "teleexpertise_requests_gst_id_destination_establishment_id_establishments_gst_id_id_fk" FOREIGN KEY ("gst_id","destination_establishment_id") REFERENCES "public"."establishments"("gst_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_closures_service_idx" ON "consultation_closures" USING btree ("gst_id","establishment_id","specialty_code");--> statement-breakpoint
CREATE INDEX "consultation_schedules_service_idx" ON "consultation_schedules" USING btree ("gst_id","establishment_id","specialty_code");--> statement-breakpoint
CREATE UNIQUE INDEX "pathway_destinations_unique_idx" ON "pathway_destinations" USING btree ("gst_id","map_id","origin_establishment_id","destination_establishment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pathway_maps_version_idx" ON "pathway_maps" USING btree ("gst_id","specialty_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "pathway_maps_draft_idx" ON "pathway_maps" USING btree ("gst_id","specialty_code") WHERE "pathway_maps"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "service_directory_specialty_idx" ON "service_directory_entries" USING btree ("gst_id","specialty_code");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_slot_idx" ON "appointments" USING btree ("gst_id","schedule_id","session_date","slot_index") WHERE "appointments"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "appointments_service_idx" ON "appointments" USING btree ("gst_id","establishment_id","specialty_code","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_referral_idx" ON "appointments" USING btree ("gst_id","referral_id");--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("gst_id","owner_kind","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_acts_source_idx" ON "care_acts" USING btree ("gst_id","kind","source_id");--> statement-breakpoint
CREATE INDEX "care_acts_author_idx" ON "care_acts" USING btree ("gst_id","author_user_id","performed_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "referral_events_action_idx" ON "referral_events" USING btree ("gst_id","action","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_timer_settings_key_idx" ON "referral_timer_settings" USING btree ("gst_id","urgency",coalesce("specialty_code", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_number_idx" ON "referrals" USING btree ("gst_id","number");--> statement-breakpoint
CREATE INDEX "referrals_id_idx" ON "referrals" USING btree ("id");--> statement-breakpoint
CREATE INDEX "referrals_patient_idx" ON "referrals" USING btree ("gst_id","patient_id");--> statement-breakpoint
CREATE INDEX "referrals_origin_idx" ON "referrals" USING btree ("gst_id","origin_establishment_id","status");--> statement-breakpoint
CREATE INDEX "referrals_destination_idx" ON "referrals" USING btree ("gst_id","destination_establishment_id","status");--> statement-breakpoint
CREATE INDEX "referrals_sent_idx" ON "referrals" USING btree ("gst_id","specialty_code","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "teleexpertise_number_idx" ON "teleexpertise_requests" USING btree ("gst_id","number");--> statement-breakpoint
CREATE INDEX "teleexpertise_id_idx" ON "teleexpertise_requests" USING btree ("id");--> statement-breakpoint
CREATE INDEX "teleexpertise_destination_idx" ON "teleexpertise_requests" USING btree ("gst_id","destination_establishment_id","status");--> statement-breakpoint
CREATE INDEX "teleexpertise_origin_idx" ON "teleexpertise_requests" USING btree ("gst_id","origin_establishment_id","status");--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_kind_check" CHECK ("encounters"."kind" in ('consultation', 'emergency', 'hospital_stay', 'teleconsultation'));