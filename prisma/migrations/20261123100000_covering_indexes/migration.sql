-- Covering index for per-claim verdict aggregates. IF NOT EXISTS: databases created before this
-- migration already hold it (the search bootstrap used to create it).
CREATE INDEX IF NOT EXISTS "ClaimAppearance_claimId_verdict_idx" ON "ClaimAppearance"("claimId", "articleId", "editorLabel", "machineLabel", "isReviewed");

-- Label totals per article without reading sentence rows.
CREATE INDEX "Sentence_articleId_label_idx" ON "Sentence"("articleId", "label");
