-- AlterTable
ALTER TABLE "Article" ADD COLUMN "newDetailSightings" JSONB;

-- AlterTable
ALTER TABLE "Story" ADD COLUMN "analyzedReferenceId" TEXT;
ALTER TABLE "Story" ADD COLUMN "engineVersion" TEXT;
