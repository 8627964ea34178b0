"use server";

import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { createJobQueue } from "@/lib/pipeline/jobs/create-job-queue";
import { setStoryReference } from "@/lib/pipeline/set-story-reference";
import { describeInputError } from "@/lib/server/api/describe-input-error";
import { requireRole } from "@/lib/server/auth/require-role";
import { wakeJobRunner } from "@/lib/server/jobs/wake-job-runner";
import type { FormState } from "./form-state";

/**
 * "Make reference" on the story page, after its confirmation step (editors only): queues the job
 * that makes the article the reference and re-analyses the story (on PostgreSQL handed to pg-boss),
 * wakes this process's job runner when it runs jobs itself on SQLite, and returns to the story
 * page, which shows the job's progress until the new analysis is in.
 */
export async function setReferenceAction(_previous: FormState, form: FormData): Promise<FormState> {
  // The role check comes before any use of the input (a forged call may send anything).
  const slug = form instanceof FormData ? String(form.get("slug") ?? "") : "";
  const user = await requireRole("editor", { next: `/stories/${slug}` });
  try {
    await setStoryReference(db, slug, String(form.get("articleId") ?? ""), { actorId: user.id, isQueuedOnly: true, queue: await createJobQueue(db) });
    wakeJobRunner();
  } catch (error) {
    const problems = describeInputError(error);
    if (!problems) throw error;
    return { problems };
  }
  redirect(`/stories/${slug}`);
}
