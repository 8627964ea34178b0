"use server";

import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { summarizeImportOutcome } from "@/lib/pipeline/describe-import-outcome";
import { importArticles } from "@/lib/pipeline/import-articles";
import { describeInputError } from "@/lib/server/api/describe-input-error";
import { requireRole } from "@/lib/server/auth/require-role";
import { readImportForm, STORY_FIELD } from "@/lib/validation/import-form";
import { slugSchema } from "@/lib/validation/story-manifest";
import type { FormState } from "./form-state";

/**
 * The add-articles form without JavaScript (with it, the form posts to the streaming API route to
 * show progress): imports the articles (editors only) and opens the story's matrix — or, when some
 * were unchanged re-imports (no new revision), stays on the form and says so.
 */
export async function addArticlesAction(_previous: FormState, form: FormData): Promise<FormState> {
  // The role first, whatever was posted: a forged call without a form is sent to sign-in, not a 500.
  const parsed = slugSchema.safeParse(form instanceof FormData ? form.get(STORY_FIELD) : undefined);
  const user = await requireRole("editor", { next: parsed.success ? `/stories/${parsed.data}/articles/new` : "/" });
  if (!parsed.success) return { problems: [{ where: "import", field: STORY_FIELD, message: "import › storySlug: the form names no story; open Add articles from the story's page" }] };
  const slug = parsed.data;
  try {
    const result = await importArticles(db, { ...(await readImportForm(form, slug)), actorId: user.id });
    const { unchangedMessage } = summarizeImportOutcome(result.articles);
    if (unchangedMessage) return { problems: [], notice: unchangedMessage };
  } catch (error) {
    const problems = describeInputError(error);
    if (!problems) throw error;
    return { problems };
  }
  redirect(`/stories/${slug}`);
}
