import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, describeAuditAction } from "./audit-actions";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe("the audit action registry", () => {
  it("words every action, the import's and the reference change's included", () => {
    expect(describeAuditAction("article.import")).toBe("imported an article");
    expect(describeAuditAction("story.set-reference")).toBe("made another article the reference");
    for (const [action, words] of Object.entries(AUDIT_ACTIONS)) expect(describeAuditAction(action), action).toBe(words);
    expect(describeAuditAction("story.merge")).toBe("story.merge"); // an old entry keeps its raw name
  });

  it("holds every action name the code writes", () => {
    const written = sourceFiles(path.join(ROOT, "lib")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/action: "([a-z-]+\.[a-z-]+)"/g)].map((match) => match[1]!));
    expect(written.length).toBeGreaterThan(5);
    for (const action of written) expect(Object.keys(AUDIT_ACTIONS), action).toContain(action);
  });
});
