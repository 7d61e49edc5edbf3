// Package story is the model a fact-checker reviews by: stories, facts and
// statements.
//
//   - A story is the event an article reports, across languages. An article
//     joins the story it shares the most language-independent signals with
//     (canonical names, figures in canonical units, ISO dates, the kind of
//     event; Signals), if that story is near it in time; otherwise it starts
//     one (Choose). The store finds candidate stories through an index of
//     those signals, a few stories per signal, so assigning an article costs
//     the same however many are stored.
//   - A fact is one thing sources state: a person's title across stories
//     (an entity fact), or inside one story a figure or date of its event or
//     of a named owner or place (an event fact; FactOf).
//   - A statement is what one claim says of a fact: its value, as-of date and
//     who said it (NewStatement).
//
// A fact keeps a bounded Summary of its statements: groups of compatible
// values, each with one representative. A new statement is placed in that
// summary without reading the other statements, gets its status
// (agreed, disputed, evolving, revised, single) and at most two match rows
// (with its group's representative and with the main group's), so nothing
// grows with the square of the articles.
package story
