/**
 * Every action the audit log records, with the words the audit page and claim history show for
 * it ("<actor> imported an article"). writeAuditLog accepts only these names, so a new action
 * without words fails to compile. Entries written before an action was renamed still show their
 * raw name.
 */
export const AUDIT_ACTIONS = {
  "verdict.set": "set the verdict",
  "verdict.confirm": "confirmed the verdict",
  "verdict.undo": "undid a verdict",
  "annotation.create": "linked a span",
  "annotation.moved": "re-anchored a span after a re-import",
  "annotation.orphaned": "lost a span after a re-import (orphaned)",
  "note.add": "added a note",
  "claim.create": "created the claim",
  "claim.edit": "reworded the claim",
  "claim.dismiss": "dismissed as not a claim",
  "claim.restore": "restored a dismissed claim",
  "user.create": "created an account",
  "user.role": "changed a role",
  "user.disable": "disabled an account",
  "user.enable": "re-enabled an account",
  "user.password-change": "changed their password",
  "user.password-reset": "reset a password",
  "story.create": "created the story",
  "story.import": "imported articles from a story folder",
  "story.set-reference": "made another article the reference",
  "story.rename": "renamed the story",
  "story.delete": "deleted the story (its articles, verdicts and notes are kept in this entry)",
  "article.import": "imported an article",
  "article.rename": "renamed an article",
  "article.delete": "deleted an article (its text, verdicts and notes are kept in this entry)",
  "analysis.run": "ran the analysis",
  "review.bulk": "reviewed several items in one step",
  "assignment.set": "assigned a review",
  "assignment.status": "changed a review's status",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

/** An action in words; an unknown (older) name as it was stored. */
export function describeAuditAction(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : action;
}
