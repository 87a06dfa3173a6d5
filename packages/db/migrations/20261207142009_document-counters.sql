CREATE TABLE "document_counters" (
	"gst_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "document_counters_gst_id_kind_year_pk" PRIMARY KEY("gst_id","kind","year"),
	CONSTRAINT "document_counters_kind_check" CHECK ("document_counters"."kind" in ('referral', 'teleexpertise'))
);
--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_gst_id_gsts_id_fk" FOREIGN KEY ("gst_id") REFERENCES "public"."gsts"("id") ON DELETE no action ON UPDATE no action;