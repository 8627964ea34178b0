import { createHash } from "node:crypto";

/** sha256 of an article's text: the same content cannot be stored twice in one story. */
export function hashContent(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
