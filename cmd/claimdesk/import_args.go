package main

import (
	"flag"
)

// parseAnywhere parses fs's flags wherever they stand among the positional
// arguments (`import --db x.db a.txt` and `import a.txt --db x.db` mean the
// same), and returns the positional arguments in order. After "--" every
// argument is positional, so a file named "-v.txt" can still be imported.
func parseAnywhere(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		consumed := args[:len(args)-len(rest)]
		if len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
