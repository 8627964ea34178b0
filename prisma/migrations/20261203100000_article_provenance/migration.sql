-- AlterTable
ALTER TABLE "Article" ADD COLUMN "capturedFrom" TEXT;
ALTER TABLE "Article" ADD COLUMN "sourceNotes" TEXT;

