package claims

//go:generate go run ./internal/gen/countries -o data/gazetteer_countries.tsv

import _ "embed"

// The lexicon's language data: entities and their aliases, the role
// vocabulary, case endings per script, known translation garbles of names,
// and common words that scrapers glue onto names. See each file's header.
var (
	//go:embed data/entities.tsv
	entitiesTSV string
	//go:embed data/roles.tsv
	rolesTSV string
	//go:embed data/suffixes.tsv
	suffixesTSV string
	//go:embed data/garbled_names.tsv
	garbledNamesTSV string
	//go:embed data/garbled_glue.tsv
	garbledGlueTSV string
	//go:embed data/roles_plural.tsv
	rolesPluralTSV string
	//go:embed data/roles_bodies.tsv
	rolesBodiesTSV string
)
