/**
 * What an editor mutation returns: success with its data, or a refusal a form can show. `status`
 * mirrors HTTP (403 the role is too weak, 404 unknown target, 409 someone else changed it first, 422 invalid input).
 */
export type EditResult<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; status: 403 | 404 | 409 | 422; message: string; fieldErrors?: Record<string, string[] | undefined> };

export function refuse(status: 403 | 404 | 409 | 422, message: string, fieldErrors?: Record<string, string[] | undefined>): EditResult<never> {
  return fieldErrors ? { ok: false, status, message, fieldErrors } : { ok: false, status, message };
}
