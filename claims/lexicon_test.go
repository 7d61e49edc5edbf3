package claims

import (
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimdesk/claimdesk/seeds"
	"golang.org/x/text/unicode/norm"
)

// MustNewLexicon returns a fresh lexicon from the embedded data.
func MustNewLexicon(tb testing.TB) *Lexicon {
	tb.Helper()
	l, err := NewLexicon()
	if err != nil {
		tb.Fatalf("NewLexicon: %v", err)
	}
	return l
}

func TestLexiconAddAlias(t *testing.T) {
	l := MustNewLexicon(t)
	text := "ইয়ং ইয়ং এর মধ্যে সম্পর্ক"
	if got := entityNames(l.FindEntities(lexNFC(text), "bn")); got != "" {
		t.Fatalf("before: FindEntities = %q, want nothing", got)
	}
	// Added decomposed: the lexicon must normalise it to match NFC text.
	if err := l.AddAlias("Pyongyang", Place, norm.NFD.String("ইয়ং ইয়ং")); err != nil {
		t.Fatalf("AddAlias: %v", err)
	}
	if got := entityNames(l.FindEntities(lexNFC(text), "bn")); got != "Pyongyang" {
		t.Errorf("after: FindEntities = %q, want Pyongyang", got)
	}
	if got := entityNames(l.FindEntities(lexNFC("ইয়ং ইয়ংয়ের সঙ্গে"), "bn")); got != "Pyongyang" {
		t.Errorf("with a case ending: FindEntities = %q, want Pyongyang", got)
	}
	if got := entityNames(FindEntities(lexNFC(text), "bn")); got != "" {
		t.Errorf("a fresh lexicon's addition leaked into the default one: %q", got)
	}
	if err := l.AddAlias("Berdychiv", Place, "বের্দিচিভ"); err != nil {
		t.Fatalf("AddAlias new entity: %v", err)
	}
	i := slices.IndexFunc(l.Entities(), func(e LexiconEntity) bool { return e.Name == "Berdychiv" })
	if i < 0 || !slices.Equal(l.Entities()[i].Aliases, []string{"বের্দিচিভ"}) {
		t.Errorf("Entities() lacks the new Berdychiv alias")
	}
}

func TestLexiconAddAliasInvalid(t *testing.T) {
	l := MustNewLexicon(t)
	tests := []struct{ name, canonical, kind, alias string }{
		{"empty canonical", "", Person, "x"},
		{"empty alias", "Zhytomyr", Place, "  "},
		{"unknown kind", "Lviv", "city", "Lviv"},
		{"empty kind", "Lviv", "", "Lviv"},
		{"no letters", "Lviv", Place, "---"},
		{"kind differs from the known one", "Vladimir Putin", Place, "Putin-grad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := l.AddAlias(tt.canonical, tt.kind, tt.alias)
			if ErrorCode(err) != EINVALID {
				t.Errorf("AddAlias(%q, %q, %q) = %v, want an EINVALID error", tt.canonical, tt.kind, tt.alias, err)
			}
		})
	}
}

func TestLexiconAddRoleWord(t *testing.T) {
	l := MustNewLexicon(t)
	text := lexNFC("রাশিয়ার কর্ণধার ভ্লাদিমির পুতিন")
	if got := roleList(l.FindRoles(text, "bn", l.FindEntities(text, "bn"))); got != "" {
		t.Fatalf("before: FindRoles = %q, want nothing", got)
	}
	if err := l.AddRoleWord("leader", "কর্ণধার"); err != nil {
		t.Fatalf("AddRoleWord: %v", err)
	}
	if got := roleList(l.FindRoles(text, "bn", l.FindEntities(text, "bn"))); got != "Vladimir Putin=leader" {
		t.Errorf("after: FindRoles = %q, want Vladimir Putin=leader", got)
	}
	for _, bad := range [][2]string{{"astronaut", "x"}, {"leader", ""}, {"", "x"}} {
		if err := l.AddRoleWord(bad[0], bad[1]); ErrorCode(err) != EINVALID {
			t.Errorf("AddRoleWord(%q, %q) = %v, want EINVALID", bad[0], bad[1], err)
		}
	}
	i := slices.IndexFunc(l.Roles(), func(r LexiconRole) bool { return r.Role == "supreme leader" })
	if i < 0 || l.Roles()[i].Broader != "leader" {
		t.Errorf("Roles() does not list supreme leader under leader")
	}
}

// TestLexiconConcurrent reads and extends one lexicon at once; run with
// -race to check the index swap.
func TestLexiconConcurrent(t *testing.T) {
	l := MustNewLexicon(t)
	text := lexNFC("রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন")
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				if g == 0 {
					if err := l.AddAlias("Test Place", Place, "টেস্ট"+strings.Repeat("া", i%3+1)); err != nil {
						t.Error(err)
					}
					continue
				}
				if got := entityNames(l.FindEntities(text, "bn")); got != "Russia; Vladimir Putin" {
					t.Errorf("FindEntities = %q during additions", got)
				}
				_ = l.Entities()
			}
		}()
	}
	wg.Wait()
}

// TestLexiconDataIsNFC checks every embedded data file is read in NFC: a
// file saved decomposed would otherwise never match claim text.
func TestLexiconDataIsNFC(t *testing.T) {
	l := MustNewLexicon(t)
	for _, e := range l.Entities() {
		for _, a := range e.Aliases {
			if !norm.NFC.IsNormalString(a) {
				t.Errorf("alias %q of %s is not NFC", a, e.Name)
			}
		}
	}
	if len(l.Entities()) < 150 {
		t.Errorf("lexicon has %d entities, want the seeds' names and the world's leaders (150+)", len(l.Entities()))
	}
}

// BenchmarkFindEntities measures entity recognition over the seed corpus,
// line by line as claims arrive.
func BenchmarkFindEntities(b *testing.B) {
	var lines []string
	size := 0
	_ = fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := seeds.FS.ReadFile(path)
		for _, line := range strings.Split(lexNFC(string(data)), "\n") {
			lines = append(lines, line)
			size += len(line)
		}
		return err
	})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, line := range lines {
			ents := FindEntities(line, "")
			FindRoles(line, "", ents)
		}
	}
}

// BenchmarkFindFlags measures the flag finder over the seed corpus.
func BenchmarkFindFlags(b *testing.B) {
	var claims []*Claim
	size := 0
	for _, s := range roughSeedSentences(b) {
		claims = append(claims, flagClaim(s.text))
		size += len(s.text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range claims {
			FindFlags(c)
		}
	}
}

// TestLexiconAliasesUnambiguous checks that no written form names two
// entities: the first would win silently, and the data would lie.
func TestLexiconAliasesUnambiguous(t *testing.T) {
	owner := map[string]string{}
	for _, e := range MustNewLexicon(t).Entities() {
		for _, a := range e.Aliases {
			var keys []string
			for _, tok := range lexTokenize(a) {
				keys = append(keys, tok.key)
			}
			k := strings.Join(keys, " ")
			if o, ok := owner[k]; ok && o != e.Name {
				t.Errorf("alias %q names both %s and %s", a, o, e.Name)
			}
			owner[k] = e.Name
		}
	}
}

// TestRoleWordsUnambiguous checks that no word says two roles.
func TestRoleWordsUnambiguous(t *testing.T) {
	owner := map[string]string{}
	for _, r := range MustNewLexicon(t).Roles() {
		for _, w := range r.Words {
			k := MatchKey(w)
			if o, ok := owner[k]; ok && o != r.Role {
				t.Errorf("role word %q says both %s and %s", w, o, r.Role)
			}
			owner[k] = r.Role
		}
	}
}
