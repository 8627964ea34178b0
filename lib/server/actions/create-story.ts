"use server";

import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { createStory } from "@/lib/pipeline/create-story";
import { describeInputError } from "@/lib/server/api/describe-input-error";
import { requireRole } from "@/lib/server/auth/require-role";
import type { FormState } from "./form-state";

/** The new-story form: creates the story (editors only) and opens its add-articles page. */
export async function createStoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole("editor", { next: "/stories/new" });
  let slug: string;
  try {
    ({ slug } = await createStory(db, { title: String(form.get("title") ?? ""), slug: String(form.get("slug") ?? "") }, { actorId: user.id }));
  } catch (error) {
    const problems = describeInputError(error);
    if (!problems) throw error;
    return { problems };
  }
  redirect(`/stories/${slug}/articles/new`);
}
