package claims

import "testing"

// TestUnknownNamesStopAtNonNames checks that a title followed by words
// no name is made of (auxiliaries, postpositions, verbs by their endings)
// yields no unknown person, and that the title still binds to its holder
// where the clause names one: the title is a predicate there.
func TestUnknownNamesStopAtNonNames(t *testing.T) {
	tests := []struct{ lang, text, people, roles string }{
		// An auxiliary or a verb after the title.
		{"bn", "তিনি আবার মুখ্যমন্ত্রী হতে চলেছেন বলে দলের দাবি।", "", ""},
		{"bn", "দলের সভাপতি হয়েছেন একজন নতুন মুখ।", "", ""},
		{"bn", "মমতা বন্দ্যোপাধ্যায় তৃতীয়বার মুখ্যমন্ত্রী হিসেবে শপথ নিলেন।", "", "Mamata Banerjee=chief minister"},
		{"hi", "सूत्रों के मुताबिक वे अगले राज्यपाल होंगे।", "", ""},
		{"hi", "नीतीश कुमार नौवीं बार मुख्यमंत्री बने।", "", "Nitish Kumar=chief minister"},
		{"hi", "पूर्व मुख्यमंत्री रह चुके अशोक गहलोत ने कहा कि जांच होगी।", "", "Ashok Gehlot=former chief minister"},
		{"mr", "देवेंद्र फडणवीस यांनी तिसऱ्यांदा मुख्यमंत्री म्हणून शपथ घेतली.", "", "Devendra Fadnavis=chief minister"},
		{"mr", "नवे जिल्हाधिकारी येणार आहेत, असे सांगण्यात आले.", "", ""},
		{"mr", "पुढील अध्यक्ष करणार निर्णय", "", ""},
		// A name that is read stays whole up to the verb.
		{"hi", "जिलाधिकारी अनिल शर्मा करेंगे जांच", "Anil Sharma (person)", "Anil Sharma=district magistrate"},
		{"bn", "জেলা প্রশাসক অনিল শর্মা বলেছেন, ত্রাণ যাচ্ছে।", "Anil Sharma (person)", "Anil Sharma=district magistrate"},
		// The subject of a predicate title is in its own sentence.
		{"bn", "অনিল শর্মা এসেছিলেন। পরে নতুন প্রধানমন্ত্রী হলেন অন্য কেউ।", "", ""},
		// The post itself, and the rank and file, after a title.
		{"hi", "शेख हसीना ने प्रधानमंत्री पद से इस्तीफा दिया।", "", ""},
		{"mr", "त्यांनी मुख्यमंत्री पदाचा राजीनामा दिला.", "", ""},
		{"bn", "আওয়ামী লীগের নেতা কর্মীরা নিহত হয়েছেন।", "", ""},
		// A capitalised word of a name is no noun of person.
		{"en", "Rs 50,000 from the Prime Minister's National Relief Fund.", "", ""},
		// A word with a case ending is no place before a place word.
		{"mr", "आणखी एका जखमीचा जिल्हा रुग्णालयात मृत्यू झाला.", "", ""},
		{"mr", "केंद्रीय पथकानेही जिल्ह्यातील परिस्थितीची पाहणी केली.", "", ""},
		// English capitalises names: its function words were stops already.
		{"en", "Home Secretary Anil Sharma said the teams were ready.", "Anil Sharma (person)", "Anil Sharma=home secretary"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			text := lexNFC(tt.text)
			ents := FindEntities(text, tt.lang)
			if got := unknownSummary(ents); got != tt.people {
				t.Errorf("unknown people = %q, want %q (entities %+v)", got, tt.people, ents)
			}
			if got := roleSummary(FindRoles(text, tt.lang, ents)); got != tt.roles {
				t.Errorf("roles = %q, want %q", got, tt.roles)
			}
		})
	}
}

// TestVerbEndingsNameNoPerson checks name_verb_endings.tsv against the
// people of the gazetteers: an ending some name word has would cut that
// name short wherever the lexicon lacks it.
func TestVerbEndingsNameNoPerson(t *testing.T) {
	l := DefaultLexicon()
	ix := l.index()
	for _, row := range l.entities {
		if row.kind != Person {
			continue
		}
		for _, a := range row.aliases {
			for _, tok := range lexTokenize(a) {
				if tok.script >= lexScriptBengali && ix.verbByEnding(tok.key, tok.script) {
					t.Errorf("%s: alias %q has %q, which name_verb_endings.tsv reads as a verb", row.name, a, tok.key)
				}
			}
		}
	}
}
