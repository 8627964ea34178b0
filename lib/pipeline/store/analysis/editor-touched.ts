import type { Prisma } from "@/lib/generated/prisma/client";

/** What makes an appearance an editor's: reviewed, hand-linked, overridden or annotated. Never deleted by an analysis. */
export const EDITOR_TOUCHED = {
  OR: [{ isReviewed: true }, { foundBy: "editor" as const }, { editorLabel: { not: null } }, { notes: { some: {} } }],
} satisfies Prisma.ClaimAppearanceWhereInput;
