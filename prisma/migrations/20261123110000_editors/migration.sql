-- DropIndex
DROP INDEX "ClaimAppearance_claimId_articleId_start_end_key";

