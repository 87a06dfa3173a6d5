CREATE TABLE "approval_delegations" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"approver_user_id" uuid NOT NULL,
	"delegate_user_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"request_types" jsonb,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "approval_delegations_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "approval_delegations_dates_check" CHECK ("approval_delegations"."valid_to" >= "approval_delegations"."valid_from"),
	CONSTRAINT "approval_delegations_self_check" CHECK ("approval_delegations"."delegate_user_id" <> "approval_delegations"."approver_user_id")
);
--> statement-breakpoint
CREATE TABLE "approval_events" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"step_index" integer,
	"actor_user_id" uuid NOT NULL,
	"on_behalf_of_user_id" uuid,
	"comment" text,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "approval_events_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "approval_events_action_check" CHECK ("approval_events"."action" in ('create', 'edit', 'submit', 'approve', 'reject', 'return', 'withdraw', 'comment'))
);
--> statement-breakpoint
CREATE TABLE "approval_requests" (
	"gst_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"subject" jsonb NOT NULL,
	"requester_user_id" uuid NOT NULL,
	"concerned_user_id" uuid,
	"origin_establishment_id" uuid NOT NULL,
	"destination_establishment_id" uuid,
	"amount" numeric(14, 2),
	"duration_days" integer,
	"status" text NOT NULL,
	"current_step" integer,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"outcome" jsonb,
	"overdue_flagged_step" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_requests_gst_id_id_pk" PRIMARY KEY("gst_id","id"),
	CONSTRAINT "approval_requests_status_check" CHECK ("approval_requests"."status" in ('draft', 'pending', 'returned', 'approved', 'rejected', 'withdrawn')),
	CONSTRAINT "approval_requests_version_check" CHECK ("approval_requests"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "approval_type_configs" (
	"gst_id" uuid NOT NULL,
	"type" text NOT NULL,
	"chains" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_type_configs_gst_id_type_pk" PRIMARY KEY("gst_id","type")
);
--> statement-breakpoint
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_owner_kind_check";--> statement-breakpoint
ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_type_configs" ADD CONSTRAINT "approval_type_configs_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_delegations_delegate_idx" ON "approval_delegations" USING btree ("delegate_user_id","valid_to");--> statement-breakpoint
CREATE INDEX "approval_delegations_approver_idx" ON "approval_delegations" USING btree ("approver_user_id","valid_to");--> statement-breakpoint
CREATE INDEX "approval_events_request_idx" ON "approval_events" USING btree ("gst_id","request_id","occurred_at");--> statement-breakpoint
CREATE INDEX "approval_events_actor_idx" ON "approval_events" USING btree ("actor_user_id","action");--> statement-breakpoint
CREATE INDEX "approval_requests_status_idx" ON "approval_requests" USING btree ("gst_id","status","type");--> statement-breakpoint
CREATE INDEX "approval_requests_requester_idx" ON "approval_requests" USING btree ("requester_user_id");--> statement-breakpoint
CREATE INDEX "approval_requests_concerned_idx" ON "approval_requests" USING btree ("concerned_user_id");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_owner_kind_check" CHECK ("attachments"."owner_kind" in ('referral', 'teleexpertise', 'approval_request'));