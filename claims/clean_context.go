package claims

// ReasonBetweenFurniture is the residue reason for a short label line that
// stands between lines of page furniture: a site name above its masthead
// date, a tag list between "Share" and "Comments".
const ReasonBetweenFurniture = "site furniture (between furniture lines)"

// contextMaxWords is the most words of a line that its neighbours decide.
const contextMaxWords = 5

// markBetweenFurniture applies jusText's context rule to short label lines
// (a few words, no sentence end, no stop word, no figure): one whose
// nearest lines above and below are both residue, or residue and the
// page's edge, is residue too. The headline is spared: the last such line
// before the first line of prose is the article's title, whatever stands
// around it. Lines of the article's body always have prose on one side.
func markBetweenFurniture(body string, lines []cleanLine) {
	var marks []int
	headline := -2 // not looked for yet
	prev := -1     // the last non-blank line before i
	for i := range lines {
		if lines[i].blank {
			continue
		}
		k := prev
		prev = i
		// The neighbours first: they rule out nearly every line of an
		// article for the cost of two comparisons.
		if k >= 0 && !isWholeResidue(&lines[k]) {
			continue
		}
		next := i + 1
		for next < len(lines) && lines[next].blank {
			next++
		}
		if k < 0 && next == len(lines) {
			return // a line alone on its page has no neighbour to judge it
		}
		if next < len(lines) && !isWholeResidue(&lines[next]) {
			continue
		}
		l := &lines[i]
		if !isContent(body, l) || !isLabelShort(keptText(body, l)) {
			continue
		}
		if headline == -2 {
			headline = findHeadline(body, lines)
		}
		if i != headline {
			marks = append(marks, i)
		}
	}
	// Decided on the first reading, so that one removal does not make its
	// neighbour's.
	for _, i := range marks {
		l := &lines[i]
		l.cuts = []cleanCut{{l.start, l.end, ReasonBetweenFurniture}}
	}
}

// findHeadline returns the line that markBetweenFurniture spares: the last
// short label line before the first line that ends a sentence or reads as
// prose, or -1.
func findHeadline(body string, lines []cleanLine) int {
	headline := -1
	for i := range lines {
		l := &lines[i]
		if !isContent(body, l) {
			continue
		}
		t := keptText(body, l)
		if isLabelShort(t) {
			headline = i
			continue
		}
		if endsSentence(t) {
			break
		}
		if f := measureLine(t); f.isProse() {
			break
		}
	}
	return headline
}

// isWholeResidue reports whether a line went whole as residue.
func isWholeResidue(l *cleanLine) bool {
	return len(l.cuts) == 1 && l.cuts[0].start == l.start && l.cuts[0].end == l.end
}

// isLabelShort reports whether t is a short label: a few words, no
// sentence end, no stop word and no figure.
func isLabelShort(t string) bool {
	if len(t) > 120 {
		return false
	}
	f := measureLine(t)
	return f.words > 0 && f.words <= contextMaxWords && !f.sentEnd && f.stops == 0 && f.digits == 0
}
