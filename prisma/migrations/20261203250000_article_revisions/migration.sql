-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rawText" TEXT NOT NULL,
    "rawInput" TEXT,
    "inputFormat" TEXT,
    "contentHash" TEXT NOT NULL,
    "capturedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");


-- Every article stored before revisions were kept gets its current text as revision 1, captured
-- when it was imported.
INSERT INTO "ArticleRevision" ("id", "articleId", "number", "rawText", "rawInput", "inputFormat", "contentHash", "capturedAt", "createdAt")
SELECT 'rev1_' || "id", "id", 1, "rawText", "rawInput", "inputFormat", "contentHash", "createdAt", "createdAt" FROM "Article";
