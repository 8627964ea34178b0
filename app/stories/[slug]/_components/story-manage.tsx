import { DeleteForm } from "@/app/_components/delete-form";
import { RenameForm } from "@/app/_components/rename-form";
import { deleteStoryAction } from "@/lib/server/actions/delete-story";
import { renameStoryAction } from "@/lib/server/actions/rename-story";

/** The story's editor tools: rename (editors; the slug and every link stay), delete (admins). */
export function StoryManage({ story, articleCount, canDelete }: { story: { slug: string; title: string }; articleCount: number; canDelete: boolean }) {
  return (
    <section aria-label="Manage the story" className="grid gap-2" data-testid="story-manage">
      <RenameForm action={renameStoryAction} hidden={{ slug: story.slug }} title={story.title} what="story" maxLength={300} />
      {canDelete ? (
        <DeleteForm
          action={deleteStoryAction}
          hidden={{ slug: story.slug }}
          what="story"
          consequences={`its ${articleCount} ${articleCount === 1 ? "article" : "articles"}, every claim, verdict and note in it go`}
        />
      ) : null}
    </section>
  );
}
