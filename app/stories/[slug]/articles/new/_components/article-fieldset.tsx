import { inputClass, labelClass, secondaryButton } from "@/app/_components/form-styles";
import { articleFieldName, REFERENCE_FIELD, type ArticleField } from "@/lib/validation/import-form";

export const ACCEPTED_FILES = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/**
 * One article of the add-articles form: its text (pasted, in a chosen format) or a file, the outlet
 * (a known one from the list, or a new name with its kind), and the publication facts. `file` is a
 * file picked with "Upload files…", sent by the form's submit handler.
 */
export function ArticleFieldset({ index, file, kinds, isReferenceDefault, onRemove }: { index: number; file: File | null; kinds: readonly string[]; isReferenceDefault: boolean; onRemove: (() => void) | null }) {
  const id = (field: ArticleField) => `article-${index}-${field}`;
  const name = (field: ArticleField) => articleFieldName(index, field);
  return (
    <fieldset className="grid gap-3 rounded-lg border border-stone-300 bg-white p-4" data-testid="article-fieldset">
      <legend className="px-1 font-semibold">Article {index + 1}</legend>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="radio" name={REFERENCE_FIELD} value={index} defaultChecked={isReferenceDefault} /> Reference report (the origin the others are compared with)
        </label>
        {onRemove ? (
          <button type="button" className={secondaryButton} onClick={onRemove}>
            Remove article {index + 1}
          </button>
        ) : null}
      </div>

      {file ? (
        <p className="text-sm">
          File: <strong>{file.name}</strong> ({Math.max(1, Math.round(file.size / 1024))} kB)
        </p>
      ) : (
        <>
          <div>
            <label htmlFor={id("text")} className={labelClass}>
              Text of article {index + 1}
            </label>
            <textarea id={id("text")} name={name("text")} rows={6} className={`${inputClass} font-mono`} placeholder="Paste the article: headline, then paragraphs separated by blank lines" />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor={id("format")} className={labelClass}>
                Pasted as
              </label>
              <select id={id("format")} name={name("format")} className={inputClass} defaultValue="text">
                <option value="text">Plain text</option>
                <option value="html">HTML (reduced to the article)</option>
                <option value="markdown">Markdown</option>
              </select>
            </div>
            <div>
              <label htmlFor={id("file")} className={labelClass}>
                …or upload a file
              </label>
              <input id={id("file")} name={name("file")} type="file" accept={ACCEPTED_FILES} className="block w-full text-sm" />
            </div>
          </div>
        </>
      )}

      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={id("outlet")} className={labelClass}>
            Outlet
          </label>
          <input id={id("outlet")} name={name("outlet")} list="outlet-names" maxLength={200} className={inputClass} autoComplete="off" aria-describedby={`${id("outlet")}-hint`} />
          <p id={`${id("outlet")}-hint`} className="mt-1 text-xs text-stone-600">
            Empty: guessed from an HTML page&apos;s site name, else the URL&apos;s domain.
          </p>
        </div>
        <div>
          <label htmlFor={id("outletKind")} className={labelClass}>
            Kind (new outlets)
          </label>
          <select id={id("outletKind")} name={name("outletKind")} className={inputClass} defaultValue="">
            <option value="">Known outlet</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={id("outletDomain")} className={labelClass}>
            Outlet domain (optional)
          </label>
          <input id={id("outletDomain")} name={name("outletDomain")} maxLength={253} className={inputClass} placeholder="example.com" />
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={id("title")} className={labelClass}>
            Title (optional)
          </label>
          <input id={id("title")} name={name("title")} maxLength={500} className={inputClass} placeholder="Taken from the page or the first line" />
        </div>
        <div>
          <label htmlFor={id("url")} className={labelClass}>
            URL (optional)
          </label>
          <input id={id("url")} name={name("url")} type="url" className={inputClass} placeholder="https://…" />
        </div>
        <div>
          <label htmlFor={id("publishedAt")} className={labelClass}>
            Published (optional)
          </label>
          <input id={id("publishedAt")} name={name("publishedAt")} type="datetime-local" className={inputClass} />
        </div>
        <div>
          <label htmlFor={id("capturedAt")} className={labelClass}>
            Captured (optional; now when empty)
          </label>
          <input id={id("capturedAt")} name={name("capturedAt")} type="datetime-local" className={inputClass} />
        </div>
        <div>
          <label htmlFor={id("byline")} className={labelClass}>
            Byline (optional)
          </label>
          <input id={id("byline")} name={name("byline")} maxLength={300} className={inputClass} />
        </div>
      </div>
    </fieldset>
  );
}
