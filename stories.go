package corroborate

import "context"

// StoredStory is a story as the store keeps it between analyses: its
// stable id, its member articles and, once it was merged into another
// story, the survivor's id. Findings are not kept here; they are
// recomputed from the members.
type StoredStory struct {
	// ID is the story's stable id: it keeps the id it was born with.
	ID string `json:"id"`
	// Title is the title the story had when it was last saved.
	Title string `json:"title"`
	// Articles are the member article ids, sorted; empty once merged.
	Articles []string `json:"articles"`
	// MergedInto is the id of the story this one was merged into ("" while
	// the story lives). It always names a live story: chains are
	// flattened when they form.
	MergedInto string `json:"merged_into,omitempty"`
	// Created is when the story was first saved (RFC 3339, UTC).
	Created string `json:"created"`
	// Updated is when its members or MergedInto last changed (RFC 3339, UTC).
	Updated string `json:"updated"`
}

// StoryStore keeps the stories with their members, so that a story keeps
// its id across analyses and a merged story's old id leads to the survivor.
// It is part of ArticleStore.
type StoryStore interface {
	// Stories lists every stored story, merged ones included, by id.
	Stories(ctx context.Context) ([]StoredStory, error)
	// StoredStory returns one stored story, live or merged, or an
	// ENOTFOUND error.
	StoredStory(ctx context.Context, id string) (*StoredStory, error)
	// UpdateStories runs fn on every stored story inside one write
	// transaction and saves the stories fn returns, each inserted or
	// replaced whole (its members included); stories fn does not return
	// stay as they are. fn may run more than once when the store was busy,
	// so it must not keep state between calls. When fn returns nothing,
	// nothing is written. Stories are derived from the articles, so this
	// handle's own Version does not change with them (a view that saves
	// the stories it derived is not made stale by that); other handles'
	// Version does. It reports whether anything was written.
	UpdateStories(ctx context.Context, fn func(stored []StoredStory) ([]StoredStory, error)) (bool, error)
}
