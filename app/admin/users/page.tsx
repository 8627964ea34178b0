import type { Metadata } from "next";
import { ROLE_DESCRIPTIONS, ROLES } from "@/lib/auth/roles";
import { requireRole } from "@/lib/server/auth/require-role";
import { listUsers } from "@/lib/server/queries/list-users";
import { CreateUserForm } from "./_components/create-user-form";
import { UserRowActions } from "./_components/user-row-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireRole("admin", { next: "/admin/users" });
  const users = await listUsers();
  return (
    <section aria-labelledby="users-heading" className="grid gap-6">
      <div>
        <h1 id="users-heading" className="mb-1 text-2xl font-semibold">
          Users
        </h1>
        <ul className="text-sm text-stone-700">
          {ROLES.map((role) => (
            <li key={role}>
              <strong>{role}</strong>: {ROLE_DESCRIPTIONS[role]}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">New account</h2>
        <CreateUserForm />
      </div>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Accounts</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-2 pr-3">Account</th>
            <th scope="col" className="py-2 pr-3">Role</th>
            <th scope="col" className="py-2 pr-3">State</th>
            <th scope="col" className="py-2">Change</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-stone-200 align-top" data-testid="user-row">
              <td className="py-2 pr-3">
                {user.email}
                {user.name ? <span className="block text-stone-600">{user.name}</span> : null}
              </td>
              <td className="py-2 pr-3">{user.role}</td>
              <td className="py-2 pr-3">{user.disabledAt ? "disabled" : `active · ${user._count.sessions} ${user._count.sessions === 1 ? "session" : "sessions"}`}</td>
              <td className="py-2">
                <UserRowActions userId={user.id} email={user.email} role={user.role} isDisabled={user.disabledAt !== null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
