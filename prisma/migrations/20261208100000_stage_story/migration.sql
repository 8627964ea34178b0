-- AlterTable
ALTER TABLE "Story" ADD COLUMN "stagedForId" TEXT;

-- CreateIndex
CREATE INDEX "Story_stagedForId_idx" ON "Story"("stagedForId");

