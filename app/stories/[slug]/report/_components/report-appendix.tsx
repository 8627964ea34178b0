import { formatCount } from "@/lib/counts/count-units";
import type { ReportAppendix } from "@/lib/export/build-print-report";

/** The appendix: added material and omitted statements as dense lists (one line each), for completeness rather than reading. */
export function ReportAppendixView({
  appendix,
  baseUrl,
}: {
  appendix: ReportAppendix;
  baseUrl: string;
}) {
  const addedWordings = appendix.added.reduce(
    (sum, item) => sum + item.wordings.length,
    0,
  );
  return (
    <section
      aria-labelledby="report-appendix"
      className="ct-appendix grid gap-2 text-xs"
      data-testid="report-appendix"
    >
      <h2 id="report-appendix" className="text-lg font-semibold">
        Appendix: added and omitted
      </h2>
      <h3 className="text-sm font-semibold">
        Added ({formatCount(addedWordings, "wordings")} in{" "}
        {appendix.added.length}{" "}
        {appendix.added.length === 1 ? "claim" : "claims"}: new material with no
        counterpart in the reference, not credited to it)
      </h3>
      {appendix.added.length === 0 ? (
        <p>None.</p>
      ) : (
        <ol className="ct-dense list-decimal pl-5">
          {appendix.added.map(({ claim, wordings }) => (
            <li key={claim.id}>
              <a href={`${baseUrl}/claims/${claim.id}`} className="ct-quiet">
                “{claim.text}”
              </a>
              :{" "}
              {wordings
                .map((wording) =>
                  wording.text === claim.text
                    ? wording.outlet
                    : `${wording.outlet} (“${wording.text}”)`,
                )
                .join(", ")}
            </li>
          ))}
        </ol>
      )}
      <h3 className="text-sm font-semibold">
        Omitted ({appendix.omitted.length} reference{" "}
        {appendix.omitted.length === 1 ? "statement" : "statements"} left out by
        at least one outlet)
      </h3>
      {appendix.omitted.length === 0 ? (
        <p>None.</p>
      ) : (
        <ol className="ct-dense list-decimal pl-5">
          {appendix.omitted.map(({ claim, outlets }) => (
            <li key={claim.id}>
              “{claim.text}” — left out by {outlets.join(", ")}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
