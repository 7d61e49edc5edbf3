package claims

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
)

// The gazetteers: countries, Indian states and union territories,
// Bangladeshi divisions and districts, South Asian cities, world capitals,
// parties, ministries, agencies and international bodies, each a file of
// its own beside entities.tsv, in the same three columns. Each file's
// header says where it came from and how to regenerate it.
//
//go:embed data/gazetteer_*.tsv
var gazetteerFS embed.FS

// entityTypes maps each type an entity row may give to the kind the engine
// compares by. A row's type is either a kind itself or one of these finer
// types; the finer type is kept for the reviewer (Entity.Type) while
// matching, roles and facets read the kind only, so a district and a city
// both stand where a place may.
var entityTypes = map[string]string{
	Person: Person, Country: Country, Place: Place, Organisation: Organisation,
	"territory": Place, // a dependent territory with its own ISO code: Greenland, Puerto Rico
	"state":     Place, "union territory": Place, "province": Place, "division": Place,
	"district": Place, "city": Place, "region": Place, "river": Place,
	"party": Organisation, "ministry": Organisation, "agency": Organisation,
	"international body": Organisation, "court": Organisation, "force": Organisation,
	"media": Organisation, "company": Organisation,
}

// exactGazetteers are the gazetteers whose names are found only as
// written, never guessed from a misspelling: India's six hundred districts
// and towns, of five to ten letters each, lie one letter from as many
// surnames and other places ("Tiwari" is no Niwari, "Haroa" no Harda,
// "Bhinde" no Bhind), and a wrong guess puts a place in a claim that never
// named it.
var exactGazetteers = map[string]bool{"gazetteer_india_districts.tsv": true}

// loadEntities reads entities.tsv, then every gazetteer in file-name order.
// A name a later file repeats is the same entity: its aliases are added to
// the first row's, so the countries CLDR names merge with the hand-written
// rows that carry demonyms and spellings CLDR lacks. A repeat of another
// kind is an error: one canonical name is one entity.
func (l *Lexicon) loadEntities() error {
	files := []struct{ name, data string }{{"entities.tsv", entitiesTSV}}
	names, err := fs.Glob(gazetteerFS, "data/gazetteer_*.tsv")
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, n := range names {
		b, err := gazetteerFS.ReadFile(n)
		if err != nil {
			return err
		}
		files = append(files, struct{ name, data string }{n[len("data/"):], string(b)})
	}
	at := map[string]int{}
	for _, file := range files {
		for _, f := range lexRows(file.data) {
			kind, ok := "", len(f.cols) >= 3
			if ok {
				kind, ok = entityTypes[f.cols[1]]
			}
			if !ok {
				return fmt.Errorf("%s line %d: want name, kind or type, aliases", file.name, f.line)
			}
			row := lexEntityRow{name: f.cols[0], kind: kind, typ: f.cols[1], aliases: lexSplit(f.cols[2]), asWritten: exactGazetteers[file.name]}
			i, seen := at[row.name]
			if !seen {
				at[row.name] = len(l.entities)
				l.entities = append(l.entities, row)
				continue
			}
			old := &l.entities[i]
			if old.kind != row.kind {
				return fmt.Errorf("%s line %d: %s is already a %s, not a %s", file.name, f.line, row.name, old.kind, row.kind)
			}
			if old.typ == old.kind {
				old.typ = row.typ // the finer type wins over the bare kind
			}
			for _, a := range row.aliases {
				if !slices.Contains(old.aliases, a) {
					old.aliases = append(old.aliases, a)
				}
			}
		}
	}
	return nil
}
