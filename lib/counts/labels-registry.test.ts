import { describe, expect, it } from "vitest";
import { Label as PrismaLabel } from "@/lib/generated/prisma/enums";
import { LABELS } from "@/lib/labels";

describe("the label registry", () => {
  it("is exactly the database's Label enum, in order", () => {
    expect(Object.values(PrismaLabel)).toEqual([...LABELS]);
  });
});
