import type { InputProblem } from "@/lib/server/api/describe-input-error";

/** Why an import or a form was refused: every problem, each naming the article and field. */
export function ProblemList({ problems, title = "Nothing was saved. Fix these and submit again:" }: { problems: readonly InputProblem[]; title?: string }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
