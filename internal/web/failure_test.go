package web

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A story whose comparison failed says so on its page (escaped), and only
// that story.
func TestStoryPageShowsComparisonFailure(t *testing.T) {
	s, ts := newTestServer(t, Config{})
	ingestSeeds(t, ts, "")
	id := mainStory(t, ts)
	v := s.current()
	rep := *v.report
	rep.Errors = append(append([]corroborate.InputError{}, rep.Errors...),
		corroborate.InputError{Source: "story " + id, Err: "comparison failed: <b>boom</b>"})
	s.mu.Lock()
	s.view = newView(&rep, v.redirects)
	s.mu.Unlock()
	_, body := get(t, ts.URL+"/stories/"+id)
	if !strings.Contains(body, "could not be computed (comparison failed: &lt;b&gt;boom&lt;/b&gt;)") {
		t.Errorf("story page does not show the failure:\n%s", body)
	}
	for _, st := range rep.Stories {
		if st.ID == id {
			continue
		}
		if _, other := get(t, ts.URL+"/stories/"+st.ID); strings.Contains(other, "could not be computed") {
			t.Errorf("story %s shows another story's failure", st.ID)
		}
	}
}
