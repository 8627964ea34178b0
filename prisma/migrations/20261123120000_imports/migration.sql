-- AlterTable
ALTER TABLE "Article" ADD COLUMN "inputFormat" TEXT;
ALTER TABLE "Article" ADD COLUMN "rawInput" TEXT;

