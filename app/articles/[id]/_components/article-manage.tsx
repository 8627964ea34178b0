import { DeleteForm } from "@/app/_components/delete-form";
import { RenameForm } from "@/app/_components/rename-form";
import { deleteArticleAction } from "@/lib/server/actions/delete-article";
import { renameArticleAction } from "@/lib/server/actions/rename-article";

/** The article's editor tools: rename (editors), delete (admins; the reference only with its story). */
export function ArticleManage({ article, canDelete }: { article: { id: string; title: string; isReference: boolean }; canDelete: boolean }) {
  return (
    <section aria-label="Manage the article" className="mb-4 grid gap-2" data-testid="article-manage">
      <RenameForm action={renameArticleAction} hidden={{ articleId: article.id }} title={article.title} what="article" maxLength={500} />
      {canDelete ? (
        article.isReference ? (
          <p className="text-sm text-stone-700">
            The reference cannot be deleted on its own: every other article is compared with it. Make another article the reference on the story page first, or delete the whole story.
          </p>
        ) : (
          <DeleteForm
            action={deleteArticleAction}
            hidden={{ articleId: article.id }}
            what="article"
            consequences="its text, labels and the editors' verdicts and notes on it go, and the story is analysed again without it"
          />
        )
      ) : null}
    </section>
  );
}
