"use server";

import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { setStoryReference } from "@/lib/pipeline/set-story-reference";
import { describeInputError } from "@/lib/server/api/describe-input-error";
import { requireRole } from "@/lib/server/auth/require-role";
import type { FormState } from "./form-state";

/** "Make reference" on the story page: the article becomes the reference and the story is re-analysed (editors only). */
export async function setReferenceAction(_previous: FormState, form: FormData): Promise<FormState> {
  // The role check comes before any use of the input (a forged call may send anything).
  const slug = form instanceof FormData ? String(form.get("slug") ?? "") : "";
  const user = await requireRole("editor", { next: `/stories/${slug}` });
  try {
    await setStoryReference(db, slug, String(form.get("articleId") ?? ""), { actorId: user.id });
  } catch (error) {
    const problems = describeInputError(error);
    if (!problems) throw error;
    return { problems };
  }
  redirect(`/stories/${slug}`);
}
