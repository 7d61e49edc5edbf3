// Package seeds holds the sample articles a fresh Claimdesk install loads:
// real scraped pages in Bengali, Marathi and English, residue and
// translation garble included. They are also the engine's main test fixtures.
package seeds

import "embed"

// FS holds the sample articles (*.txt) at its root.
//
//go:embed *.txt
var FS embed.FS
