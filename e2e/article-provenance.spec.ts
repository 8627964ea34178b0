import { expect, test } from "@playwright/test";
import { readDb } from "./accounts";

test("the reference's page says where its text came from: a republication lacking the Reuters lead", async ({ page, request }) => {
  const { id } = readDb<{ id: string }>(`SELECT a."id" FROM "Article" a JOIN "Story" s ON s."referenceArticleId" = a."id" WHERE s."slug" = ?`, "abraham-accords-expansion");
  await page.goto(`/articles/${id}`);
  const provenance = page.getByRole("complementary", { name: "Where this text came from" });
  await expect(provenance).toContainText("This copy lacks the Reuters lead paragraph");
  await expect(provenance.getByRole("link", { name: /daily8\.com/ })).toHaveAttribute("href", "https://www.daily8.com/en/article/7fe88b63d7bed1b1a353596bf32ad678");

  const json = await (await request.get("/api/stories/abraham-accords-expansion/export?format=json")).json();
  expect(json.reference).toMatchObject({ capturedFrom: "https://www.daily8.com/en/article/7fe88b63d7bed1b1a353596bf32ad678", sourceNotes: expect.stringContaining("lacks the Reuters lead") });
});
