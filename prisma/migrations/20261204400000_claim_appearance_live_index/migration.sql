-- CreateIndex
CREATE INDEX "ClaimAppearance_claimId_live_idx" ON "ClaimAppearance"("claimId", "isStale", "articleId", "editorLabel", "machineLabel");

