package evaluate
import ("testing";"fmt";"os";"path/filepath";"strings"
 "github.com/corroborate/corroborate/internal/extract"
 "github.com/corroborate/corroborate/internal/source")
func TestDbg(t *testing.T){
 kit:="/work/shared/data/html-dev"
 gold,_:=LoadExtractGold(filepath.Join(kit,"gold.jsonl"))
 for _,g:=range gold{ if g.Lang!="en"{continue}
  raw,_:=os.ReadFile(filepath.Join(kit,"pages",g.File)); page,_:=source.Gunzip(raw,1<<30)
  u:=""; if g.URL!=nil{u=*g.URL}
  a,_:=extract.HTML(page,extract.HTMLOptions{URL:u}); b,_:=extract.HTML(page,extract.HTMLOptions{URL:u,TrafilaturaOnly:true})
  ta,tb:=collapse(a.Text),collapse(b.Text)
  for _,w:=range g.With{ if !strings.Contains(ta,collapse(w)) && strings.Contains(tb,collapse(w)){ fmt.Printf("MISS %s: %q\n",g.File,w)}}
  for _,w:=range g.Without{ if strings.Contains(ta,collapse(w)) && !strings.Contains(tb,collapse(w)){ fmt.Printf("FP %s: %q\n",g.File,w)}}
  if g.Date!=nil && a.Published.String()!=*g.Date { fmt.Printf("DATE %s: got %s (%s) traf %s want %s\n",g.File,a.Published,a.PublishedFrom,b.Published,*g.Date)}
 }
}
