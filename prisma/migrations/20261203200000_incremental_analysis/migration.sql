-- AlterTable
ALTER TABLE "Article" ADD COLUMN "newDetailSightings" JSONB;

-- AlterTable
ALTER TABLE "Story" ADD COLUMN "analyzedReferenceId" TEXT;
ALTER TABLE "Story" ADD COLUMN "engineVersion" TEXT;

-- CreateIndex
CREATE INDEX "Claim_referenceSentenceId_idx" ON "Claim"("referenceSentenceId");

-- CreateIndex
CREATE INDEX "ClaimAppearance_sentenceId_idx" ON "ClaimAppearance"("sentenceId");

